// A typed contract with zod, as a user writes it: per-status data types, typed params and bodies.
import { type ApiResult, createApiClient, defineApi, match, unwrap } from 'honest-fetch'
import { z } from 'zod'
import type { Equal, Expect } from './assert.js'

export const User = z.object({ id: z.string(), name: z.string() })
export type User = z.infer<typeof User>
const NewUser = z.object({ name: z.string().min(1) })
const Problem = z.object({ title: z.string(), status: z.number().optional() })

export const usersApi = defineApi({
  getUser: { method: 'GET', path: '/users/:id', responses: { 200: User, 404: Problem } },
  createUser: { method: 'POST', path: '/users', body: NewUser, responses: { 201: User, 409: Problem } },
  deleteUser: { method: 'DELETE', path: '/users/:id', responses: { 204: null, 404: Problem } },
})

const users = createApiClient(usersApi, { baseURL: 'https://api.example.com' })

export async function getName(id: string): Promise<string> {
  const r = await users.getUser({ params: { id } })
  if (r.kind === 'ok') {
    type _data = Expect<Equal<typeof r.data, User>>
    return r.data.name
  }
  if (r.kind === 'notFound') {
    type _problem = Expect<Equal<typeof r.data, z.output<typeof Problem>>>
    return r.data.title
  }
  if (r.kind === 'schemaMismatch') return `${r.statusKind}: ${r.issues.length} issues`
  // @ts-expect-error 'okay' is not a kind
  if (r.kind === 'okay') return ''
  return r.kind
}

export async function create(): Promise<User> {
  const r = await users.createUser({ body: { name: 'Ada' } })
  if (r.kind === 'created') {
    const location: string | undefined = r.location
    void location
  }
  // @ts-expect-error body.name must be a string
  await users.createUser({ body: { name: 1 } })
  // @ts-expect-error params.id is required
  await users.getUser({ params: {} })
  return unwrap(r)
}

export async function remove(id: number): Promise<string> {
  const r = await users.deleteUser({ params: { id } })
  const said: string = match(r, {
    noContent: () => 'deleted',
    notFound: (x) => x.data.title,
    _: (x) => x.kind,
  })
  const data = unwrap(r)
  type _nothing = Expect<Equal<typeof data, undefined>>
  return said
}

type GetUserResult = ApiResult<(typeof usersApi)['getUser']['responses']>
export type OkData = Expect<Equal<Extract<GetUserResult, { kind: 'ok' }>['data'], User>>

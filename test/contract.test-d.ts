import { describe, expectTypeOf, it } from 'vitest'
import { z } from 'zod'
import {
  type Problem as ProblemSchema,
  type User,
  type User as UserSchema,
  usersApi,
} from '../examples/users-api.js'
import {
  type ApiResult,
  createApiClient,
  defineApi,
  type HttpResult,
  match,
  type PathParams,
  type Problem,
  unwrap,
} from '../src/index.js'

const users = createApiClient(usersApi, { baseURL: 'https://api.example.com' })

describe('path parameters', () => {
  it('makes each template parameter a required key', () => {
    expectTypeOf<PathParams<'/users/:id/posts/:postId'>>().toEqualTypeOf<{
      readonly id: string | number
      readonly postId: string | number
    }>()
    expectTypeOf<keyof PathParams<'/users'>>().toEqualTypeOf<never>()
  })

  it('ends a name where an identifier ends, as the runtime does', () => {
    expectTypeOf<keyof PathParams<'/Accounts/:Sid.json'>>().toEqualTypeOf<'Sid'>()
    expectTypeOf<keyof PathParams<'/Accounts/:AccountSid/Calls/:Sid.json'>>().toEqualTypeOf<
      'AccountSid' | 'Sid'
    >()
    expectTypeOf<keyof PathParams<'/repos/:owner/:repo/contents/:path*'>>().toEqualTypeOf<
      'owner' | 'repo' | 'path'
    >()
    expectTypeOf<keyof PathParams<'/files/:name-:version'>>().toEqualTypeOf<'name' | 'version'>()
  })

  it('refuses a call without its params, or with a wrong name', () => {
    // @ts-expect-error params is required for /users/:id
    void users.getUser()
    // @ts-expect-error id is missing
    void users.getUser({ params: {} })
    // @ts-expect-error userId is not a parameter of /users/:id
    void users.getUser({ params: { userId: '1' } })
    void users.getUser({ params: { id: 42 } })
  })

  it('lets a call without params or body skip its input', () => {
    void users.listUsers()
    void users.listUsers({ query: { limit: 5 } })
    // @ts-expect-error limit must be a number
    void users.listUsers({ query: { limit: '5' } })
  })

  it('requires a declared body and types it', () => {
    void users.createUser({ body: { name: 'Ada' } })
    // @ts-expect-error body is required
    void users.createUser({})
    // @ts-expect-error name must be a string
    void users.createUser({ body: { name: 1 } })
    // @ts-expect-error getUser declares no body
    void users.getUser({ params: { id: '1' }, body: { x: 1 } })
  })
})

describe('results narrow by kind', () => {
  it('narrows data to the declared type for each declared status', async () => {
    const r = await users.getUser({ params: { id: '42' } })
    if (r.kind === 'ok') expectTypeOf(r.data).toEqualTypeOf<User>()
    if (r.kind === 'notFound') {
      expectTypeOf(r.data).toEqualTypeOf<z.output<typeof ProblemSchema>>()
      expectTypeOf(r.problem).toEqualTypeOf<Problem | undefined>()
    }
    if (r.kind === 'serviceUnavailable') {
      expectTypeOf(r.data).toBeUnknown()
      expectTypeOf(r.retryAfterMs).toEqualTypeOf<number | undefined>()
    }
    // GitHub's rate-limit 403 carries the wait too, with the github vendor rule.
    if (r.kind === 'forbidden') expectTypeOf(r.retryAfterMs).toEqualTypeOf<number | undefined>()
    if (r.kind === 'unauthorized') expectTypeOf(r).not.toHaveProperty('retryAfterMs')
    if (r.kind === 'schemaMismatch') expectTypeOf(r.statusKind).toBeString()
    if (r.kind === 'networkError') expectTypeOf(r.status).toEqualTypeOf<undefined>()
  })

  it('narrows r.ok to the declared 2xx kinds only', async () => {
    const r = await users.getUser({ params: { id: '42' } })
    if (r.ok) {
      expectTypeOf(r.kind).toEqualTypeOf<'ok'>()
      expectTypeOf(r.data).toEqualTypeOf<User>()
    } else {
      expectTypeOf(r.kind).not.toEqualTypeOf<'ok'>()
    }
    const d = await users.deleteUser({ params: { id: '1' } })
    if (d.ok) expectTypeOf(d.data).toBeUndefined()
  })

  it('types created with its location', async () => {
    const r = await users.createUser({ body: { name: 'Ada' } })
    if (r.kind === 'created') {
      expectTypeOf(r.data).toEqualTypeOf<User>()
      expectTypeOf(r.location).toEqualTypeOf<string | undefined>()
    }
    // @ts-expect-error 'okay' is not a kind
    if (r.kind === 'okay') return
  })

  it('keeps data unknown on the untyped client', () => {
    type Ok = Extract<HttpResult, { kind: 'ok' }>
    expectTypeOf<Ok['data']>().toBeUnknown()
    expectTypeOf<Ok['ok']>().toEqualTypeOf<true>()
    expectTypeOf<Extract<HttpResult, { kind: 'notFound' }>['ok']>().toEqualTypeOf<false>()
  })
})

describe('match and unwrap', () => {
  type R = ApiResult<{ 200: typeof UserSchema; 404: null }>
  const r = {} as R

  it('match requires every kind unless a _ fallback is given', () => {
    const name = match(r, { ok: (x) => x.data.name, notFound: () => 'none', _: (x) => x.kind })
    expectTypeOf(name).toBeString()
    // @ts-expect-error without _, every kind must have a handler
    match(r, { ok: (x) => x.data.name, notFound: () => 'none' })
  })

  it('unwrap returns the declared 2xx data', () => {
    expectTypeOf(unwrap(r)).toEqualTypeOf<User>()
  })

  it('defineApi keeps literal statuses and methods', () => {
    const api = defineApi({ a: { method: 'GET', path: '/a/:x', responses: { 200: z.number(), 204: null } } })
    expectTypeOf(api.a.method).toEqualTypeOf<'GET'>()
    const client = createApiClient(api)
    type Result = Awaited<ReturnType<typeof client.a>>
    expectTypeOf<Extract<Result, { kind: 'ok' }>['data']>().toEqualTypeOf<number>()
    expectTypeOf<Extract<Result, { kind: 'noContent' }>['data']>().toEqualTypeOf<undefined>()
    expectTypeOf<Extract<Result, { kind: 'accepted' }>['ok']>().toEqualTypeOf<false>()
  })
})

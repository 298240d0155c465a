import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { createApiClient, defineApi } from '../../src/index.js'
import { mockApi } from '../../src/msw/index.js'

const User = z.object({ id: z.string(), name: z.string() })
const Problem = z.looseObject({ title: z.string() })
const api = defineApi({
  getUser: { method: 'GET', path: '/users/:id', responses: { 200: User, 404: Problem } },
  listUsers: {
    method: 'GET',
    path: '/users',
    query: z.object({ q: z.string().optional(), tag: z.array(z.string()).optional() }),
    responses: { 200: z.array(User) },
  },
  createUser: {
    method: 'POST',
    path: '/users',
    body: z.object({ name: z.string() }),
    responses: { 201: User, 409: Problem },
  },
  file: { method: 'GET', path: '/files/:path*', responses: { 200: z.string() } },
})

const baseURL = 'https://api.test'
const server = setupServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

describe('mock.<ep>.handle: a stateful mock with typed params, query and body', () => {
  const mock = mockApi(api, { baseURL })
  const client = createApiClient(api, { baseURL })

  it('answers from state with typed params, and reply checks status and body as reply does', async () => {
    const users = new Map([['1', { id: '1', name: 'Ada' }]])
    server.use(
      mock.getUser.handle(({ params, reply }) => {
        const user = users.get(params.id)
        return user ? reply(200, user) : reply(404, { title: `no user ${params.id}` })
      }),
    )
    expect(await client.getUser({ params: { id: '1' } })).toMatchObject({ kind: 'ok', data: { name: 'Ada' } })
    expect(await client.getUser({ params: { id: '2' } })).toMatchObject({
      kind: 'notFound',
      data: { title: 'no user 2' },
    })
  })

  it('parses the JSON body and the query as the client sent them', async () => {
    const names: string[] = []
    server.use(
      mock.createUser.handle(({ body, reply }) => {
        if (names.includes(body.name)) return reply(409, { title: 'taken' })
        names.push(body.name)
        return reply(201, { id: String(names.length), name: body.name })
      }),
      mock.listUsers.handle(({ query, reply }) =>
        reply(
          200,
          names
            .filter((name) => query.q === undefined || name.includes(query.q))
            .map((name, i) => ({ id: String(i + 1), name: `${name}:${(query.tag ?? []).join('+')}` })),
        ),
      ),
    )
    expect(await client.createUser({ body: { name: 'Ada' } })).toMatchObject({ kind: 'created' })
    expect(await client.createUser({ body: { name: 'Ada' } })).toMatchObject({ kind: 'conflict' })
    await client.createUser({ body: { name: 'Grace' } })
    const r = await client.listUsers({ query: { q: 'Gr', tag: ['a', 'b'] } })
    expect(r).toMatchObject({ kind: 'ok', data: [{ name: 'Grace:a+b' }] })
  })

  it('joins a multi-segment parameter with slashes', async () => {
    server.use(mock.file.handle(({ params, reply }) => reply(200, params.path)))
    const r = await client.file({ params: { path: 'docs/a b.md' } })
    expect(r).toMatchObject({ kind: 'ok', data: 'docs/a b.md' })
  })

  it('a reply that breaks the contract fails the request with the reason, as reply does', async () => {
    server.use(mock.getUser.handle(({ reply }) => reply(200, { id: 1 } as never)))
    const r = await createApiClient(api, { baseURL, retry: false }).getUser({ params: { id: '1' } })
    expect(r).toMatchObject({ kind: 'internalServerError' })
    expect(JSON.stringify(r.data)).toMatch(/does not fit the schema/)
  })
})

import { http } from 'msw'
import * as v from 'valibot'
import { describe, expect, it, vi } from 'vitest'
import { usersApi } from '../../examples/users-api.js'
import { createApiClient, createClient, defineApi } from '../../src/index.js'
import { MockError, mockApi, respond } from '../../src/msw/index.js'
import { baseURL, useServer } from './server.js'

const server = useServer()
const mock = mockApi(usersApi, { baseURL })
const users = createApiClient(usersApi, { baseURL, retry: false })
const ada = { id: '42', name: 'Ada' }

describe('reply answers with a declared status', () => {
  it('matches the endpoint under the base URL path, with :params', async () => {
    server.use(mock.getUser.reply(200, ada))
    const r = await users.getUser({ params: { id: '42' } })
    expect(r).toMatchObject({ kind: 'ok', data: ada, request: { url: `${baseURL}/users/42` } })
    expect(r.kind === 'ok' && r.headers.get('content-type')).toBe('application/json')
    expect(mock.getUser).toMatchObject({ method: 'GET', url: 'https://api.test/v1/users/:id' })
  })

  it('sends a problem as application/problem+json when the caller sets that header', async () => {
    const headers = { 'content-type': 'application/problem+json' }
    server.use(mock.getUser.reply(404, { title: 'No such user', status: 404 }, { headers }))
    const r = await users.getUser({ params: { id: '7' } })
    expect(r).toMatchObject({ kind: 'notFound', data: { type: 'about:blank', title: 'No such user' } })
    expect(r.kind === 'notFound' && r.problem).toMatchObject({ title: 'No such user', status: 404 })
  })

  it('sends no body for a status declared null', async () => {
    server.use(mock.deleteUser.reply(204))
    expect(await users.deleteUser({ params: { id: '42' } })).toMatchObject({
      kind: 'noContent',
      data: undefined,
      violations: [],
    })
  })

  it('answers the method it was made for, with extra headers', async () => {
    server.use(mock.createUser.reply(201, ada, { headers: { location: '/v1/users/42' } }))
    const r = await users.createUser({ body: { name: 'Ada' } })
    expect(r).toMatchObject({ kind: 'created', data: ada, location: `${baseURL}/users/42` })
  })

  it('waits init.delay before answering, and the client times out first', async () => {
    server.use(mock.getUser.reply(200, ada, { delay: 1_000 }))
    const r = await users.getUser({ params: { id: '42' }, timeout: 20 })
    expect(r).toMatchObject({ kind: 'timeout', timeoutMs: 20 })
  })

  it('answers methods that msw has no helper for, and lets other methods through', async () => {
    const api = defineApi({ purge: { method: 'PURGE', path: '/cache/:key', responses: { 204: null } } })
    const cache = createApiClient(api, { baseURL, retry: false })
    server.use(
      mockApi(api, { baseURL }).purge.reply(204),
      http.get(`${baseURL}/cache/:key`, () => respond.ok([])),
    )
    expect(await cache.purge({ params: { key: 'a' } })).toMatchObject({ kind: 'noContent' })
    expect(await createClient({ baseURL }).get('/cache/a')).toMatchObject({ kind: 'ok', data: [] })
  })
})

describe('a mock that does not fit the contract fails when it is made', () => {
  it('names the endpoint and the declared statuses for an undeclared status', () => {
    expect(() => mock.getUser.reply(500 as 200, ada)).toThrow(MockError)
    expect(() => mock.getUser.reply(500 as 200, ada)).toThrow(
      /^\[honest-fetch\/msw\] getUser\.reply\(500\): GET \/users\/:id does not declare status 500 \(it declares 200, 404\)/,
    )
  })

  it('lists the schema issues of a body that does not fit', () => {
    const make = () => mock.getUser.reply(200, { id: 42 } as never)
    expect(make).toThrow(/^\[honest-fetch\/msw\] getUser\.reply\(200\): the body does not fit the schema/)
    expect(make).toThrow(/\(id: .*expected string.*; name: .*\)/)
  })

  it('refuses a body for a status declared null', () => {
    expect(() => mock.deleteUser.reply(204, {} as never)).toThrow(
      /deleteUser\.reply\(204\): DELETE \/users\/:id declares 204 without a body/,
    )
  })

  it('refuses an impossible delay and a bad base URL', () => {
    expect(() => mock.getUser.reply(200, ada, { delay: -1 })).toThrow(/getUser\.reply: the delay must be/)
    expect(() => mockApi(usersApi, { baseURL: 'api.test' })).toThrow(
      /^\[honest-fetch\/msw\] mockApi: baseURL/,
    )
  })
})

describe('an async schema', () => {
  const slowApi = defineApi({
    get: {
      method: 'GET',
      path: '/n',
      responses: {
        200: v.pipeAsync(
          v.object({ n: v.number() }),
          v.checkAsync(async (x) => x.n > 0, 'positive'),
        ),
      },
    },
  })
  const slow = mockApi(slowApi, { baseURL })
  const client = createApiClient(slowApi, { baseURL, retry: false })

  it('is validated before the first answer; a fitting body is sent', async () => {
    server.use(slow.get.reply(200, { n: 1 }))
    expect(await client.get()).toMatchObject({ kind: 'ok', data: { n: 1 } })
  })

  it('turns a body that does not fit into a 500 carrying the MockError message', async () => {
    const printed = vi.spyOn(console, 'error').mockImplementation(() => {})
    try {
      server.use(slow.get.reply(200, { n: -1 }))
      const r = await client.get()
      expect(r).toMatchObject({ kind: 'internalServerError', data: { name: 'MockError' } })
      expect(JSON.stringify(r.kind === 'internalServerError' && r.data)).toMatch(
        /\[honest-fetch\/msw\] get\.reply\(200\): the body does not fit.*positive/,
      )
    } finally {
      printed.mockRestore()
    }
  })
})

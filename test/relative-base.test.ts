import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { usersApi } from '../examples/users-api.js'
import { createApiClient, createClient } from '../src/index.js'
import { mockApi } from '../src/msw/index.js'
import { fakeFetch, json } from './helpers/fake-fetch.js'

// A browser page's location, as `globalThis.location` is there; Node has none.
const page = { href: 'https://app.example.com/dashboard/settings?tab=1' }

describe('a relative baseURL is resolved against the page, where there is one', () => {
  beforeAll(() => {
    Object.defineProperty(globalThis, 'location', { value: page, configurable: true })
  })
  afterAll(() => {
    Reflect.deleteProperty(globalThis, 'location')
  })

  it.each([
    ['/api', 'https://app.example.com/api/users/1'],
    ['/api/', 'https://app.example.com/api/users/1'],
    ['api', 'https://app.example.com/dashboard/api/users/1'],
    ['//cdn.example.com/v2', 'https://cdn.example.com/v2/users/1'],
  ])('createClient and createApiClient with baseURL %j', async (baseURL, expected) => {
    const fetch = fakeFetch(json({ id: '1', name: 'Ada' }))
    await createClient({ baseURL, fetch }).get('/users/1')
    await createApiClient(usersApi, { baseURL, fetch }).getUser({ params: { id: '1' } })
    expect(fetch.requests.map((r) => r.url)).toEqual([expected, expected])
  })

  it('is resolved when the client is made, not per call', async () => {
    const fetch = fakeFetch(json({}))
    const client = createClient({ baseURL: '/api', fetch })
    page.href = 'https://elsewhere.example.com/'
    await client.get('/x')
    page.href = 'https://app.example.com/dashboard/settings?tab=1'
    expect(fetch.requests[0]?.url).toBe('https://app.example.com/api/x')
  })

  describe('mockApi follows the same base', () => {
    const server = setupServer()
    beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
    afterEach(() => server.resetHandlers())
    afterAll(() => server.close())

    it('answers the typed client of the same relative baseURL', async () => {
      const mock = mockApi(usersApi, { baseURL: '/api' })
      server.use(mock.getUser.reply(200, { id: '7', name: 'Grace' }))
      const users = createApiClient(usersApi, { baseURL: '/api' })
      const r = await users.getUser({ params: { id: '7' } })
      expect(r).toMatchObject({ kind: 'ok', data: { name: 'Grace' } })
      expect(r.request.url).toBe('https://app.example.com/api/users/7')
    })
  })
})

describe('where there is no page', () => {
  it('a relative baseURL is a UsageError for createClient and mockApi alike', () => {
    expect(() => createClient({ baseURL: '/api' })).toThrow(/is relative, and there is no page/)
    expect(() => mockApi(usersApi, { baseURL: '/api' })).toThrow(/is relative, and there is no page/)
  })
})

import { HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createClient } from '../../src/index.js'

// Two routes that redirect to each other: MSW's own redirect handling would spin without yielding to
// timers, so the client follows redirects itself (redirect: 'manual' to fetch) and stops at 20 hops.
const server = setupServer(
  http.get('https://loop.test/a', () => new HttpResponse(null, { status: 302, headers: { location: '/b' } })),
  http.get('https://loop.test/b', () => new HttpResponse(null, { status: 302, headers: { location: '/a' } })),
)
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => server.close())

it('a redirect loop between two mocked routes ends with a redirect network error, not a spin', async () => {
  const r = await createClient({ baseURL: 'https://loop.test', timeout: 2000 }).get('/a')
  expect(r).toMatchObject({ kind: 'networkError', code: 'redirect', attempts: 1 })
})

it("redirect: 'manual' hands the mocked 302 back as its own result", async () => {
  const r = await createClient({ baseURL: 'https://loop.test', redirect: 'manual' }).get('/a')
  expect(r).toMatchObject({ kind: 'found', status: 302 })
})

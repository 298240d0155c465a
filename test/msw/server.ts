import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll } from 'vitest'

export const baseURL = 'https://api.test/v1'
export { NOW, testClock } from '../helpers/clock.js'

/** An MSW server for this test file: unhandled requests fail the test, handlers reset after each test. */
export function useServer(): ReturnType<typeof setupServer> {
  const server = setupServer()
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterEach(() => server.resetHandlers())
  afterAll(() => server.close())
  return server
}

import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll } from 'vitest'
import type { Clock } from '../../src/index.js'

export const baseURL = 'https://api.test/v1'
export const NOW = Date.UTC(2026, 10, 25, 12, 0, 0)

/** An MSW server for this test file: unhandled requests fail the test, handlers reset after each test. */
export function useServer(): ReturnType<typeof setupServer> {
  const server = setupServer()
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterEach(() => server.resetHandlers())
  afterAll(() => server.close())
  return server
}

/** A clock that records each retry wait and returns at once; `random()` is 0, so jitter adds nothing. */
export function testClock(): { readonly clock: Clock; readonly waits: number[] } {
  const waits: number[] = []
  let now = NOW
  const clock: Clock = {
    now: () => now,
    sleep: async (ms, signal) => {
      signal?.throwIfAborted()
      waits.push(ms)
      now += ms
    },
    random: () => 0,
  }
  return { clock, waits }
}

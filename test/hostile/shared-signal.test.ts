import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createClient, type Transport } from '../../src/index.js'
import { startHttpServer, type TestServer } from '../helpers/http-server.js'
import { TRANSPORTS } from '../transports/transports.js'

// Many concurrent calls on one caller's signal (a request scope, a page's lifetime) are no leak: each call
// removes its listeners when it ends. Node warns past 10 listeners on an AbortSignal (issue 13, item 10).

const warnings: string[] = []
const onWarning = (warning: Error): void => {
  warnings.push(warning.name)
}
beforeEach(() => {
  warnings.length = 0
  process.on('warning', onWarning)
})
afterEach(() => {
  process.off('warning', onWarning)
})

let server: TestServer | undefined
afterAll(async () => {
  await server?.close()
  await Promise.all(TRANSPORTS.map((t) => t.close()))
})

/** Lets Node's warnings (emitted on a later tick) arrive. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 10))

describe.each(TRANSPORTS)('one signal shared by many calls in flight, through $name', (transport) => {
  it.each([
    { timeout: 5_000 as const, what: 'with a timeout' },
    { timeout: false as const, what: 'the signal handed to the transport itself' },
  ])('no MaxListenersExceededWarning, $what', async ({ timeout }) => {
    server ??= await startHttpServer((_req, res) => {
      setTimeout(() => res.end('{}'), 20)
    })
    const http = transport.client({ baseURL: server.url, retry: false, timeout })
    const signal = new AbortController().signal
    const results = await Promise.all(Array.from({ length: 50 }, () => http.get('/x', { signal })))
    expect(results.every((r) => r.kind === 'ok')).toBe(true)
    await settle()
    expect(warnings).not.toContain('MaxListenersExceededWarning')
  })
})

it('2,000 calls waiting to retry on one signal: all aborted together, no warning', async () => {
  const unavailable: Transport = async () => ({
    status: 503,
    headers: new Headers({ 'retry-after': '5' }),
    readBody: async () => ({ type: 'complete', bytes: new Uint8Array(0) }),
    discard: () => {},
  })
  const http = createClient({ baseURL: 'http://127.0.0.1:9', transport: unavailable })
  const controller = new AbortController()
  const calls = Array.from({ length: 2_000 }, () => http.get('/x', { signal: controller.signal }))
  await new Promise((resolve) => setTimeout(resolve, 20))
  controller.abort()
  const results = await Promise.all(calls)
  expect(results.every((r) => r.kind === 'aborted' && r.attempts === 1)).toBe(true)
  await settle()
  expect(warnings).not.toContain('MaxListenersExceededWarning')
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ClientOptions } from '../../src/index.js'
import { startHttpServer, type TestServer } from '../helpers/http-server.js'
import { TRANSPORTS } from '../transports/transports.js'

let server: TestServer
let requests = 0

beforeAll(async () => {
  server = await startHttpServer((req, res) => {
    requests++
    // /lie: a 200 whose body says it failed (error-payload-in-success); /busy: a 503 asking for a retry.
    if (req.url === '/busy') {
      res.writeHead(503, { 'content-type': 'application/json', 'retry-after': '0' })
      res.end('{}')
    } else {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(req.url === '/lie' ? '{"error":"User not found"}' : '{"id":1}')
    }
  })
})
afterAll(async () => {
  await server.close()
  for (const t of TRANSPORTS) await t.close()
})

class HookBroke extends Error {}

/** A hook that counts its calls and throws `error` (or rejects with it, when `async`). */
type Fail = () => never

type Case = readonly [string, string, (fail: Fail, failAsync: () => Promise<never>) => ClientOptions]

const CASES: readonly Case[] = [
  ['onRequest throwing', '/ok', (fail) => ({ onRequest: fail })],
  ['onRequest rejecting', '/ok', (_, failAsync) => ({ onRequest: failAsync })],
  ['onViolation throwing', '/lie', (fail) => ({ onViolation: fail })],
  ['onResult throwing', '/ok', (fail) => ({ onResult: fail })],
  ['onRetry throwing', '/busy', (fail) => ({ retry: { onRetry: fail } })],
  ['a plugin onRequest throwing', '/ok', (fail) => ({ plugins: [{ name: 'x', onRequest: fail }] })],
  [
    'a plugin onAttempt rejecting',
    '/ok',
    (_, failAsync) => ({ plugins: [{ name: 'x', onAttempt: failAsync }] }),
  ],
  ['a plugin onRetry throwing', '/busy', (fail) => ({ plugins: [{ name: 'x', onRetry: fail }] })],
  ['a plugin onResult throwing', '/ok', (fail) => ({ plugins: [{ name: 'x', onResult: fail }] })],
  ['a plugin onViolation throwing', '/lie', (fail) => ({ plugins: [{ name: 'x', onViolation: fail }] })],
]

describe.each(TRANSPORTS)('a throwing hook rejects the call with its own error ($name)', (transport) => {
  it.each(CASES)('%s: the same error, the hook called once, never retried', async (_name, path, options) => {
    const error = new HookBroke('hook broke')
    let calls = 0
    const fail = (): never => {
      calls++
      throw error
    }
    const http = transport.client({
      baseURL: server.url,
      retry: { networkErrors: true },
      ...options(fail, async () => fail()),
    })
    const before = requests
    await expect(http.get(path)).rejects.toBe(error)
    expect(calls).toBe(1)
    expect(requests - before).toBeLessThanOrEqual(1)
  })
})

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

type Case = readonly [string, string, (error: Error) => ClientOptions]

const CASES: readonly Case[] = [
  [
    'onRequest throwing',
    '/ok',
    (e) => ({
      onRequest: () => {
        throw e
      },
    }),
  ],
  [
    'onRequest rejecting',
    '/ok',
    (e) => ({
      onRequest: async () => {
        throw e
      },
    }),
  ],
  [
    'onViolation throwing',
    '/lie',
    (e) => ({
      onViolation: () => {
        throw e
      },
    }),
  ],
  [
    'onResult throwing',
    '/ok',
    (e) => ({
      onResult: () => {
        throw e
      },
    }),
  ],
  [
    'onRetry throwing',
    '/busy',
    (e) => ({
      retry: {
        onRetry: () => {
          throw e
        },
      },
    }),
  ],
  [
    'a plugin onRequest throwing',
    '/ok',
    (e) => ({
      plugins: [
        {
          name: 'x',
          onRequest: () => {
            throw e
          },
        },
      ],
    }),
  ],
  [
    'a plugin onAttempt rejecting',
    '/ok',
    (e) => ({
      plugins: [
        {
          name: 'x',
          onAttempt: async () => {
            throw e
          },
        },
      ],
    }),
  ],
  [
    'a plugin onRetry throwing',
    '/busy',
    (e) => ({
      plugins: [
        {
          name: 'x',
          onRetry: () => {
            throw e
          },
        },
      ],
    }),
  ],
]

describe.each(TRANSPORTS)('a throwing hook rejects the call with its own error ($name)', (transport) => {
  it.each(CASES)('%s: the same error, sent once, never retried', async (_name, path, options) => {
    const error = new HookBroke('hook broke')
    const http = transport.client({
      baseURL: server.url,
      retry: { networkErrors: true },
      ...options(error),
    })
    const before = requests
    await expect(http.get(path)).rejects.toBe(error)
    expect(requests - before).toBeLessThanOrEqual(1)
  })
})

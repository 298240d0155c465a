import { afterAll, describe, expect, it } from 'vitest'
import type { Clock, RetryInfo } from '../../src/index.js'
import { startHttpServer, type TestServer } from '../helpers/http-server.js'
import { TRANSPORTS } from './transports.js'

// Rate-limit headers as deployed servers send them, read off a real socket: express-rate-limit's and
// hono-rate-limiter's draft-6 fields, and GitHub's 403 primary limit. The retry wait itself is injected,
// so the test asserts the wait asked for without sitting through it.

const servers: TestServer[] = []
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()))
  await Promise.all(TRANSPORTS.map((t) => t.close()))
})

/** A server that answers the first request of each path with `limited`, and every later one 200. */
async function limitedOnce(limited: { status: number; headers: Record<string, string> }): Promise<string> {
  const seen = new Set<string>()
  const server = await startHttpServer((req, res) => {
    const first = !seen.has(req.url ?? '')
    seen.add(req.url ?? '')
    res.writeHead(first ? limited.status : 200, {
      'content-type': 'application/json',
      ...(first ? limited.headers : {}),
    })
    res.end(first ? '{"message":"Too many requests, please try again later."}' : '{"id":1}')
  })
  servers.push(server)
  return server.url
}

/** The system time, with a sleep that returns at once and a random() that adds no jitter. */
function instantClock(): Clock {
  return {
    now: () => Date.now(),
    sleep: async () => {},
    random: () => 0,
    setTimer: (fire, ms) => {
      const timer = setTimeout(fire, ms)
      return () => clearTimeout(timer)
    },
  }
}

describe.each(TRANSPORTS)('rate-limit headers on the wire, through $name', (transport) => {
  it("express-rate-limit's draft-6 429 is waited for by its RateLimit-Reset", async () => {
    const url = await limitedOnce({
      status: 429,
      headers: {
        'ratelimit-policy': '5;w=60',
        'ratelimit-limit': '5',
        'ratelimit-remaining': '0',
        'ratelimit-reset': '42',
      },
    })
    const retries: RetryInfo[] = []
    const client = transport.client({
      baseURL: url,
      clock: instantClock(),
      retry: { onRetry: (info) => retries.push(info) },
    })
    const r = await client.get('/limited')
    expect(r).toMatchObject({ kind: 'ok', attempts: 2 })
    expect(retries.map(({ waitMs, source }) => ({ waitMs, source }))).toEqual([
      { waitMs: 42_000, source: 'ratelimit-reset' },
    ])
  })

  it("GitHub's 403 primary limit, with vendorHeaders: ['github']", async () => {
    const reset = Math.ceil(Date.now() / 1000) + 30
    const headers = {
      'x-ratelimit-limit': '60',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(reset),
    }
    const url = await limitedOnce({ status: 403, headers })
    const retries: RetryInfo[] = []
    const client = transport.client({
      baseURL: url,
      clock: instantClock(),
      retry: { vendorHeaders: ['github'], onRetry: (info) => retries.push(info) },
    })
    const r = await client.get('/repos/a/b')
    expect(r).toMatchObject({ kind: 'ok', attempts: 2 })
    expect(retries[0]?.source).toBe('github')
    expect(retries[0]?.waitMs).toBeGreaterThan(25_000)
    expect(retries[0]?.waitMs).toBeLessThanOrEqual(31_000)
    const tight = transport.client({
      baseURL: url,
      clock: instantClock(),
      retry: { vendorHeaders: ['github'], maxRetryAfterMs: 1_000 },
    })
    const refused = await tight.get('/repos/c/d')
    expect(refused).toMatchObject({ kind: 'forbidden', attempts: 1 })
    expect(refused.kind === 'forbidden' && refused.retryAfterMs).toBeGreaterThan(25_000)
  })
})

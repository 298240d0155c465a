import { describe, expect, it, vi } from 'vitest'
import { createClient, type RetryInfo } from '../src/index.js'
import { NOW, testClock } from './helpers/clock.js'
import { fakeFetch, json } from './helpers/fake-fetch.js'

const baseURL = 'https://api.example.com'

const tooMany = (headers: Record<string, string> = {}) =>
  json({ message: 'slow down' }, { status: 429, headers })
const unavailable = (headers: Record<string, string> = {}) => json({}, { status: 503, headers })

describe('retries follow HTTP semantics', () => {
  it('429 then 200 waits exactly the Retry-After seconds and reports two attempts', async () => {
    const { clock, waits } = testClock()
    const fetch = fakeFetch(tooMany({ 'retry-after': '3' }), json({ id: 1 }))
    const r = await createClient({ baseURL, fetch, clock }).get('/x')
    expect(r).toMatchObject({ kind: 'ok', attempts: 2 })
    expect(waits).toEqual([3000])
  })

  it('a Retry-After HTTP-date is waited until, measured against the response Date', async () => {
    const { clock, waits } = testClock()
    const fetch = fakeFetch(
      tooMany({ 'retry-after': 'Wed, 25 Nov 2026 12:00:10 GMT', date: 'Wed, 25 Nov 2026 12:00:05 GMT' }),
      json({}),
    )
    await createClient({ baseURL, fetch, clock }).get('/x')
    expect(waits).toEqual([5000])
  })

  it('503 three times gives serviceUnavailable after 3 attempts (limit 2)', async () => {
    const { clock, waits } = testClock()
    const fetch = fakeFetch(unavailable({ 'retry-after': '1' }))
    const r = await createClient({ baseURL, fetch, clock }).get('/x')
    expect(r).toMatchObject({ kind: 'serviceUnavailable', attempts: 3, retryAfterMs: 1000 })
    expect(fetch.requests).toHaveLength(3)
    expect(waits).toEqual([1000, 1000])
  })

  it.each([500, 502, 504, 408])('%i is not retried', async (status) => {
    const fetch = fakeFetch(json({}, { status, headers: { 'retry-after': '1' } }))
    const r = await createClient({ baseURL, fetch, clock: testClock().clock }).get('/x')
    expect(r.attempts).toBe(1)
    expect(fetch.requests).toHaveLength(1)
  })

  it('POST is not retried without an Idempotency-Key', async () => {
    const fetch = fakeFetch(tooMany({ 'retry-after': '1' }), json({}, { status: 201 }))
    const r = await createClient({ baseURL, fetch, clock: testClock().clock }).post('/orders', { body: {} })
    expect(r).toMatchObject({ kind: 'tooManyRequests', attempts: 1 })
  })

  it('POST with idempotencyKey: true is retried with the same fresh key on every attempt', async () => {
    const fetch = fakeFetch(
      tooMany({ 'retry-after': '1' }),
      tooMany({ 'retry-after': '1' }),
      json({}, { status: 201 }),
    )
    const http = createClient({ baseURL, fetch, clock: testClock().clock, retry: { idempotencyKey: true } })
    const r = await http.post('/orders', { body: { sku: 'a' } })
    expect(r).toMatchObject({ kind: 'created', attempts: 3 })
    const keys = fetch.requests.map((q) => q.headers.get('idempotency-key'))
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/)
    expect(new Set(keys).size).toBe(1)
    await http.post('/orders', { body: {} })
    expect(fetch.requests.at(-1)?.headers.get('idempotency-key')).not.toBe(keys[0])
  })

  it('a caller-supplied Idempotency-Key makes PATCH retryable', async () => {
    const fetch = fakeFetch(unavailable(), json({}))
    const r = await createClient({ baseURL, fetch, clock: testClock().clock }).patch('/x', {
      body: {},
      headers: { 'idempotency-key': 'k-1' },
    })
    expect(r).toMatchObject({ kind: 'ok', attempts: 2 })
  })

  it('a Retry-After of 3600 s is not waited for: the result comes back at once with retryAfterMs', async () => {
    const { clock, waits } = testClock()
    const fetch = fakeFetch(tooMany({ 'retry-after': '3600' }), json({}))
    const r = await createClient({ baseURL, fetch, clock }).get('/x')
    expect(r).toMatchObject({ kind: 'tooManyRequests', attempts: 1, retryAfterMs: 3_600_000 })
    expect(waits).toEqual([])
  })

  it('a wait that would end after totalTimeout is not started', async () => {
    const { clock, waits } = testClock()
    const fetch = fakeFetch(tooMany({ 'retry-after': '5' }), json({}))
    const r = await createClient({ baseURL, fetch, clock, totalTimeout: 4000 }).get('/x')
    expect(r).toMatchObject({ kind: 'tooManyRequests', attempts: 1, retryAfterMs: 5000 })
    expect(waits).toEqual([])
  })

  it('jitter is added to a server-directed wait, never subtracted', async () => {
    const { clock, waits } = testClock(0.999)
    const fetch = fakeFetch(tooMany({ 'retry-after': '2' }), json({}))
    await createClient({ baseURL, fetch, clock }).get('/x')
    expect(waits[0]).toBeGreaterThanOrEqual(2000)
    expect(waits[0]).toBeLessThanOrEqual(2200)
  })

  it('without a server wait, backoff is exponential with full jitter under the ceiling', async () => {
    const { clock, waits } = testClock(0.5)
    const fetch = fakeFetch(unavailable())
    await createClient({
      baseURL,
      fetch,
      clock,
      retry: { limit: 4, backoff: { baseMs: 100, maxMs: 500 } },
    }).get('/x')
    expect(waits).toEqual([50, 100, 200, 250])
  })

  it('the RateLimit field directs the wait when Retry-After is absent', async () => {
    const { clock, waits } = testClock()
    const fetch = fakeFetch(tooMany({ ratelimit: '"default";r=0;t=7' }), json({}))
    await createClient({ baseURL, fetch, clock }).get('/x')
    expect(waits).toEqual([7000])
  })

  it('the draft-6 RateLimit-Reset directs the wait when Retry-After and RateLimit are absent', async () => {
    const onRetry = vi.fn<(info: RetryInfo) => void>()
    const draft6 = { 'ratelimit-limit': '5', 'ratelimit-remaining': '0', 'ratelimit-reset': '4' }
    const { clock, waits } = testClock()
    const fetch = fakeFetch(tooMany(draft6), json({}))
    const r = await createClient({ baseURL, fetch, clock, retry: { onRetry } }).get('/x')
    expect(r).toMatchObject({ kind: 'ok', attempts: 2 })
    expect(waits).toEqual([4000])
    expect(onRetry.mock.calls[0]?.[0]).toMatchObject({ waitMs: 4000, source: 'ratelimit-reset' })
    // Below Retry-After and the RateLimit field, which say the same thing with more authority.
    const ranked = testClock()
    await createClient({
      baseURL,
      fetch: fakeFetch(tooMany({ ...draft6, ratelimit: '"default";r=0;t=9' }), json({})),
      clock: ranked.clock,
    }).get('/x')
    const first = testClock()
    await createClient({
      baseURL,
      fetch: fakeFetch(tooMany({ ...draft6, 'retry-after': '2' }), json({})),
      clock: first.clock,
    }).get('/x')
    expect([ranked.waits, first.waits]).toEqual([[9000], [2000]])
  })

  it('a draft-6 RateLimit-Reset beyond maxRetryAfterMs returns the 429 at once with retryAfterMs', async () => {
    const { clock, waits } = testClock()
    const fetch = fakeFetch(tooMany({ 'ratelimit-reset': '900' }), json({}))
    const r = await createClient({ baseURL, fetch, clock }).get('/x')
    expect(r).toMatchObject({ kind: 'tooManyRequests', attempts: 1, retryAfterMs: 900_000 })
    expect(waits).toEqual([])
  })

  it('vendor headers are used only when opted into', async () => {
    const fetch = () => fakeFetch(tooMany({ 'x-ratelimit-reset-after': '1.5' }), json({}))
    const plain = testClock()
    await createClient({ baseURL, fetch: fetch(), clock: plain.clock }).get('/x')
    expect(plain.waits).toEqual([0])
    const discord = testClock()
    await createClient({
      baseURL,
      fetch: fetch(),
      clock: discord.clock,
      retry: { vendorHeaders: ['discord'] },
    }).get('/x')
    expect(discord.waits).toEqual([1500])
  })

  it('an invalid Retry-After falls back to backoff and is reported', async () => {
    const { clock, waits } = testClock(0.5)
    const fetch = fakeFetch(tooMany({ 'retry-after': '1.5' }), json({}))
    const seen: string[] = []
    const r = await createClient({ baseURL, fetch, clock, onViolation: (v) => seen.push(v.rule) }).get('/x')
    expect(r.kind).toBe('ok')
    expect(waits).toEqual([150])
    expect(seen).toContain('invalid-retry-after')
  })

  it('onRetry sees the attempt, the wait, its source and why', async () => {
    const onRetry = vi.fn<(info: RetryInfo) => void>()
    const fetch = fakeFetch(tooMany({ 'retry-after': '2' }), json({}))
    await createClient({ baseURL, fetch, clock: testClock().clock, retry: { onRetry } }).get('/x')
    expect(onRetry).toHaveBeenCalledTimes(1)
    expect(onRetry.mock.calls[0]?.[0]).toMatchObject({
      attempt: 1,
      waitMs: 2000,
      source: 'retry-after',
      reason: 'status',
    })
  })

  it('retry: false per call turns retries off', async () => {
    const fetch = fakeFetch(unavailable(), json({}))
    const r = await createClient({ baseURL, fetch, clock: testClock().clock }).get('/x', { retry: false })
    expect(r.attempts).toBe(1)
  })

  it('a protocolViolation is never retried, even on a retryable status list', async () => {
    const fetch = fakeFetch(json({ error: 'boom' }), json({}))
    const r = await createClient({
      baseURL,
      fetch,
      clock: testClock().clock,
      retry: { statuses: [200] },
    }).get('/x')
    expect(r).toMatchObject({ kind: 'protocolViolation', attempts: 1 })
  })

  it('a ReadableStream body is never retried', async () => {
    const fetch = fakeFetch(unavailable(), json({}))
    const body = new ReadableStream({
      start(c) {
        c.close()
      },
    })
    const r = await createClient({ baseURL, fetch, clock: testClock().clock }).put('/x', { body })
    expect(r).toMatchObject({ kind: 'serviceUnavailable', attempts: 1 })
  })
})

describe("the github vendor rule: GitHub's 403 rate limit", () => {
  const github = { retry: { vendorHeaders: ['github'] as const } }
  /** GitHub's primary limit: 403, `x-ratelimit-remaining: 0`, and the reset as epoch seconds. */
  const primaryLimit = (secondsLeft: number) =>
    json(
      { message: 'API rate limit exceeded for 203.0.113.7.' },
      {
        status: 403,
        headers: {
          'x-ratelimit-limit': '60',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(NOW / 1000 + secondsLeft),
        },
      },
    )

  it('waits until x-ratelimit-reset, then retries', async () => {
    const onRetry = vi.fn<(info: RetryInfo) => void>()
    const { clock, waits } = testClock()
    const fetch = fakeFetch(primaryLimit(20), json({ id: 1 }))
    const r = await createClient({ baseURL, fetch, clock, retry: { ...github.retry, onRetry } }).get('/x')
    expect(r).toMatchObject({ kind: 'ok', attempts: 2 })
    expect(waits).toEqual([20_000])
    expect(onRetry.mock.calls[0]?.[0]).toMatchObject({ waitMs: 20_000, source: 'github', reason: 'status' })
  })

  it('a reset beyond maxRetryAfterMs returns forbidden at once with retryAfterMs', async () => {
    const { clock, waits } = testClock()
    const fetch = fakeFetch(primaryLimit(3_000), json({}))
    const r = await createClient({ baseURL, fetch, clock, ...github }).get('/x')
    expect(r).toMatchObject({ kind: 'forbidden', attempts: 1, retryAfterMs: 3_000_000 })
    expect(waits).toEqual([])
  })

  it("a secondary limit's Retry-After on a 403 is waited for", async () => {
    const { clock, waits } = testClock()
    const secondary = json(
      { message: 'You have exceeded a secondary rate limit.' },
      {
        status: 403,
        headers: { 'retry-after': '60', 'x-ratelimit-remaining': '4000' },
      },
    )
    const r = await createClient({ baseURL, fetch: fakeFetch(secondary, json({})), clock, ...github }).get(
      '/x',
    )
    expect(r).toMatchObject({ kind: 'ok', attempts: 2 })
    expect(waits).toEqual([60_000])
  })

  it('is the rule of a 403 only with the github vendor rule, and never for a plain refusal', async () => {
    const plain = fakeFetch(primaryLimit(20), json({}))
    const r = await createClient({ baseURL, fetch: plain, clock: testClock().clock }).get('/x')
    expect(r).toMatchObject({ kind: 'forbidden', attempts: 1, retryAfterMs: undefined })
    const refusal = fakeFetch(
      json(
        { message: 'Must have admin rights' },
        { status: 403, headers: { 'x-ratelimit-remaining': '59' } },
      ),
      json({}),
    )
    const denied = await createClient({ baseURL, fetch: refusal, clock: testClock().clock, ...github }).get(
      '/x',
    )
    expect(denied).toMatchObject({ kind: 'forbidden', attempts: 1, retryAfterMs: undefined })
  })

  it('a POST without an Idempotency-Key is not retried, and says how long to wait', async () => {
    const fetch = fakeFetch(primaryLimit(20), json({}, { status: 201 }))
    const r = await createClient({ baseURL, fetch, clock: testClock().clock, ...github }).post('/x', {
      body: {},
    })
    expect(r).toMatchObject({ kind: 'forbidden', attempts: 1, retryAfterMs: 20_000 })
  })
})

describe('network errors', () => {
  const refused = () =>
    Promise.reject(Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } }))

  it('are not retried by default', async () => {
    let calls = 0
    const r = await createClient({
      baseURL,
      clock: testClock().clock,
      fetch: () => {
        calls++
        return refused()
      },
    }).get('/x')
    expect(r).toMatchObject({ kind: 'networkError', code: 'refused', attempts: 1 })
    expect(calls).toBe(1)
  })

  it('are retried for idempotent methods when opted into, with backoff', async () => {
    const { clock, waits } = testClock(1)
    let calls = 0
    const http = createClient({
      baseURL,
      clock,
      retry: { networkErrors: true },
      fetch: () => {
        calls++
        return refused()
      },
    })
    expect(await http.get('/x')).toMatchObject({ kind: 'networkError', attempts: 3 })
    expect(waits).toEqual([300, 600])
    expect(calls).toBe(3)
    calls = 0
    expect(await http.post('/x', { body: {} })).toMatchObject({ kind: 'networkError', attempts: 1 })
    expect(calls).toBe(1)
  })
})

describe('aborting', () => {
  it('an abort during a wait ends the call at once with aborted and clears the timer', async () => {
    // The real clock, watched rather than faked: which timer the 30 s wait started, and that it was cleared.
    const set = vi.spyOn(globalThis, 'setTimeout')
    const cleared = vi.spyOn(globalThis, 'clearTimeout')
    try {
      const controller = new AbortController()
      const fetch = fakeFetch(tooMany({ 'retry-after': '30' }), json({}))
      const pending = createClient({ baseURL, fetch, timeout: false }).get('/x', {
        signal: controller.signal,
      })
      const waitTimer = () =>
        set.mock.results[set.mock.calls.findIndex(([, ms]) => (ms ?? 0) >= 30_000)]?.value
      await vi.waitFor(() => expect(waitTimer()).toBeDefined())
      controller.abort('navigated away')
      const r = await pending
      expect(r).toMatchObject({ kind: 'aborted', reason: 'navigated away', attempts: 1 })
      expect(cleared).toHaveBeenCalledWith(waitTimer())
      expect(fetch.requests).toHaveLength(1)
    } finally {
      set.mockRestore()
      cleared.mockRestore()
    }
  })

  it("the per-attempt time limit runs on the injected clock's timer", async () => {
    const started: number[] = []
    let fireNow: (() => void) | undefined
    const { clock } = testClock()
    const never = () => new Promise<Response>(() => {})
    const http = createClient({
      baseURL,
      fetch: never,
      timeout: 5000,
      clock: {
        ...clock,
        setTimer: (fire, ms) => {
          started.push(ms)
          fireNow = fire
          return () => {}
        },
      },
    })
    const pending = http.get('/x')
    await vi.waitFor(() => expect(fireNow).toBeDefined())
    fireNow?.()
    expect(await pending).toMatchObject({ kind: 'timeout', timeoutMs: 5000, attempts: 1 })
    expect(started).toEqual([5000])
  })
})

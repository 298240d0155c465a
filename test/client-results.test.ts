import { describe, expect, it, vi } from 'vitest'
import { createClient, type HttpResult } from '../src/index.js'
import { fakeFetch, json } from './helpers/fake-fetch.js'

const baseURL = 'https://api.example.com/v1'

function clientFor(...responses: Parameters<typeof fakeFetch>) {
  const fetch = fakeFetch(...responses)
  return { fetch, http: createClient({ baseURL, fetch, retry: false }) }
}

describe('every call resolves to a plain result', () => {
  it('200 JSON is ok with the parsed data, the request and one attempt', async () => {
    const { http } = clientFor(json({ id: '42', name: 'Ada' }))
    const r = await http.get('/users/42')
    expect(r).toMatchObject({
      kind: 'ok',
      ok: true,
      status: 200,
      data: { id: '42', name: 'Ada' },
      request: { method: 'GET', url: 'https://api.example.com/v1/users/42' },
      attempts: 1,
      violations: [],
    })
    expect(r.kind === 'ok' && r.headers.get('content-type')).toBe('application/json')
  })

  it('201 resolves a relative Location against the request URL', async () => {
    const { http } = clientFor(json({ id: 7 }, { status: 201, headers: { location: '../users/7' } }))
    const r = await http.post('/users/', { body: { name: 'Ada' } })
    expect(r.kind).toBe('created')
    if (r.kind === 'created') expect(r.location).toBe('https://api.example.com/v1/users/7')
  })

  it('201 without Location has location undefined', async () => {
    const { http } = clientFor(json({ id: 7 }, { status: 201 }))
    const r = await http.post('/users', { body: {} })
    expect(r.kind === 'created' && r.location).toBeUndefined()
  })

  it('a 404 with problem+json carries the typed problem, keeping extensions and dropping mistyped members', async () => {
    const { http } = clientFor(
      json(
        {
          type: 'https://example.com/probs/no-user',
          title: 'No such user',
          status: 404,
          detail: 7,
          user: '42',
        },
        { status: 404, headers: { 'content-type': 'application/problem+json' } },
      ),
    )
    const r = await http.get('/users/42')
    expect(r.kind).toBe('notFound')
    if (r.kind !== 'notFound') return
    expect(r.ok).toBe(false)
    expect(r.problem).toEqual({
      type: 'https://example.com/probs/no-user',
      title: 'No such user',
      status: 404,
      user: '42',
    })
  })

  it('a problem without type defaults it to about:blank (RFC 9457 §3.1.1)', async () => {
    const { http } = clientFor(
      json({ title: 'Oops' }, { status: 500, headers: { 'content-type': 'application/problem+json' } }),
    )
    const r = await http.get('/x')
    expect(r.kind === 'internalServerError' && r.problem).toEqual({ type: 'about:blank', title: 'Oops' })
  })

  it('a plain JSON error body is data, and problem stays undefined', async () => {
    const { http } = clientFor(json({ message: 'nope' }, { status: 403 }))
    const r = await http.get('/x')
    expect(r).toMatchObject({ kind: 'forbidden', data: { message: 'nope' }, problem: undefined })
  })

  it('HEAD, 204, 205 and 304 bodies are not parsed', async () => {
    const { http } = clientFor(
      new Response('{"a":1}', { status: 200, headers: { 'content-type': 'application/json' } }),
    )
    const head = await http.head('/x')
    expect(head).toMatchObject({ kind: 'ok', data: undefined })
    for (const status of [204, 205, 304]) {
      const { http: h } = clientFor(new Response(null, { status }))
      const r = await h.get('/x')
      expect(r).toMatchObject({ status, data: undefined })
    }
  })

  it('text/* is a string, an empty body is undefined, other types are bytes', async () => {
    const text = await clientFor(
      new Response('hello', { headers: { 'content-type': 'text/plain; charset=utf-8' } }),
    ).http.get('/t', {
      headers: { accept: 'text/plain' },
    })
    expect(text).toMatchObject({ kind: 'ok', data: 'hello' })
    const empty = await clientFor(new Response('', { status: 202 })).http.get('/e')
    expect(empty).toMatchObject({ kind: 'accepted', data: undefined })
    const bytes = await clientFor(
      new Response(new Uint8Array([1, 2, 3]), { headers: { 'content-type': 'application/octet-stream' } }),
    ).http.get('/b', { headers: { accept: 'application/octet-stream' } })
    expect(bytes.kind === 'ok' && bytes.data).toEqual(new Uint8Array([1, 2, 3]))
  })

  it('parses any +json type, case-insensitively, with a BOM', async () => {
    const r = await clientFor(
      new Response('\uFEFF{"data":{"id":"1"}}', {
        headers: { 'Content-Type': 'Application/VND.API+JSON; charset=UTF-8' },
      }),
    ).http.get('/x')
    expect(r).toMatchObject({ kind: 'ok', data: { data: { id: '1' } } })
  })

  it('drops __proto__ and constructor.prototype keys from JSON', async () => {
    const r = await clientFor(
      new Response(
        '{"a":1,"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true},"name":"x"}}',
        {
          headers: { 'content-type': 'application/json' },
        },
      ),
    ).http.get('/x')
    expect(r.kind).toBe('ok')
    const data = (r as { data: Record<string, unknown> }).data
    expect(Object.keys(data)).toEqual(['a', 'constructor'])
    expect(data.constructor).toEqual({ name: 'x' })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('never hands out raw text where JSON was announced: malformed JSON on a 2xx is a protocolViolation', async () => {
    const r = await clientFor(
      new Response('{"id": 4', { headers: { 'content-type': 'application/json' } }),
    ).http.get('/x')
    expect(r.kind).toBe('protocolViolation')
    if (r.kind !== 'protocolViolation') return
    expect(r.data).toBeUndefined()
    expect(r.statusKind).toBe('ok')
    expect(r.violations.map((v) => v.rule)).toEqual(['malformed-json'])
  })

  it('malformed JSON on a 4xx keeps the status kind, with a warning and no data', async () => {
    const r = await clientFor(
      new Response('<oops', { status: 400, headers: { 'content-type': 'application/json' } }),
    ).http.get('/x')
    expect(r).toMatchObject({
      kind: 'badRequest',
      data: undefined,
      violations: [{ rule: 'malformed-json', severity: 'warn' }],
    })
  })

  it('unregistered codes map to their class', async () => {
    const r = await clientFor(json({}, { status: 299 })).http.get('/x')
    expect(r).toMatchObject({ kind: 'success', ok: true, status: 299 })
    const teapot = await clientFor(json({}, { status: 418 })).http.get('/x')
    expect(teapot).toMatchObject({ kind: 'clientError', ok: false, status: 418 })
  })
})

describe('requests are built as asked', () => {
  it('serializes plain objects as JSON and passes strings, URLSearchParams and FormData through', async () => {
    const { fetch, http } = clientFor(json({}))
    await http.post('/a', { body: { x: [1, 2] } })
    await http.post('/b', { body: 'plain' })
    await http.post('/c', { body: new URLSearchParams({ q: 'a b' }) })
    const form = new FormData()
    form.set('f', 'v')
    await http.put('/d', { body: form })
    await http.request('OPTIONS', '/e', { body: [1] })
    const [a, b, c, d, e] = fetch.requests
    expect(a).toMatchObject({ method: 'POST', body: '{"x":[1,2]}' })
    expect(a?.headers.get('content-type')).toBe('application/json')
    expect(b?.body).toBe('plain')
    expect(b?.headers.get('content-type')).toBe('text/plain;charset=UTF-8')
    expect(c?.body).toBe('q=a+b')
    expect(c?.headers.get('content-type')).toMatch(/application\/x-www-form-urlencoded/)
    expect(d?.headers.get('content-type')).toMatch(/multipart\/form-data/)
    expect(e).toMatchObject({ method: 'OPTIONS', body: '[1]' })
  })

  it('streams a ReadableStream body', async () => {
    const { fetch, http } = clientFor(json({}))
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('chunk'))
        controller.close()
      },
    })
    await http.post('/s', { body: stream, headers: { 'content-type': 'text/plain' } })
    expect(fetch.requests[0]?.body).toBe('chunk')
  })

  it('serializes query values one documented way, keeping a b+c&d=e intact', async () => {
    const { fetch, http } = clientFor(json({}))
    await http.get('/search?fixed=1', {
      query: {
        q: 'a b+c&d=e',
        tag: ['x', 'y'],
        n: 3,
        on: true,
        at: new Date(Date.UTC(2026, 0, 2)),
        skip: undefined,
        none: null,
      },
    })
    const url = new URL(fetch.requests[0]?.url ?? '')
    expect(url.searchParams.get('q')).toBe('a b+c&d=e')
    expect(url.searchParams.getAll('tag')).toEqual(['x', 'y'])
    expect(url.search).toBe(
      '?fixed=1&q=a+b%2Bc%26d%3De&tag=x&tag=y&n=3&on=true&at=2026-01-02T00%3A00%3A00.000Z',
    )
  })

  it('merges static, per-call and function headers; the function runs for every call', async () => {
    let token = 0
    const fetch = fakeFetch(json({}))
    const http = createClient({ baseURL, fetch, headers: () => ({ authorization: `Bearer ${++token}` }) })
    await http.get('/a', { headers: { 'x-trace': 't1' } })
    await http.get('/b')
    expect(fetch.requests.map((r) => r.headers.get('authorization'))).toEqual(['Bearer 1', 'Bearer 2'])
    expect(fetch.requests[0]?.headers.get('x-trace')).toBe('t1')
    expect(fetch.requests[0]?.headers.get('accept')).toBe('application/json')
  })

  it('joins the base path and the call path like ofetch and ky', async () => {
    const { fetch, http } = clientFor(json({}))
    await http.get('users')
    await http.get('/users/')
    expect(fetch.requests.map((r) => r.url)).toEqual([
      'https://api.example.com/v1/users',
      'https://api.example.com/v1/users/',
    ])
  })

  it('hooks see every attempt and every result', async () => {
    const onRequest = vi.fn()
    const results: HttpResult[] = []
    const http = createClient({
      baseURL,
      fetch: fakeFetch(json({})),
      onRequest,
      onResult: (r) => results.push(r),
    })
    await http.get('/a')
    expect(onRequest).toHaveBeenCalledWith(
      expect.objectContaining({ method: 'GET', url: `${baseURL}/a`, attempt: 1 }),
    )
    expect(results.map((r) => r.kind)).toEqual(['ok'])
  })
})

describe('abort and timeouts without a socket', () => {
  it('a signal aborted before the call sends nothing', async () => {
    const { fetch, http } = clientFor(json({}))
    const controller = new AbortController()
    controller.abort('user left')
    const r = await http.get('/x', { signal: controller.signal })
    expect(r).toMatchObject({ kind: 'aborted', ok: false, attempts: 0, reason: 'user left' })
    expect(fetch.requests).toHaveLength(0)
  })

  it('an abort while waiting for the response is aborted, not a timeout', async () => {
    const controller = new AbortController()
    const http = createClient({
      baseURL,
      fetch: (_input, init) =>
        new Promise((_resolve, reject) =>
          init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
        ),
    })
    const pending = http.get('/x', { signal: controller.signal })
    controller.abort(new Error('stop'))
    expect(await pending).toMatchObject({ kind: 'aborted', attempts: 1 })
  })

  it('a fetch that never answers ends as timeout with the limit that elapsed', async () => {
    const http = createClient({
      baseURL,
      timeout: 20,
      fetch: (_input, init) =>
        new Promise((_resolve, reject) =>
          init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
        ),
    })
    expect(await http.get('/x')).toMatchObject({ kind: 'timeout', timeoutMs: 20, attempts: 1 })
  })

  it('fetch gets a signal only when the call can be cut short: a timeout, or the caller signal', async () => {
    const seen: Array<AbortSignal | null | undefined> = []
    const fetch = async (_input: Request | string | URL, init?: RequestInit) => {
      seen.push(init?.signal)
      return json({})
    }
    const callerSignal = new AbortController().signal
    await createClient({ baseURL, fetch }).get('/x')
    await createClient({ baseURL, fetch, timeout: false }).get('/x')
    await createClient({ baseURL, fetch, timeout: false }).get('/x', { signal: callerSignal })
    await createClient({ baseURL, fetch }).get('/x', { signal: callerSignal })
    // A body goes through ofetch, which must hand fetch no signal either.
    await createClient({ baseURL, fetch, timeout: false }).post('/x', { body: { a: 1 } })
    expect(seen[0]).toBeInstanceOf(AbortSignal)
    expect(seen[1]).toBeNull()
    expect(seen).toHaveLength(5)
    expect(seen[4] ?? null).toBeNull()
    expect(seen[2]).toBe(callerSignal)
    // With a timeout, the attempt's own signal, which follows the caller's.
    expect(seen[3]).toBeInstanceOf(AbortSignal)
    expect(seen[3]).not.toBe(callerSignal)
  })

  it('a fetch that throws a TypeError is a networkError carrying the error', async () => {
    const error = new TypeError('Failed to fetch')
    const http = createClient({ baseURL, fetch: () => Promise.reject(error) })
    expect(await http.get('/x')).toMatchObject({ kind: 'networkError', code: 'unknown', error })
  })
})

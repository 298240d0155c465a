import { describe, expect, it } from 'vitest'
import { usersApi } from '../examples/users-api.js'
import { createApiClient, createClient, type FetchFunction, UsageError } from '../src/index.js'

/** A fetch that records the init it was given, as it was given (a Request would drop what it does not know). */
function recordingFetch(respond: () => Response = () => Response.json({ id: '1', name: 'Ada' })) {
  const inits: RequestInit[] = []
  const fetch: FetchFunction = async (_input, init) => {
    inits.push(init ?? {})
    return respond()
  }
  return { fetch, inits }
}

const baseURL = 'https://api.example.com'

describe('fetchOptions pass through to fetch', () => {
  it('per client and per call, the call winning, with and without a body', async () => {
    const { fetch, inits } = recordingFetch()
    const http = createClient({
      baseURL,
      fetch,
      fetchOptions: { credentials: 'include', cache: 'no-store', keepalive: true },
    })
    await http.get('/a')
    await http.post('/b', { body: { x: 1 }, fetchOptions: { cache: 'reload', priority: 'high' } })
    await http.get('/c', { fetchOptions: { next: { revalidate: 60, tags: ['users'] } } })
    expect(
      inits.map(({ credentials, cache, keepalive, priority }) => ({
        credentials,
        cache,
        keepalive,
        priority,
      })),
    ).toEqual([
      { credentials: 'include', cache: 'no-store', keepalive: true, priority: undefined },
      { credentials: 'include', cache: 'reload', keepalive: true, priority: 'high' },
      { credentials: 'include', cache: 'no-store', keepalive: true, priority: undefined },
    ])
    expect((inits[2] as { next?: unknown }).next).toEqual({ revalidate: 60, tags: ['users'] })
    expect(inits[1]?.body).toBe('{"x":1}')
  })

  it('never overrides the method, headers, body or signal of the client', async () => {
    const { fetch, inits } = recordingFetch()
    const signal = new AbortController().signal
    await createClient({ baseURL, fetch, timeout: false }).post('/x', {
      body: 'real',
      signal,
      headers: { 'x-real': '1' },
      fetchOptions: { method: 'DELETE', body: 'fake', headers: { 'x-real': '0' }, signal: null } as never,
    })
    const init = inits[0] as RequestInit
    expect(init.method).toBe('POST')
    expect(init.body).toBe('real')
    expect(init.signal).toBe(signal)
    expect(new Headers(init.headers).get('x-real')).toBe('1')
  })

  it("fetchOptions.redirect is the client's redirect option", async () => {
    const { fetch } = recordingFetch(
      () => new Response(null, { status: 302, headers: { location: '/next' } }),
    )
    const manual = await createClient({ baseURL, fetch, fetchOptions: { redirect: 'manual' } }).get('/a')
    expect(manual).toMatchObject({ kind: 'found', status: 302 })
    const perCall = await createClient({ baseURL, fetch }).get('/a', { fetchOptions: { redirect: 'error' } })
    expect(perCall).toMatchObject({ kind: 'networkError', code: 'redirect' })
  })

  it('reach fetch from a typed endpoint too', async () => {
    const { fetch, inits } = recordingFetch()
    const users = createApiClient(usersApi, { baseURL, fetch })
    await users.getUser({ params: { id: '1' }, fetchOptions: { credentials: 'omit' } })
    expect(inits[0]?.credentials).toBe('omit')
  })

  it('must be an object', () => {
    expect(() => createClient({ baseURL, fetchOptions: 'include' as never })).toThrow(UsageError)
  })
})

describe('a fetch without response.body (React Native)', () => {
  /** A Response as React Native's fetch gives it: no body stream, arrayBuffer() and text() only. */
  function reactNativeFetch(text: string, status = 200, type = 'application/json'): FetchFunction {
    return async () => {
      const real = new Response(text, { status, headers: { 'content-type': type } })
      return {
        status: real.status,
        headers: real.headers,
        type: 'default',
        arrayBuffer: () => real.arrayBuffer(),
        text: () => real.text(),
      } as unknown as Response
    }
  }

  it('reads the body whole and parses it as usual', async () => {
    const r = await createClient({ baseURL, fetch: reactNativeFetch('{"id":"1"}') }).get('/a')
    expect(r).toMatchObject({ kind: 'ok', data: { id: '1' } })
    const e = await createClient({ baseURL, fetch: reactNativeFetch('{"error":"nope"}') }).get('/a')
    expect(e).toMatchObject({ kind: 'protocolViolation' })
  })

  it('under the same maxBodyBytes', async () => {
    const fetch = reactNativeFetch(JSON.stringify({ big: 'x'.repeat(2000) }))
    const r = await createClient({ baseURL, fetch, maxBodyBytes: 1000 }).get('/a')
    expect(r).toMatchObject({ kind: 'bodyTooLarge', limit: 1000 })
  })
})

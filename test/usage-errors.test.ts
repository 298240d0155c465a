import { describe, expect, it } from 'vitest'
import { createClient, UsageError } from '../src/index.js'
import { fakeFetch, json } from './helpers/fake-fetch.js'

describe('createClient refuses bad options at once', () => {
  it.each([
    ['ftp://files.example.com', /http: or https:/],
    ['api.example.com', /is relative, and there is no page to resolve it against/],
    ['/api', /is relative, and there is no page to resolve it against/],
    ['http://[::1', /is not a valid URL/],
    ['https://user:pass@api.example.com', /credentials/],
    ['https://api.example.com/?key=1', /query or fragment/],
  ])('baseURL %s', (baseURL, message) => {
    expect(() => createClient({ baseURL })).toThrow(UsageError)
    expect(() => createClient({ baseURL })).toThrow(message)
  })

  it.each([
    [{ timeout: -1 }, /timeout must be/],
    [{ timeout: 2 ** 31 }, /timeout must be/],
    [{ totalTimeout: Number.NaN }, /totalTimeout must be/],
    [{ maxBodyBytes: 1.5 }, /maxBodyBytes/],
    [{ retry: { limit: -1 } }, /retry.limit/],
    [{ retry: { statuses: [700] } }, /retry.statuses/],
    [{ headers: { 'x-bad': 'a\r\nInjected: yes' } }, /CR, LF or NUL/],
    [{ headers: { 'bad name': 'x' } }, /not a valid HTTP token/],
    [{ headers: { 'x-a': '😀' } }, /header "x-a" has "😀" \(U\+1F600\).*encodeURIComponent/],
  ])('%o', (options, message) => {
    expect(() => createClient({ baseURL: 'https://api.example.com', ...options })).toThrow(message)
  })

  it('says every message is from honest-fetch and names the error class', () => {
    expect.assertions(3)
    try {
      createClient({ baseURL: 'ftp://x' })
    } catch (error) {
      expect(error).toBeInstanceOf(UsageError)
      expect((error as UsageError).name).toBe('UsageError')
      expect((error as UsageError).message).toMatch(/^\[honest-fetch\] /)
    }
  })
})

describe('a call rejects with UsageError for programmer mistakes, and sends nothing', () => {
  const fetch = fakeFetch(json({}))
  const http = createClient({ baseURL: 'https://api.example.com/v1', fetch })

  it.each([
    ['//evil.example/x', /two slashes/],
    ['/\\evil.example/x', /two slashes/],
    ['https://evil.example/x', /not the base origin/],
    ['javascript:alert(1)', /only http: and https:/],
  ])('path %s', async (path, message) => {
    await expect(http.get(path)).rejects.toThrow(message)
    expect(fetch.requests).toHaveLength(0)
  })

  it('a header value with CR/LF', async () => {
    await expect(http.get('/x', { headers: { 'x-id': '1\r\nx-admin: true' } })).rejects.toBeInstanceOf(
      UsageError,
    )
    await expect(http.get('/x', { headers: { 'x-id': 'a\0b' } })).rejects.toBeInstanceOf(UsageError)
  })

  it('a header value outside Latin-1, per call and from a headers function', async () => {
    await expect(http.get('/x', { headers: { 'x-name': 'Zoë 😀' } })).rejects.toThrow(
      /^\[honest-fetch\] header "x-name" has "😀" \(U\+1F600\)/,
    )
    await expect(http.get('/x', { headers: [['x-name', '東京']] })).rejects.toThrow(/"東" \(U\+6771\)/)
    const fromFunction = createClient({
      baseURL: 'https://api.example.com',
      fetch,
      headers: () => ({ 'x-a': '€' }),
    })
    await expect(fromFunction.get('/x')).rejects.toThrow(UsageError)
    await expect(fromFunction.get('/x')).rejects.toThrow(/"€" \(U\+20AC\)/)
    expect(fetch.requests).toHaveLength(0)
    const latin1 = createClient({
      baseURL: 'https://api.example.com',
      fetch: fakeFetch(json({})),
      headers: { 'x-name': 'Zoë ÿ' },
    })
    expect((await latin1.get('/x')).kind).toBe('ok')
  })

  it('a body on GET', async () => {
    await expect(http.request('GET', '/x', { body: { a: 1 } })).rejects.toThrow(/cannot have a body/)
  })

  it('a query value that cannot be serialized', async () => {
    await expect(http.get('/x', { query: { filter: { nested: true } as never } })).rejects.toThrow(
      /JSON.stringify/,
    )
    await expect(http.get('/x', { query: { n: Number.NaN } })).rejects.toThrow(/finite/)
  })

  it('an invalid method', async () => {
    await expect(http.request('GE T', '/x')).rejects.toThrow(/method/)
  })

  it('a per-call timeout out of range', async () => {
    await expect(http.get('/x', { timeout: 0 })).rejects.toThrow(/timeout/)
  })

  it('allows other origins only when asked', async () => {
    const open = createClient({ baseURL: 'https://api.example.com', fetch, allowOtherOrigins: true })
    const r = await open.get('https://other.example/x')
    expect(r.request.url).toBe('https://other.example/x')
  })
})

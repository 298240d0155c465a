import { describe, expect, it } from 'vitest'
import { createClient } from '../src/index.js'
import { classifyNetworkError } from '../src/transport/network-error.js'
import { startHttpServer } from './helpers/http-server.js'

const wrapped = (code: string) =>
  Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error(code), { code }) })

describe('network errors get a short stable code', () => {
  it.each([
    [wrapped('ECONNREFUSED'), 'head', 'refused'],
    [wrapped('ECONNRESET'), 'head', 'reset'],
    [wrapped('UND_ERR_SOCKET'), 'head', 'reset'],
    [wrapped('ECONNRESET'), 'body', 'incompleteBody'],
    [wrapped('ENOTFOUND'), 'head', 'dns'],
    [wrapped('EAI_AGAIN'), 'head', 'dns'],
    [wrapped('CERT_HAS_EXPIRED'), 'head', 'tls'],
    [wrapped('DEPTH_ZERO_SELF_SIGNED_CERT'), 'head', 'tls'],
    [wrapped('ERR_SSL_WRONG_VERSION_NUMBER'), 'head', 'tls'],
    [wrapped('ERR_TLS_CERT_ALTNAME_INVALID'), 'head', 'tls'],
    [wrapped('HPE_INVALID_CONTENT_LENGTH'), 'head', 'invalidFraming'],
    [wrapped('UND_ERR_RES_CONTENT_LENGTH_MISMATCH'), 'body', 'incompleteBody'],
    [new TypeError('Failed to fetch'), 'head', 'unknown'],
    [new TypeError('terminated'), 'body', 'incompleteBody'],
    ['a string', 'head', 'unknown'],
    [null, 'head', 'unknown'],
  ] as const)('%o while reading the %s is %s', (error, stage, code) => {
    expect(classifyNetworkError(error, stage)).toBe(code)
  })

  it('is offline when a browser fails a request while navigator.onLine is false', () => {
    const navigator = Object.getOwnPropertyDescriptor(globalThis, 'navigator')
    Object.defineProperty(globalThis, 'navigator', { value: { onLine: false }, configurable: true })
    try {
      expect(classifyNetworkError(new TypeError('Failed to fetch'), 'head')).toBe('offline')
      expect(classifyNetworkError(new TypeError('network error'), 'body')).toBe('incompleteBody')
      expect(classifyNetworkError({ code: 'ECONNREFUSED' }, 'head')).toBe('refused')
    } finally {
      if (navigator) Object.defineProperty(globalThis, 'navigator', navigator)
      else Reflect.deleteProperty(globalThis, 'navigator')
    }
    expect(classifyNetworkError(new TypeError('Failed to fetch'), 'head')).toBe('unknown')
  })

  it('follows the cause chain through wrappers (ofetch, undici)', () => {
    const deep = { cause: { cause: { cause: { code: 'ECONNREFUSED' } } } }
    expect(classifyNetworkError(deep, 'head')).toBe('refused')
  })

  it('a TLS handshake against a plain HTTP server is tls, over the wire', async () => {
    const server = await startHttpServer((_req, res) => res.end('plain'))
    try {
      const r = await createClient({ baseURL: server.url.replace('http:', 'https:'), retry: false }).get('/x')
      expect(r).toMatchObject({ kind: 'networkError', code: 'tls' })
    } finally {
      await server.close()
    }
  })
})

import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { HttpResult } from '../../src/index.js'
import { startHttpServer, type TestServer } from '../helpers/http-server.js'
import { comparable, TRANSPORTS } from './transports.js'

// What the server receives, and what comes back from encoded and redirected responses, on every transport.

interface Seen {
  readonly method: string
  readonly url: string
  readonly contentType: string | null
  readonly body: string
}

const JSON_BODY = JSON.stringify({ id: 42, name: 'Ada', tags: ['a', 'b'] })
const ENCODERS: Record<string, (input: Buffer) => Buffer> = {
  gzip: gzipSync,
  'x-gzip': gzipSync,
  deflate: deflateSync,
  br: brotliCompressSync,
}

let server: TestServer
/** Another origin (another port), for redirects that leave the first one. */
let other: TestServer
beforeAll(async () => {
  other = await startHttpServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(
      JSON.stringify({
        authorization: req.headers.authorization ?? null,
        cookie: req.headers.cookie ?? null,
      }),
    )
  })
  server = await startHttpServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x')
    if (url.pathname.startsWith('/encoded/')) {
      // /encoded/gzip, /encoded/br, /encoded/deflate-raw, /encoded/gzip,br (applied in that order) ...
      const codings = decodeURIComponent(url.pathname.slice('/encoded/'.length))
      let bytes: Buffer = Buffer.from(JSON_BODY)
      for (const coding of codings.split(',')) {
        bytes = coding === 'deflate-raw' ? deflateRawSync(bytes) : (ENCODERS[coding]?.(bytes) ?? bytes)
      }
      const label = codings.replace('deflate-raw', 'deflate')
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': label }).end(bytes)
      return
    }
    if (url.pathname === '/accept-encoding') {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify(req.headers['accept-encoding'] ?? null))
      return
    }
    if (url.pathname === '/loop') {
      res.writeHead(302, { location: '/loop' }).end()
      return
    }
    if (url.pathname === '/to-other-origin') {
      res.writeHead(307, { location: `${other.url}/echo` }).end()
      return
    }
    if (url.pathname === '/to-ftp') {
      res.writeHead(302, { location: 'ftp://127.0.0.1/x' }).end()
      return
    }
    if (url.pathname.startsWith('/redirect/')) {
      const status = Number(url.pathname.slice('/redirect/'.length))
      res.writeHead(status, { location: '/echo?from=redirect' }).end()
      return
    }
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const seen: Seen & { authorization: string | undefined } = {
        authorization: req.headers.authorization,
        method: req.method ?? '',
        url: req.url ?? '',
        contentType: req.headers['content-type'] ?? null,
        body: Buffer.concat(chunks).toString('latin1'),
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(seen))
    })
  })
})
afterAll(async () => {
  await Promise.all([server.close(), other.close()])
  await Promise.all(TRANSPORTS.map((t) => t.close()))
})

/** Multipart boundaries are random; everything else about the request must be identical. */
function normalized(result: HttpResult): unknown {
  const seen = (result as { data?: Seen }).data
  if (seen === undefined || typeof seen !== 'object' || seen === null) return result.kind
  const boundary = /boundary=(.+)$/.exec(seen.contentType ?? '')?.[1]
  if (boundary === undefined) return seen
  return {
    ...seen,
    contentType: seen.contentType?.replace(boundary, 'B'),
    body: seen.body.replaceAll(boundary, 'B'),
  }
}

const bodies: ReadonlyArray<readonly [string, string, () => unknown]> = [
  ['POST', 'a plain object', () => ({ name: 'Ada', age: 36 })],
  ['POST', 'an array', () => [1, 'two', null]],
  ['POST', 'a string', () => 'hello'],
  ['POST', 'an empty string', () => ''],
  ['POST', 'a number', () => 42],
  ['POST', 'a Date (toJSON)', () => new Date(0)],
  ['POST', 'URLSearchParams', () => new URLSearchParams({ a: '1', b: 'x y' })],
  [
    'POST',
    'FormData',
    () => {
      const form = new FormData()
      form.append('name', 'Ada')
      form.append('file', new Blob(['bytes'], { type: 'text/plain' }), 'a.txt')
      return form
    },
  ],
  ['POST', 'a typed Blob', () => new Blob(['<x/>'], { type: 'application/xml' })],
  ['POST', 'a Uint8Array', () => new Uint8Array([104, 105])],
  ['POST', 'an ArrayBuffer', () => new Uint8Array([1, 2, 3]).buffer],
  ['POST', 'a DataView slice', () => new DataView(new Uint8Array([9, 8, 7, 6]).buffer, 1, 2)],
  [
    'POST',
    'a ReadableStream',
    () =>
      new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('streamed'))
          controller.close()
        },
      }),
  ],
  ['PUT', 'a plain object', () => ({ put: true })],
  ['PATCH', 'an object with a null prototype', () => Object.assign(Object.create(null), { a: 1 })],
  ['DELETE', 'a plain object', () => ({ reason: 'gone' })],
  ['OPTIONS', 'a plain object', () => ({ options: true })],
  ['OPTIONS', 'a string', () => 'text'],
]

describe('both transports send the same request', () => {
  it.each(bodies)('%s with %s', async (method, _name, make) => {
    const results: unknown[] = []
    for (const transport of TRANSPORTS) {
      const http = transport.client({ baseURL: server.url, retry: false })
      results.push(normalized(await http.request(method, '/echo', { body: make() })))
    }
    for (const result of results.slice(1)) expect(result).toEqual(results[0])
    if (_name.includes('null prototype')) {
      expect(results[0]).toMatchObject({ contentType: 'application/json', body: '{"a":1}' })
    }
  })

  it('a JSON body with a form Content-Type is sent as a form, as ofetch does', async () => {
    const results: unknown[] = []
    for (const transport of TRANSPORTS) {
      const http = transport.client({ baseURL: server.url, retry: false })
      const r = await http.post('/echo', {
        body: { a: '1', b: 'x y' },
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      })
      results.push(normalized(r))
    }
    expect(results[0]).toMatchObject({ body: 'a=1&b=x+y' })
    for (const result of results.slice(1)) expect(result).toEqual(results[0])
  })

  it('query strings, path parameters and a fragment', async () => {
    const results: unknown[] = []
    for (const transport of TRANSPORTS) {
      const http = transport.client({ baseURL: `${server.url}/v1`, retry: false })
      const r = await http.get('/echo/a%20b?x=1#frag', {
        query: { tag: ['a', 'b c'], at: new Date(0), none: undefined, n: 2 },
      })
      results.push(normalized(r))
    }
    expect(results[0]).toMatchObject({
      url: '/v1/echo/a%20b?x=1&tag=a&tag=b+c&at=1970-01-01T00%3A00%3A00.000Z&n=2',
    })
    for (const result of results.slice(1)) expect(result).toEqual(results[0])
  })

  it.each(TRANSPORTS)('$name asks for gzip and deflate', async (transport) => {
    const r = await transport.client({ baseURL: server.url }).get('/accept-encoding')
    expect(r.kind === 'ok' && String(r.data)).toMatch(/^gzip, deflate/)
  })
})

describe.each(TRANSPORTS)('encoded and redirected responses through $name', (transport) => {
  const http = () => transport.client({ baseURL: server.url, retry: false })

  it.each(['gzip', 'x-gzip', 'deflate', 'deflate-raw', 'br', 'gzip,br'])(
    'a %s-encoded JSON body is decoded',
    async (codings) => {
      const r = await http().get(`/encoded/${encodeURIComponent(codings)}`)
      expect(r).toMatchObject({ kind: 'ok', data: JSON.parse(JSON_BODY), violations: [] })
    },
  )

  it('an unknown coding leaves the body as it is, which then is not JSON', async () => {
    const r = await http().get('/encoded/gzip,snappy')
    expect(r).toMatchObject({ kind: 'protocolViolation', status: 200 })
    expect(r.violations[0]?.rule).toBe('malformed-json')
  })

  it.each([301, 302, 303, 307, 308])('a %i with Location is followed to the target', async (status) => {
    const r = await http().get(`/redirect/${status}`)
    expect(r).toMatchObject({ kind: 'ok', data: { method: 'GET', url: '/echo?from=redirect' } })
  })

  it('a 303 after a POST becomes a GET without the body', async () => {
    const r = await http().post('/redirect/303', { body: { a: 1 } })
    expect(r).toMatchObject({ kind: 'ok', data: { method: 'GET', body: '' } })
  })

  it('a 302 after a POST becomes a GET, and the body headers go with the body', async () => {
    const r = await http().post('/redirect/302', { body: { a: 1 } })
    expect(r).toMatchObject({ kind: 'ok', data: { method: 'GET', body: '', contentType: null } })
  })

  it('a redirect to another origin leaves Authorization and Cookie behind', async () => {
    const r = await http().get('/to-other-origin', { headers: { authorization: 'Bearer x', cookie: 'a=b' } })
    expect(r).toMatchObject({ kind: 'ok', data: { authorization: null, cookie: null } })
  })

  it('a redirect on the same origin keeps Authorization', async () => {
    const r = await http().get('/redirect/302', { headers: { authorization: 'Bearer x' } })
    expect(r).toMatchObject({ kind: 'ok', data: { authorization: 'Bearer x' } })
  })

  it('more than 20 redirects: a network error with code redirect', async () => {
    expect(await http().get('/loop')).toMatchObject({ kind: 'networkError', code: 'redirect' })
  })

  it('a redirect to a non-http URL: a network error with code redirect', async () => {
    expect(await http().get('/to-ftp')).toMatchObject({ kind: 'networkError', code: 'redirect' })
  })

  it('a 307 after a POST with a stream body: a network error, the stream cannot be sent again', async () => {
    const body = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('once'))
        controller.close()
      },
    })
    expect(await http().post('/redirect/307', { body })).toMatchObject({ kind: 'networkError' })
  })

  it('a 307 after a POST repeats the POST with its body', async () => {
    const r = await http().post('/redirect/307', { body: { a: 1 } })
    expect(r).toMatchObject({ kind: 'ok', data: { method: 'POST', body: '{"a":1}' } })
  })
})

describe('both transports agree on encoded and redirected responses', () => {
  it.each(['/encoded/gzip', '/encoded/gzip,snappy', '/redirect/302'])('%s', async (path) => {
    const [expected, ...actual] = await Promise.all(
      TRANSPORTS.map(async (t) =>
        comparable(await t.client({ baseURL: server.url, retry: false }).get(path)),
      ),
    )
    for (const result of actual) expect(result).toEqual(expected)
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createClient, STATUS_KINDS } from '../src/index.js'
import { closedPort, startHttpServer, startRawServer, type TestServer } from './helpers/http-server.js'

// What only a real socket can show. Every case must end in its own result kind, promptly, with no
// unhandled rejection (vitest fails the run on one) and no timer left (the run would not exit).

describe('every registered status, through a real HTTP response', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startHttpServer((req, res) => {
      const status = Number(req.url?.slice(1))
      const noBody = status === 204 || status === 205 || status === 304
      res.writeHead(status, noBody ? {} : { 'content-type': 'application/json' })
      res.end(noBody ? undefined : JSON.stringify({ status }))
    })
  })
  afterAll(() => server.close())

  const http = () => createClient({ baseURL: server.url, retry: false })
  // The Fetch standard turns a 407 from an origin into a network error (HTTP-network-or-cache fetch,
  // "proxy authentication required" step), so no fetch-based client can see one; it is tested below.
  const throughFetch = Object.entries(STATUS_KINDS).filter(([code]) => code !== '407')
  it.each(throughFetch)('%s is %s', async (code, kind) => {
    const r = await http().get(`/${code}`)
    expect(r.kind === 'protocolViolation' ? r.statusKind : r.kind).toBe(kind)
    if ('status' in r) expect(r.status).toBe(Number(code))
  })

  it('407 is a network error through fetch, as the Fetch standard requires', async () => {
    expect(await http().get('/407')).toMatchObject({ kind: 'networkError' })
  })

  it('407 is proxyAuthenticationRequired from a transport that surfaces it', async () => {
    const response = new Response('{}', {
      status: 407,
      headers: { 'content-type': 'application/json', 'proxy-authenticate': 'Basic' },
    })
    const r = await createClient({ baseURL: server.url, fetch: async () => response }).get('/x')
    expect(r.kind).toBe('proxyAuthenticationRequired')
  })

  it.each([
    [299, 'success'],
    [399, 'redirection'],
    [418, 'clientError'],
    [599, 'serverError'],
  ])('unregistered %i is %s', async (code, kind) => {
    expect((await http().get(`/${code}`)).kind).toBe(kind)
  })
})

describe('a server that misbehaves on the wire', () => {
  const servers: TestServer[] = []
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()))
  })
  async function raw(answer: Parameters<typeof startRawServer>[0]) {
    const server = await startRawServer(answer)
    servers.push(server)
    return createClient({ baseURL: server.url, retry: false, timeout: 300 })
  }

  it('refused: networkError refused', async () => {
    const http = createClient({ baseURL: await closedPort(), retry: false })
    const r = await http.get('/x')
    expect(r).toMatchObject({ kind: 'networkError', code: 'refused', attempts: 1 })
    expect(r.kind === 'networkError' && r.error).toBeInstanceOf(Error)
  })

  it('reset before headers: networkError reset', async () => {
    const http = await raw((socket) => socket.resetAndDestroy())
    expect(await http.get('/x')).toMatchObject({ kind: 'networkError', code: 'reset' })
  })

  it('closed before headers: networkError reset', async () => {
    const http = await raw((socket) => socket.end())
    expect(await http.get('/x')).toMatchObject({ kind: 'networkError', code: 'reset' })
  })

  it('a body truncated against its Content-Length: networkError incompleteBody', async () => {
    const http = await raw((socket) => {
      socket.write(
        'HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{"partial":',
      )
      setTimeout(() => socket.destroy(), 20)
    })
    expect(await http.get('/x')).toMatchObject({ kind: 'networkError', code: 'incompleteBody' })
  })

  it('an invalid Content-Length: networkError invalidFraming', async () => {
    const http = await raw((socket) => {
      socket.end('HTTP/1.1 200 OK\r\ncontent-length: twelve\r\n\r\n{}')
    })
    expect(await http.get('/x')).toMatchObject({ kind: 'networkError', code: 'invalidFraming' })
  })

  it('two different Content-Lengths: networkError invalidFraming (RFC 9112 §6.3)', async () => {
    const http = await raw((socket) => {
      socket.end('HTTP/1.1 200 OK\r\ncontent-length: 2\r\ncontent-length: 3\r\n\r\n{}')
    })
    expect(await http.get('/x')).toMatchObject({ kind: 'networkError', code: 'invalidFraming' })
  })

  it('a stall before headers: timeout', async () => {
    const http = await raw(() => {})
    expect(await http.get('/x')).toMatchObject({ kind: 'timeout', timeoutMs: 300 })
  })

  it('a stall mid-body: timeout, because the limit covers the body too', async () => {
    const http = await raw((socket) => {
      socket.write('HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 50\r\n\r\n{"a"')
    })
    expect(await http.get('/x')).toMatchObject({ kind: 'timeout', timeoutMs: 300 })
  })

  it('a totalTimeout shorter than the attempt timeout is the one reported', async () => {
    const server = await startRawServer(() => {})
    servers.push(server)
    const http = createClient({ baseURL: server.url, retry: false, timeout: 5_000, totalTimeout: 150 })
    expect(await http.get('/x')).toMatchObject({ kind: 'timeout', timeoutMs: 150 })
  })

  it('a body larger than maxBodyBytes: bodyTooLarge, and the stream is cancelled', async () => {
    let written = 0
    const server = await startHttpServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      const chunk = Buffer.alloc(16 * 1024, 32)
      const pump = (): void => {
        while (written < 50 * 1024 * 1024) {
          written += chunk.length
          if (!res.write(chunk)) {
            res.once('drain', pump)
            return
          }
        }
        res.end()
      }
      res.on('close', () => res.removeAllListeners('drain'))
      pump()
    })
    servers.push(server)
    const http = createClient({ baseURL: server.url, maxBodyBytes: 64 * 1024, retry: false })
    const r = await http.get('/big')
    expect(r).toMatchObject({ kind: 'bodyTooLarge', status: 200, limit: 64 * 1024, data: undefined })
    // Far less than the 50 MiB the server wanted to send: reading stopped at the limit.
    expect(written).toBeLessThan(10 * 1024 * 1024)
  })

  it('malformed JSON on 200: protocolViolation malformed-json, no raw string as data', async () => {
    const server = await startHttpServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end('{"id": 1,,}')
    })
    servers.push(server)
    const r = await createClient({ baseURL: server.url }).get('/x')
    expect(r).toMatchObject({ kind: 'protocolViolation', status: 200, data: undefined })
    expect(r.violations[0]?.rule).toBe('malformed-json')
  })

  it('an HTML page with 200 where JSON was asked for: protocolViolation unexpected-content-type', async () => {
    const server = await startHttpServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' })
      res.end('<!doctype html><title>Error</title><h1>Something went wrong</h1>')
    })
    servers.push(server)
    const r = await createClient({ baseURL: server.url }).get('/x')
    expect(r).toMatchObject({ kind: 'protocolViolation', status: 200 })
    expect(r.violations.map((v) => v.rule)).toContain('unexpected-content-type')
  })

  it('a 204 with a body: noContent, the body ignored', async () => {
    const http = await raw((socket) => {
      socket.end('HTTP/1.1 204 No Content\r\ncontent-length: 2\r\n\r\n{}')
    })
    const r = await http.delete('/x')
    expect(r).toMatchObject({ kind: 'noContent', data: undefined })
  })
})

describe('retries in real time over HTTP', () => {
  it('429 with Retry-After: 0, then 503 without a wait (backoff of a few ms), then 200', async () => {
    let n = 0
    const server = await startHttpServer((_req, res) => {
      n++
      if (n === 1) res.writeHead(429, { 'retry-after': '0', 'content-type': 'application/json' }).end('{}')
      else if (n === 2) res.writeHead(503).end()
      else res.writeHead(200, { 'content-type': 'application/json' }).end('{"done":true}')
    })
    try {
      const waits: number[] = []
      const http = createClient({
        baseURL: server.url,
        retry: { backoff: { baseMs: 5, maxMs: 5 }, onRetry: ({ waitMs }) => waits.push(waitMs) },
      })
      const r = await http.get('/x')
      expect(r).toMatchObject({ kind: 'ok', attempts: 3, data: { done: true } })
      expect(waits).toHaveLength(2)
      expect(waits[0]).toBe(0)
      expect(waits[1]).toBeLessThanOrEqual(5)
    } finally {
      await server.close()
    }
  })
})

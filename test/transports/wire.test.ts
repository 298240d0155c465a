import { gzipSync } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'
import { closedPort, startHttpServer, startRawServer, type TestServer } from '../helpers/http-server.js'
import { TRANSPORTS } from './transports.js'

// What only a real socket can show, on every transport: each case ends in its own result kind, promptly,
// with no unhandled rejection (vitest fails the run on one).

const servers: TestServer[] = []
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()))
  await Promise.all(TRANSPORTS.map((t) => t.close()))
})

async function rawServer(answer: Parameters<typeof startRawServer>[0]): Promise<string> {
  const server = await startRawServer(answer)
  servers.push(server)
  return server.url
}

async function httpServer(handler: Parameters<typeof startHttpServer>[0]): Promise<string> {
  const server = await startHttpServer(handler)
  servers.push(server)
  return server.url
}

/** A server that streams `total` bytes of JSON-ish filler and counts what it managed to write. */
function endlessBody(total: number, gzip = false) {
  const state = { written: 0 }
  const handler: Parameters<typeof startHttpServer>[0] = (_req, res) => {
    res.writeHead(200, {
      'content-type': 'application/json',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    })
    const chunk = gzip ? gzipSync(Buffer.alloc(total, 32)) : Buffer.alloc(16 * 1024, 32)
    if (gzip) {
      state.written = chunk.length
      res.end(chunk)
      return
    }
    const pump = (): void => {
      while (state.written < total) {
        state.written += chunk.length
        if (!res.write(chunk)) {
          res.once('drain', pump)
          return
        }
      }
      res.end()
    }
    res.on('close', () => res.removeAllListeners('drain'))
    pump()
  }
  return { state, handler }
}

describe.each(TRANSPORTS)('a server that misbehaves on the wire, through $name', (transport) => {
  const client = (baseURL: string) => transport.client({ baseURL, retry: false, timeout: 300 })

  it('refused: networkError refused, after one attempt', async () => {
    const r = await client(await closedPort()).get('/x')
    expect(r).toMatchObject({ kind: 'networkError', code: 'refused', attempts: 1 })
    expect(r.kind === 'networkError' && r.error).toBeInstanceOf(Error)
  })

  it('refused, with network errors retried: three attempts', async () => {
    const http = transport.client({
      baseURL: await closedPort(),
      retry: { networkErrors: true, backoff: { baseMs: 1, maxMs: 1 } },
    })
    expect(await http.get('/x')).toMatchObject({ kind: 'networkError', code: 'refused', attempts: 3 })
  })

  it('reset before headers: networkError reset', async () => {
    const url = await rawServer((socket) => socket.resetAndDestroy())
    expect(await client(url).get('/x')).toMatchObject({ kind: 'networkError', code: 'reset' })
  })

  it('closed before headers: networkError reset', async () => {
    const url = await rawServer((socket) => socket.end())
    expect(await client(url).get('/x')).toMatchObject({ kind: 'networkError', code: 'reset' })
  })

  it('a body truncated against its Content-Length: networkError incompleteBody', async () => {
    const url = await rawServer((socket) => {
      socket.write(
        'HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{"partial":',
      )
      setTimeout(() => socket.destroy(), 20)
    })
    expect(await client(url).get('/x')).toMatchObject({ kind: 'networkError', code: 'incompleteBody' })
  })

  it('a chunked body cut before its last chunk: networkError incompleteBody', async () => {
    const url = await rawServer((socket) => {
      socket.write(
        'HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n5\r\n{"a":\r\n',
      )
      setTimeout(() => socket.destroy(), 20)
    })
    expect(await client(url).get('/x')).toMatchObject({ kind: 'networkError', code: 'incompleteBody' })
  })

  it('an invalid Content-Length: networkError invalidFraming', async () => {
    const url = await rawServer((socket) => socket.end('HTTP/1.1 200 OK\r\ncontent-length: twelve\r\n\r\n{}'))
    expect(await client(url).get('/x')).toMatchObject({ kind: 'networkError', code: 'invalidFraming' })
  })

  it('two different Content-Lengths: networkError invalidFraming (RFC 9112 §6.3)', async () => {
    const url = await rawServer((socket) =>
      socket.end('HTTP/1.1 200 OK\r\ncontent-length: 2\r\ncontent-length: 3\r\n\r\n{}'),
    )
    expect(await client(url).get('/x')).toMatchObject({ kind: 'networkError', code: 'invalidFraming' })
  })

  it('a stall before headers: timeout', async () => {
    const url = await rawServer(() => {})
    expect(await client(url).get('/x')).toMatchObject({ kind: 'timeout', timeoutMs: 300 })
  })

  it('a stall mid-body: timeout, because the limit covers the body too', async () => {
    const url = await rawServer((socket) => {
      socket.write('HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 50\r\n\r\n{"a"')
    })
    expect(await client(url).get('/x')).toMatchObject({ kind: 'timeout', timeoutMs: 300 })
  })

  it('a totalTimeout shorter than the attempt timeout is the one reported', async () => {
    const url = await rawServer(() => {})
    const http = transport.client({ baseURL: url, retry: false, timeout: 5_000, totalTimeout: 150 })
    expect(await http.get('/x')).toMatchObject({ kind: 'timeout', timeoutMs: 150 })
  })

  // With `timeout: false` the caller's signal goes to the transport as it is; with a timeout, through ours.
  describe.each([
    ['with the default timeout', {}],
    ['with timeout: false', { timeout: false }],
  ] as const)('%s', (_, limits) => {
    it('an abort mid-body: aborted, with the signal reason', async () => {
      const url = await rawServer((socket) => {
        socket.write('HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 50\r\n\r\n{"a"')
      })
      const controller = new AbortController()
      setTimeout(() => controller.abort('enough'), 50)
      const http = transport.client({ baseURL: url, retry: false, ...limits })
      const r = await http.get('/x', { signal: controller.signal })
      expect(r).toMatchObject({ kind: 'aborted', reason: 'enough', attempts: 1 })
    })

    it('an abort before headers: aborted', async () => {
      const url = await rawServer(() => {})
      const controller = new AbortController()
      setTimeout(() => controller.abort(), 50)
      const http = transport.client({ baseURL: url, retry: false, ...limits })
      const r = await http.get('/x', { signal: controller.signal })
      expect(r).toMatchObject({ kind: 'aborted', attempts: 1 })
    })
  })

  it('a body larger than maxBodyBytes: bodyTooLarge, and reading stops at the limit', async () => {
    const { state, handler } = endlessBody(50 * 1024 * 1024)
    const http = transport.client({
      baseURL: await httpServer(handler),
      maxBodyBytes: 64 * 1024,
      retry: false,
    })
    const r = await http.get('/big')
    expect(r).toMatchObject({ kind: 'bodyTooLarge', status: 200, limit: 64 * 1024, data: undefined })
    expect(state.written).toBeLessThan(10 * 1024 * 1024)
  })

  it('a small gzip body that inflates past maxBodyBytes: bodyTooLarge (decoded bytes count)', async () => {
    const { state, handler } = endlessBody(1024 * 1024, true)
    const http = transport.client({
      baseURL: await httpServer(handler),
      maxBodyBytes: 64 * 1024,
      retry: false,
    })
    expect(await http.get('/bomb')).toMatchObject({ kind: 'bodyTooLarge', limit: 64 * 1024 })
    expect(state.written).toBeLessThan(64 * 1024)
  })

  it('malformed JSON on 200: protocolViolation malformed-json, no raw string as data', async () => {
    const url = await httpServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end('{"id": 1,,}')
    })
    const r = await transport.client({ baseURL: url }).get('/x')
    expect(r).toMatchObject({ kind: 'protocolViolation', status: 200, data: undefined })
    expect(r.violations[0]?.rule).toBe('malformed-json')
  })

  it('an HTML page with 200 where JSON was asked for: protocolViolation unexpected-content-type', async () => {
    const url = await httpServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' })
      res.end('<!doctype html><title>Error</title><h1>Something went wrong</h1>')
    })
    const r = await transport.client({ baseURL: url }).get('/x')
    expect(r).toMatchObject({ kind: 'protocolViolation', status: 200 })
    expect(r.violations.map((v) => v.rule)).toContain('unexpected-content-type')
  })

  it('a 200 with an error payload: protocolViolation error-payload-in-success', async () => {
    const url = await httpServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"error":"User not found"}')
    })
    const r = await transport.client({ baseURL: url }).get('/x')
    expect(r).toMatchObject({ kind: 'protocolViolation', data: { error: 'User not found' } })
    expect(r.violations.map((v) => v.rule)).toEqual(['error-payload-in-success'])
  })

  it('a 204 with a body: noContent, the body ignored', async () => {
    const url = await rawServer((socket) =>
      socket.end('HTTP/1.1 204 No Content\r\ncontent-length: 2\r\n\r\n{}'),
    )
    const r = await client(url).delete('/x')
    expect(r).toMatchObject({ kind: 'noContent', data: undefined })
    expect(r.violations.map((v) => v.rule)).toEqual(['content-length-on-no-content'])
  })

  it('a HEAD: the status and headers, no body', async () => {
    const url = await httpServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '9' }).end()
    })
    const r = await client(url).head('/x')
    expect(r).toMatchObject({ kind: 'ok', data: undefined })
    expect(r.kind === 'ok' && r.headers.get('content-length')).toBe('9')
  })
})

describe.each(TRANSPORTS)('retries in real time over HTTP, through $name', (transport) => {
  it('429 with Retry-After: 0, then 503 without a wait (backoff of a few ms), then 200', async () => {
    let n = 0
    const url = await httpServer((_req, res) => {
      n++
      if (n === 1) res.writeHead(429, { 'retry-after': '0', 'content-type': 'application/json' }).end('{}')
      else if (n === 2) res.writeHead(503).end()
      else res.writeHead(200, { 'content-type': 'application/json' }).end('{"done":true}')
    })
    const waits: number[] = []
    const http = transport.client({
      baseURL: url,
      retry: { backoff: { baseMs: 5, maxMs: 5 }, onRetry: ({ waitMs }) => waits.push(waitMs) },
    })
    const r = await http.get('/x')
    expect(r).toMatchObject({ kind: 'ok', attempts: 3, data: { done: true } })
    expect(waits).toHaveLength(2)
    expect(waits[0]).toBe(0)
  })

  it('429 with a Retry-After beyond maxRetryAfterMs: returned at once with retryAfterMs', async () => {
    const url = await httpServer((_req, res) => {
      res.writeHead(429, { 'retry-after': '120', 'content-type': 'application/json' }).end('{}')
    })
    const r = await transport.client({ baseURL: url }).get('/x')
    expect(r).toMatchObject({ kind: 'tooManyRequests', attempts: 1, retryAfterMs: 120_000 })
  })
})

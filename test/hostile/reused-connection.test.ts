import { createServer, type Socket } from 'node:net'
import type { AddressInfo } from 'node:net'
import { afterAll, describe, expect, it } from 'vitest'
import type { Client, HttpResult } from '../../src/index.js'
import { startRawServer } from '../helpers/http-server.js'
import { TRANSPORTS } from '../transports/transports.js'

// A keep-alive connection the server dropped (an idle timeout, hono's bodyLimit answering 413 without
// reading the body) fails the next request on it before any response byte. Browsers replay an idempotent
// request once on a new connection; so does the client, counted in `attempts` (issue 12, item 5).

type Drop = 'close' | 'reset'
const OK = 'HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n{}'

const closers: (() => Promise<void>)[] = []
afterAll(async () => {
  await Promise.all(closers.map((close) => close()))
  await Promise.all(TRANSPORTS.map((t) => t.close()))
})

/**
 * Each connection answers its first request and drops the next one without a byte. With `always`, every
 * request after the very first is dropped, on whatever connection it comes. `requests` counts requests.
 */
async function droppingServer(drop: Drop, always = false): Promise<{ url: string; requests: () => number }> {
  let requests = 0
  const sockets = new Set<Socket>()
  const server = createServer((socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.on('error', () => {})
    let seen = ''
    let answered = false
    socket.on('data', (chunk) => {
      seen += chunk.toString('latin1')
      // Request heads only: the requests sent here carry no body.
      for (let end = seen.indexOf('\r\n\r\n'); end !== -1; end = seen.indexOf('\r\n\r\n')) {
        seen = seen.slice(end + 4)
        requests++
        if (!answered && (!always || requests === 1)) {
          answered = true
          socket.write(OK)
        } else if (drop === 'reset') {
          socket.resetAndDestroy()
        } else {
          socket.end()
        }
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  closers.push(
    () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  )
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests: () => requests }
}

/** A first call that leaves its connection in the pool, then `second` on it. */
async function onPooledConnection(http: Client, second: () => Promise<HttpResult>): Promise<HttpResult> {
  expect(await http.get('/first')).toMatchObject({ kind: 'ok' })
  // undici hands a connection back to its pool a tick after the response ends.
  await new Promise((resolve) => setTimeout(resolve, 20))
  return second()
}

describe.each(TRANSPORTS)('a pooled connection the server dropped, through $name', (transport) => {
  it.each<Drop>(['close', 'reset'])('GET is replayed once on a new connection (%s)', async (drop) => {
    const server = await droppingServer(drop)
    const http = transport.client({ baseURL: server.url })
    const r = await onPooledConnection(http, () => http.get('/second'))
    expect(r).toMatchObject({ kind: 'ok', attempts: 2 })
    expect(server.requests()).toBe(3)
  })

  it('DELETE is idempotent too', async () => {
    const server = await droppingServer('close')
    const http = transport.client({ baseURL: server.url })
    expect(await onPooledConnection(http, () => http.delete('/x'))).toMatchObject({ kind: 'ok', attempts: 2 })
  })

  it('POST is not replayed: the server may have acted on it', async () => {
    const server = await droppingServer('close')
    const http = transport.client({ baseURL: server.url })
    const r = await onPooledConnection(http, () => http.post('/x'))
    expect(r).toMatchObject({ kind: 'networkError', code: 'reset', attempts: 1 })
  })

  it('POST with an Idempotency-Key is replayed', async () => {
    const server = await droppingServer('close')
    const http = transport.client({ baseURL: server.url })
    const headers = { 'idempotency-key': 'k-1' }
    const r = await onPooledConnection(http, () => http.post('/x', { headers }))
    expect(r).toMatchObject({ kind: 'ok', attempts: 2 })
  })

  it('only once per call', async () => {
    const server = await droppingServer('reset', true)
    const http = transport.client({ baseURL: server.url })
    const r = await onPooledConnection(http, () => http.get('/second'))
    expect(r).toMatchObject({ kind: 'networkError', code: 'reset', attempts: 2 })
  })

  it('not with retry: false', async () => {
    const server = await droppingServer('close')
    const http = transport.client({ baseURL: server.url, retry: false })
    const r = await onPooledConnection(http, () => http.get('/second'))
    expect(r).toMatchObject({ kind: 'networkError', code: 'reset', attempts: 1 })
  })

  it('a fresh connection closed before any byte is the answer, not replayed', async () => {
    const server = await startRawServer((socket) => socket.end())
    closers.push(() => server.close())
    const http = transport.client({ baseURL: server.url })
    expect(await http.get('/x')).toMatchObject({ kind: 'networkError', code: 'reset', attempts: 1 })
  })
})

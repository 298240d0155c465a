import { createServer, type Server, type Socket } from 'node:net'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createClient } from '../../src/index.js'
import { createUndiciTransport } from '../../src/transport/undici.js'
import { TRANSPORTS } from '../transports/transports.js'

// A server that accepts TCP and never speaks TLS: the connection is never made, and undici's own connect
// timeout is 10 s. The client's deadline and the caller's abort must end the calls long before, and the
// undici transport must let go of the connection attempt so that close() does not wait for it either
// (issue 13, item 2).

const MARGIN_MS = 1_500
const sockets = new Set<Socket>()
let server: Server
let url: string

beforeAll(async () => {
  server = createServer((socket) => {
    sockets.add(socket)
    socket.on('error', () => {})
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  for (const socket of sockets) socket.destroy()
  await new Promise((resolve) => server.close(resolve))
  await Promise.all(TRANSPORTS.map((t) => t.close()))
})

async function timed<T>(work: Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now()
  const value = await work
  return { value, ms: performance.now() - started }
}

describe.each(TRANSPORTS)('a TLS handshake that never comes, through $name', (transport) => {
  it('timeout: 300 ends the call by 300 ms + a margin', async () => {
    const http = transport.client({ baseURL: url, retry: false, timeout: 300 })
    const { value, ms } = await timed(http.get('/x'))
    expect(value).toMatchObject({ kind: 'timeout', timeoutMs: 300 })
    expect(ms).toBeLessThan(300 + MARGIN_MS)
  })

  it('an abort ends the call at once', async () => {
    const http = transport.client({ baseURL: url, retry: false, timeout: false })
    const { value, ms } = await timed(http.get('/x', { signal: AbortSignal.timeout(200) }))
    expect(value).toMatchObject({ kind: 'aborted' })
    expect(ms).toBeLessThan(200 + MARGIN_MS)
  })
})

describe('the undici transport, connecting', () => {
  it('50 calls aborted together end at once, and close() does not wait for the connect timeout', async () => {
    const transport = createUndiciTransport()
    const http = createClient({ baseURL: url, transport, retry: false, timeout: false })
    const controller = new AbortController()
    const calls = Array.from({ length: 50 }, () => http.get('/x', { signal: controller.signal }))
    await new Promise((resolve) => setTimeout(resolve, 100))
    controller.abort()
    const { value: results, ms } = await timed(Promise.all(calls))
    expect(results.every((r) => r.kind === 'aborted')).toBe(true)
    expect(ms).toBeLessThan(MARGIN_MS)
    const closing = await timed(transport.close())
    expect(closing.ms).toBeLessThan(MARGIN_MS)
  })

  it('a connection another live call still waits for is kept', async () => {
    const transport = createUndiciTransport()
    const http = createClient({ baseURL: url, transport, retry: false, timeout: false })
    const controller = new AbortController()
    const aborted = http.get('/x', { signal: controller.signal })
    const live = http.get('/x', { timeout: 400 })
    controller.abort()
    expect(await aborted).toMatchObject({ kind: 'aborted' })
    // The live call's own timeout ends it, not a connection error caused by the other call's abort.
    expect(await live).toMatchObject({ kind: 'timeout', timeoutMs: 400 })
    expect((await timed(transport.close())).ms).toBeLessThan(MARGIN_MS)
  })
})

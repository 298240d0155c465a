import type { Socket } from 'node:net'
import { afterAll, describe, expect, it } from 'vitest'
import { startRawServer } from '../helpers/http-server.js'
import { TRANSPORTS } from '../transports/transports.js'

// Responses that leave a connection half-used once the call has its result (issue 13's fuzz test): the
// client must close it, or a server that keeps it open pins a socket and keeps the process alive.

afterAll(async () => {
  await Promise.all(TRANSPORTS.map((t) => t.close()))
})

/** A server that sends `head` and then keeps the connection open; `closed` settles when the client closes it. */
async function holding(head: string) {
  let closed!: Promise<void>
  const server = await startRawServer((socket: Socket) => {
    closed = new Promise((resolve) => socket.on('close', () => resolve()))
    socket.write(head)
  })
  return { server, closed: () => closed }
}

describe.each(TRANSPORTS)('connections left half-used on $name', (transport) => {
  it.each([
    [204, 'Content-Length: 5', 'noContent'],
    [205, 'Content-Length: 5', 'resetContent'],
    [205, 'Transfer-Encoding: chunked', 'resetContent'],
    [304, 'Content-Length: 23', 'notModified'],
  ])(
    'a %i whose head promises a body (%s) that never comes is closed by the client',
    async (status, framing, kind) => {
      const { server, closed } = await holding(`HTTP/1.1 ${status} X\r\n${framing}\r\n\r\n`)
      try {
        const r = await transport.client({ baseURL: server.url, retry: false, timeout: 5_000 }).get('/')
        expect(r.kind).toBe(kind)
        // Generous bound, far below the timeout: without the release the connection stays open for good.
        await expect(settlesWithin(closed(), 2_000)).resolves.toBe(true)
      } finally {
        await server.close()
      }
    },
  )

  it('a 407 whose body never comes is closed by the client', async () => {
    const { server, closed } = await holding('HTTP/1.1 407 X\r\nContent-Length: 5\r\n\r\n')
    try {
      const r = await transport.client({ baseURL: server.url, retry: false, timeout: 300 }).get('/')
      // Fetch turns a 407 from an origin into a network error (Fetch standard); undici waits for the body.
      expect(r.kind).toBe(transport.surfaces407 ? 'timeout' : 'networkError')
      await expect(settlesWithin(closed(), 2_000)).resolves.toBe(true)
    } finally {
      await server.close()
    }
  })
})

function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const late = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms)
  })
  return Promise.race([promise.then(() => true), late]).finally(() => clearTimeout(timer))
}

import { deflateSync } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'
import { startRawServer } from '../helpers/http-server.js'
import { TRANSPORTS } from '../transports/transports.js'

// Encoded bodies that end oddly (issue 13's fuzz test): the decoder must finish, never wait for an event
// that already fired, so the call gets its body instead of its timeout.

afterAll(async () => {
  await Promise.all(TRANSPORTS.map((t) => t.close()))
})

describe.each(TRANSPORTS)('encoded bodies on $name', (transport) => {
  it.each([
    ['in the same packet', 0],
    ['in a later packet', 30],
  ])(
    'a deflate body with bytes after the end of the deflate stream (%s) is read as fetch and browsers read it',
    async (_, pauseMs) => {
      const deflated = deflateSync('{"a":1}')
      const trailing = Buffer.from([0, 0])
      const server = await startRawServer((socket) => {
        socket.write(
          'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: deflate\r\n' +
            `Content-Length: ${deflated.byteLength + trailing.byteLength}\r\n\r\n`,
        )
        if (pauseMs === 0) socket.write(Buffer.concat([deflated, trailing]))
        else {
          socket.write(deflated)
          setTimeout(() => socket.write(trailing), pauseMs)
        }
      })
      try {
        const r = await transport.client({ baseURL: server.url, retry: false, timeout: 2_000 }).get('/')
        expect(r).toMatchObject({ kind: 'ok', data: { a: 1 } })
      } finally {
        await server.close()
      }
    },
  )
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startRawServer, type TestServer } from '../helpers/http-server.js'
import { TRANSPORTS } from './transports.js'

// A response head past the runtime's limit (Node's --max-http-header-size, 16 KiB by default) has a
// code of its own, not `unknown` (issue 13 item 10).

let server: TestServer
beforeAll(async () => {
  server = await startRawServer((socket) => {
    socket.end(`HTTP/1.1 200 OK\r\nX-Padding: ${'a'.repeat(20_000)}\r\nContent-Length: 2\r\n\r\n{}`)
  })
})
afterAll(async () => {
  await server.close()
  await Promise.all(TRANSPORTS.map((t) => t.close()))
})

describe.each(TRANSPORTS)('through $name', (transport) => {
  it('a 20 KB response header is networkError "headersTooLarge"', async () => {
    const r = await transport.client({ baseURL: server.url, retry: false }).get('/')
    expect(r).toMatchObject({ kind: 'networkError', code: 'headersTooLarge' })
  })
})

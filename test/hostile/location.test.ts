import { afterAll, describe, expect, it } from 'vitest'
import { startHttpServer, type TestServer } from '../helpers/http-server.js'
import { TRANSPORTS } from '../transports/transports.js'

// Issue 13 item 10: a 201's Location is handed to the caller as `location`, which a UI may render as a
// link; only http(s) URLs may come out of it.

let server: TestServer
afterAll(async () => {
  await server?.close()
  await Promise.all(TRANSPORTS.map((t) => t.close()))
})

/** Answers `201` with the `Location` given in the request's `x-location`. */
async function baseURL(): Promise<string> {
  server ??= await startHttpServer((req, res) => {
    res.writeHead(201, { location: String(req.headers['x-location']), 'content-length': '0' })
    res.end()
  })
  return `${server.url}/v1`
}

describe.each(TRANSPORTS)('a 201 Location, through $name', (transport) => {
  it.each([
    ['javascript:alert(document.cookie)', undefined],
    ['JavaScript:alert(1)', undefined],
    ['data:text/html,<script>alert(1)</script>', undefined],
    ['vbscript:msgbox(1)', undefined],
    ['file:///etc/passwd', undefined],
    ['ftp://files.example/x', undefined],
    ['http://[::1', undefined],
    ['https://elsewhere.example/users/7', 'https://elsewhere.example/users/7'],
    ['//elsewhere.example/users/7', 'http://elsewhere.example/users/7'],
    ['users/7', '/v1/users/7'],
  ])('%s gives location %s', async (location, expected) => {
    const base = await baseURL()
    const client = transport.client({ baseURL: base, retry: false })
    const r = await client.post('/', { body: {}, headers: { 'x-location': location } })
    expect(r.kind).toBe('created')
    const resolved = r.kind === 'created' ? r.location : 'not created'
    expect(resolved).toBe(expected?.startsWith('/') ? `${server.url}${expected}` : expected)
  })
})

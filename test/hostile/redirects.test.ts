import type { IncomingMessage, ServerResponse } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { Agent, fetch as undiciFetch } from 'undici'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Client, createClient, type FetchFunction } from '../../src/index.js'
import { createUndiciTransport } from '../../src/transport/undici.js'
import { startHttpServer, startRawServer, type TestServer } from '../helpers/http-server.js'
import { TRANSPORTS } from '../transports/transports.js'
import { selfSignedCertificate } from './self-signed.js'

// Redirects that would carry a secret where it does not belong (issue 13 item 9), or pin a socket with
// a body that never ends (item 3), on both transports: the client follows redirects itself on Node.

const SECRETS = {
  authorization: 'Bearer secret',
  cookie: 'session=secret',
  'proxy-authorization': 'Basic secret',
  'x-api-key': 'secret',
  'x-auth-token': 'secret',
  'x-csrf-token': 'secret',
  'x-tenant-secret': 'secret',
}
const SEEN = [...Object.keys(SECRETS), 'x-request-id']

/** Answers with what it received; counts requests, so a test can see that nothing was sent. */
function echo(hits: { count: number }) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    hits.count++
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const headers = Object.fromEntries(SEEN.map((name) => [name, req.headers[name] ?? null]))
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ method: req.method, body: Buffer.concat(chunks).toString(), headers }))
    })
  }
}

const otherHits = { count: 0 }
let other: TestServer
let origin: TestServer
beforeAll(async () => {
  other = await startHttpServer(echo(otherHits))
  const local = echo({ count: 0 })
  origin = await startHttpServer((req, res) => {
    const [, route, arg] = (req.url ?? '/').split('/')
    if (route === 'to-other') res.writeHead(Number(arg), { location: `${other.url}/echo` }).end('moved')
    else if (route === 'same') res.writeHead(Number(arg), { location: '/echo' }).end('moved')
    else if (route === 'userinfo') res.writeHead(302, { location: other.url.replace('//', '//u:p@') }).end()
    else if (route === 'hops')
      res.writeHead(302, { location: Number(arg) > 1 ? `/hops/${Number(arg) - 1}` : '/echo' }).end()
    else local(req, res)
  })
})
afterAll(async () => {
  await Promise.all([origin.close(), other.close(), ...TRANSPORTS.map((t) => t.close())])
})

describe.each(TRANSPORTS)('redirects through $name', (transport) => {
  const http = (options: Parameters<typeof createClient>[0] = {}): Client =>
    transport.client({ baseURL: origin.url, retry: false, ...options })

  it('a 307 POST to another origin keeps its body (Fetch semantics) and leaves every secret behind', async () => {
    const r = await http({ sensitiveHeaders: ['X-Tenant-Secret'] }).post('/to-other/307', {
      body: { a: 1 },
      headers: { ...SECRETS, 'x-request-id': '7' },
    })
    expect(r).toMatchObject({
      kind: 'ok',
      data: {
        method: 'POST',
        body: '{"a":1}',
        headers: {
          authorization: null,
          cookie: null,
          'proxy-authorization': null,
          'x-api-key': null,
          'x-auth-token': null,
          'x-csrf-token': null,
          'x-tenant-secret': null,
          'x-request-id': '7',
        },
      },
    })
  })

  it('without sensitiveHeaders, a custom header goes on and the defaults stay behind', async () => {
    const r = await http().get('/to-other/302', { headers: SECRETS })
    expect(r).toMatchObject({
      kind: 'ok',
      data: { headers: { 'x-api-key': null, 'x-tenant-secret': 'secret' } },
    })
  })

  it('a redirect on the same origin keeps every header', async () => {
    const r = await http({ sensitiveHeaders: ['x-tenant-secret'] }).get('/same/308', { headers: SECRETS })
    expect(r).toMatchObject({ kind: 'ok', data: { headers: SECRETS } })
  })

  it('a Location with user:password in it is not followed: networkError "redirect"', async () => {
    const before = otherHits.count
    const r = await http().get('/userinfo', { headers: SECRETS })
    expect(r).toMatchObject({ kind: 'networkError', code: 'redirect' })
    expect(otherHits.count).toBe(before)
  })

  it("redirect: 'manual' per call or per client gives the 3xx itself", async () => {
    const perCall = await http().get('/same/302', { redirect: 'manual' })
    expect(perCall).toMatchObject({ kind: 'found', status: 302, data: 'moved' })
    expect(perCall.kind === 'found' && perCall.headers.get('location')).toBe('/echo')
    const client = http({ redirect: 'manual' })
    expect(await client.get('/to-other/308')).toMatchObject({ kind: 'permanentRedirect', status: 308 })
    expect(await client.get('/to-other/308', { redirect: 'follow' })).toMatchObject({ kind: 'ok' })
  })

  it("redirect: 'error' makes a redirect a networkError with code 'redirect'", async () => {
    expect(await http({ redirect: 'error' }).get('/same/301')).toMatchObject({
      kind: 'networkError',
      code: 'redirect',
    })
  })

  it('a redirect body that never ends does not pin its socket', async () => {
    let closed!: Promise<void>
    const stalling = await startRawServer((socket) => {
      closed = new Promise((resolve) => socket.on('close', () => resolve()))
      // 3 of the 1000 bytes announced, then nothing.
      socket.write(`HTTP/1.1 302 Found\r\nLocation: ${other.url}/echo\r\nContent-Length: 1000\r\n\r\nabc`)
    })
    try {
      const r = await transport.client({ baseURL: stalling.url, retry: false }).get('/')
      expect(r.kind).toBe('ok')
      // Generous bound: the client closes the connection at once, the server sees it a moment later.
      await expect(settlesWithin(closed, 2_000)).resolves.toBe(true)
    } finally {
      await stalling.close()
    }
  })
})

describe('the undici transport', () => {
  it('closes at once after following a redirect whose body never ends', async () => {
    const stalling = await startRawServer((socket) => {
      socket.write(`HTTP/1.1 302 Found\r\nLocation: ${other.url}/echo\r\nContent-Length: 1000\r\n\r\nabc`)
    })
    const transport = createUndiciTransport()
    try {
      expect((await createClient({ baseURL: stalling.url, transport }).get('/')).kind).toBe('ok')
      await expect(settlesWithin(transport.close(), 2_000)).resolves.toBe(true)
    } finally {
      await stalling.close()
    }
  })

  it('follows at most maxRedirections, then gives networkError "redirect"', async () => {
    const transport = createUndiciTransport({ maxRedirections: 2 })
    try {
      const http = createClient({ baseURL: origin.url, transport, retry: false })
      expect(await http.get('/hops/2')).toMatchObject({ kind: 'ok' })
      expect(await http.get('/hops/3')).toMatchObject({ kind: 'networkError', code: 'redirect' })
    } finally {
      await transport.close()
    }
  })

  it('with maxRedirections: 0 hands every 3xx back, as redirect: manual does', async () => {
    const transport = createUndiciTransport({ maxRedirections: 0 })
    try {
      const http = createClient({ baseURL: origin.url, transport, retry: false })
      expect(await http.get('/same/307')).toMatchObject({ kind: 'temporaryRedirect', status: 307 })
      expect(await http.get('/same/307', { redirect: 'error' })).toMatchObject({ code: 'redirect' })
    } finally {
      await transport.close()
    }
  })
})

describe('HTTPS to HTTP', () => {
  let secure: { url: string; close(): Promise<void> }
  const insecure = new Agent({ connect: { rejectUnauthorized: false } })
  const undiciTransport = createUndiciTransport({ dispatcher: insecure })
  // The default transport, over undici's fetch, which takes a dispatcher that accepts the test certificate.
  const fetchOverInsecure: FetchFunction = (input, init) =>
    undiciFetch(input as string, { ...init, dispatcher: insecure } as never) as unknown as Promise<Response>
  beforeAll(async () => {
    const server = createHttpsServer(selfSignedCertificate(), (_req, res) => {
      res.writeHead(302, { location: `${other.url}/echo` }).end()
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    secure = {
      url: `https://127.0.0.1:${(server.address() as AddressInfo).port}`,
      close: () =>
        new Promise((resolve) => {
          server.closeAllConnections()
          server.close(() => resolve())
        }),
    }
  })
  afterAll(async () => {
    await Promise.all([secure.close(), undiciTransport.close()])
    await insecure.close()
  })

  it.each([
    ['fetch (default)', () => createClient({ baseURL: secure.url, fetch: fetchOverInsecure })],
    ['undici', () => createClient({ baseURL: secure.url, transport: undiciTransport })],
  ])('is never followed, through %s: networkError "redirect"', async (_name, make) => {
    const before = otherHits.count
    const r = await make().get('/', { headers: SECRETS })
    expect(r).toMatchObject({ kind: 'networkError', code: 'redirect' })
    expect(otherHits.count).toBe(before)
  })
})

describe('redirect options are checked', () => {
  it('a redirect mode that is not one is a UsageError, at createClient and per call', async () => {
    expect(() => createClient({ redirect: 'nofollow' as never })).toThrow(/\[honest-fetch\] redirect must be/)
    const http = createClient({ baseURL: origin.url })
    await expect(http.get('/echo', { redirect: 'none' as never })).rejects.toThrow(/redirect must be/)
  })

  it('a sensitiveHeaders entry that is not a header name is a UsageError', () => {
    expect(() => createClient({ sensitiveHeaders: ['x api key'] })).toThrow(
      /\[honest-fetch\] sensitiveHeaders/,
    )
  })
})

function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const late = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms)
  })
  return Promise.race([promise.then(() => true), late]).finally(() => clearTimeout(timer))
}

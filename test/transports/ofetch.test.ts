import { ofetch } from 'ofetch'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createClient } from '../../src/index.js'
import { createOfetchTransport } from '../../src/transport/ofetch.js'
import { closedPort, startHttpServer, type TestServer } from '../helpers/http-server.js'

// What only the ofetch transport does: the instance's base URL, headers and interceptors apply, and its own
// retries, timeout and thrown errors do not. The behaviour shared with every transport is in the other
// files of this folder (TRANSPORTS has an ofetch entry).

let server: TestServer
let hits = 0
beforeAll(async () => {
  server = await startHttpServer((req, res) => {
    hits++
    if (req.url?.endsWith('/unavailable')) {
      res.writeHead(503, { 'content-type': 'text/plain' }).end('down')
      return
    }
    if (req.url?.endsWith('/slow')) {
      setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end('{"late":true}'), 80)
      return
    }
    if (req.url?.endsWith('/lies')) {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"error":"User not found"}')
      return
    }
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(
        JSON.stringify({
          url: req.url,
          tenant: req.headers['x-tenant'] ?? null,
          intercepted: req.headers['x-intercepted'] ?? null,
          contentType: req.headers['content-type'] ?? null,
          body: Buffer.concat(chunks).toString(),
        }),
      )
    })
  })
})
afterAll(() => server.close())

/** An app's instance: a base URL with a path, a default header, and request and response interceptors. */
function appFetch(extra: Parameters<typeof ofetch.create>[0] = {}) {
  const seen: number[] = []
  const $fetch = ofetch.create({
    baseURL: `${server.url}/v1`,
    headers: { 'x-tenant': 'acme' },
    onRequest: ({ options }) => {
      options.headers.set('x-intercepted', 'yes')
    },
    onResponse: ({ response }) => {
      seen.push(response.status)
    },
    ...extra,
  })
  return { $fetch, seen }
}

describe('createOfetchTransport', () => {
  it('sends through the instance: its base URL, its headers and its interceptors apply', async () => {
    const { $fetch, seen } = appFetch()
    const transport = createOfetchTransport($fetch)
    const http = createClient({ baseURL: transport.baseURL, transport })
    const r = await http.post('/users?page=2', { body: { name: 'Ada' } })
    expect(r).toMatchObject({
      kind: 'ok',
      data: {
        url: '/v1/users?page=2',
        tenant: 'acme',
        intercepted: 'yes',
        contentType: 'application/json',
        body: '{"name":"Ada"}',
      },
    })
    expect(seen).toEqual([200])
  })

  it('a 503 is a result, retried by the client only, never by ofetch', async () => {
    const { $fetch } = appFetch({ retry: 3, retryDelay: 0, retryStatusCodes: [503] })
    const transport = createOfetchTransport($fetch)
    const http = createClient({ baseURL: transport.baseURL, transport, retry: false })
    hits = 0
    const r = await http.get('/unavailable')
    expect(r).toMatchObject({ kind: 'serviceUnavailable', attempts: 1, data: 'down' })
    expect(hits).toBe(1)
  })

  it("the instance's timeout does not cut a call the client lets run", async () => {
    const { $fetch } = appFetch({ timeout: 10 })
    const transport = createOfetchTransport($fetch)
    const http = createClient({ baseURL: transport.baseURL, transport, timeout: false })
    expect(await http.get('/slow')).toMatchObject({ kind: 'ok', data: { late: true } })
  })

  it("a 200 with an error payload is the client's protocolViolation", async () => {
    const transport = createOfetchTransport(appFetch().$fetch)
    const r = await createClient({ baseURL: transport.baseURL, transport }).get('/lies')
    expect(r).toMatchObject({ kind: 'protocolViolation', status: 200 })
  })

  it("a refused connection is a networkError with the runtime's error, not ofetch's FetchError", async () => {
    const transport = createOfetchTransport(ofetch.create({ baseURL: await closedPort() }))
    const r = await createClient({ baseURL: transport.baseURL, transport }).get('/x')
    expect(r).toMatchObject({ kind: 'networkError', code: 'refused' })
    expect(r.kind === 'networkError' && (r.error as Error).name).not.toBe('FetchError')
  })

  it('an absolute URL to another origin goes there as it is', async () => {
    const { $fetch } = appFetch()
    const transport = createOfetchTransport($fetch)
    const http = createClient({ baseURL: transport.baseURL, transport, allowOtherOrigins: true })
    const r = await http.get(`${server.url}/direct`)
    expect(r).toMatchObject({ kind: 'ok', data: { url: '/direct', intercepted: 'yes' } })
  })
})

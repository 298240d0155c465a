import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { STATUS_KINDS } from '../../src/index.js'
import { startHttpServer, type TestServer } from '../helpers/http-server.js'
import { comparable, TRANSPORTS } from './transports.js'

// Every status through a real response, on every transport: the core must not care which one answered.

let server: TestServer
beforeAll(async () => {
  server = await startHttpServer((req, res) => {
    const status = Number(req.url?.slice(1))
    const noBody = status === 204 || status === 205 || status === 304
    res.writeHead(status, noBody ? {} : { 'content-type': 'application/json' })
    res.end(noBody ? undefined : JSON.stringify({ status }))
  })
})
afterAll(async () => {
  await server.close()
  await Promise.all(TRANSPORTS.map((t) => t.close()))
})

const codes = Object.entries(STATUS_KINDS).filter(([code]) => code !== '407')

describe.each(TRANSPORTS)('every registered status through $name', (transport) => {
  const http = () => transport.client({ baseURL: server.url, retry: false })

  it.each(codes)('%s is %s', async (code, kind) => {
    const r = await http().get(`/${code}`)
    expect(r.kind === 'protocolViolation' ? r.statusKind : r.kind).toBe(kind)
    if ('status' in r) expect(r.status).toBe(Number(code))
  })

  it.each([
    [299, 'success'],
    [399, 'redirection'],
    [418, 'clientError'],
    [599, 'serverError'],
  ])('unregistered %i is %s', async (code, kind) => {
    expect((await http().get(`/${code}`)).kind).toBe(kind)
  })

  it(`407 is ${transport.surfaces407 ? 'proxyAuthenticationRequired' : 'a network error, as the Fetch standard requires'}`, async () => {
    const r = await http().get('/407')
    expect(r.kind).toBe(transport.surfaces407 ? 'proxyAuthenticationRequired' : 'networkError')
  })
})

describe('both transports give equal results', () => {
  const [first, ...others] = TRANSPORTS
  it.each(codes.map(([code]) => code))('for status %s, violations and all', async (code) => {
    if (first === undefined) throw new Error('no transport')
    const path = `/${code}`
    const expected = comparable(await first.client({ baseURL: server.url, retry: false }).get(path))
    for (const other of others) {
      const actual = comparable(await other.client({ baseURL: server.url, retry: false }).get(path))
      expect(actual, other.name).toEqual(expected)
    }
  })
})

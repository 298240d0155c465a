import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createClient, type Plugin } from '../../src/index.js'
import { fakeFetch, json } from '../helpers/fake-fetch.js'
import { startHttpServer, type TestServer } from '../helpers/http-server.js'
import { TRANSPORTS } from '../transports/transports.js'

const baseURL = 'https://api.example.com'

/** A plugin that writes what each of its hooks saw into `log`. */
function recorder(name: string, log: string[]): Plugin {
  return {
    name,
    onRequest: async ({ attempt, headers }) => {
      await Promise.resolve()
      log.push(`${name} request ${attempt} ${headers.get('x-seen') ?? ''}`)
      headers.set('x-seen', `${headers.get('x-seen') ?? ''}${name}`)
    },
    onAttempt: ({ result, request }) => void log.push(`${name} attempt ${request.attempt} ${result.kind}`),
    onRetry: ({ attempt }) => log.push(`${name} retry ${attempt}`),
    onViolation: (v) => log.push(`${name} violation ${v.rule}`),
    onResult: (r) => log.push(`${name} result ${r.kind}`),
  }
}

describe('plugins', () => {
  it('run in the order given, after the client options, with the call headers writable before each attempt (kept for the next)', async () => {
    const fetch = fakeFetch(json({}, { status: 503, headers: { 'retry-after': '0' } }), json({ error: 'no' }))
    const log: string[] = []
    const http = createClient({
      baseURL,
      fetch,
      onResult: (r) => log.push(`options result ${r.kind}`),
      plugins: [recorder('a', log), recorder('b', log)],
    })
    const r = await http.get('/x')
    expect(r.kind).toBe('protocolViolation')
    expect(fetch.requests.map((q) => q.headers.get('x-seen'))).toEqual(['ab', 'abab'])
    expect(log).toEqual([
      'a request 1 ',
      'b request 1 a',
      'a attempt 1 serviceUnavailable',
      'b attempt 1 serviceUnavailable',
      'a retry 1',
      'b retry 1',
      'a request 2 ab',
      'b request 2 aba',
      'a violation error-payload-in-success',
      'b violation error-payload-in-success',
      'a attempt 2 protocolViolation',
      'b attempt 2 protocolViolation',
      'options result protocolViolation',
      'a result protocolViolation',
      'b result protocolViolation',
    ])
  })

  it('extend keeps the parent plugins and appends its own', async () => {
    const log: string[] = []
    const parent = createClient({ baseURL, fetch: fakeFetch(json({})), plugins: [recorder('p', log)] })
    const child = parent.extend({ plugins: [recorder('c', log)] })
    await child.get('/x')
    expect(log.filter((line) => line.includes('result'))).toEqual(['p result ok', 'c result ok'])
    log.length = 0
    await parent.get('/x')
    expect(log.filter((line) => line.includes('result'))).toEqual(['p result ok'])
  })

  it('a replay asked by onAttempt is granted once, outside the retry limit, for any method', async () => {
    const fetch = fakeFetch(json({}, { status: 409 }))
    const asked: boolean[] = []
    const http = createClient({
      baseURL,
      fetch,
      retry: false,
      plugins: [
        {
          name: 'again',
          onAttempt: ({ mayReplay }) => {
            asked.push(mayReplay)
            return 'replay'
          },
        },
      ],
    })
    const r = await http.post('/x', { body: { a: 1 } })
    expect(r).toMatchObject({ kind: 'conflict', attempts: 2 })
    expect(asked).toEqual([true, false])
    expect(fetch.requests.map((q) => q.body)).toEqual(['{"a":1}', '{"a":1}'])
  })

  it('a ReadableStream body is never replayed (it cannot be sent twice)', async () => {
    const fetch = fakeFetch(json({}, { status: 409 }))
    const asked: boolean[] = []
    const http = createClient({
      baseURL,
      fetch,
      plugins: [
        {
          name: 'again',
          onAttempt: ({ mayReplay }) => {
            asked.push(mayReplay)
            return 'replay'
          },
        },
      ],
    })
    const body = new ReadableStream({
      start: (c) => {
        c.enqueue(new TextEncoder().encode('x'))
        c.close()
      },
    })
    const r = await http.post('/x', { body })
    expect(r).toMatchObject({ kind: 'conflict', attempts: 1 })
    expect(asked).toEqual([false])
  })
})

let server: TestServer
beforeAll(async () => {
  server = await startHttpServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ seen: req.headers['x-signed'] ?? null }))
  })
})
afterAll(async () => {
  await server.close()
  for (const t of TRANSPORTS) await t.close()
})

describe.each(TRANSPORTS)('a plugin on the wire ($name)', (transport) => {
  it('sends the header its onRequest set', async () => {
    const signer: Plugin = {
      name: 'signer',
      onRequest: ({ headers, method }) => headers.set('x-signed', method),
    }
    const r = await transport.client({ baseURL: server.url, plugins: [signer] }).get('/x')
    expect(r).toMatchObject({ kind: 'ok', data: { seen: 'GET' } })
  })
})

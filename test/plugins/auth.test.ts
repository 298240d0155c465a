import type { IncomingMessage, ServerResponse } from 'node:http'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { AuthOptions } from '../../src/index.js'
import { startHttpServer, type TestServer } from '../helpers/http-server.js'
import { TRANSPORTS } from '../transports/transports.js'

interface Seen {
  readonly method: string
  readonly authorization: string | undefined
  readonly body: string
}

let server: TestServer
let seen: Seen[] = []
/** What the server does with a request once its body is read; each test sets its own. */
let handle: (req: IncomingMessage, res: ServerResponse) => void

const send = (res: ServerResponse, status: number, headers: Record<string, string> = {}): void => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers })
  res.end(JSON.stringify({ status }))
}

/** Accepts `Bearer <valid()>` only; every other request is a 401. */
const acceptOnly =
  (valid: () => string) =>
  (req: IncomingMessage, res: ServerResponse): void =>
    send(res, req.headers.authorization === `Bearer ${valid()}` ? 200 : 401, { 'www-authenticate': 'Bearer' })

beforeAll(async () => {
  server = await startHttpServer((req, res) => {
    let body = ''
    req.on('data', (chunk: Buffer) => {
      body += chunk.toString()
    })
    req.on('end', () => {
      seen.push({ method: req.method ?? '', authorization: req.headers.authorization, body })
      handle(req, res)
    })
  })
})
beforeEach(() => {
  seen = []
})
afterAll(async () => {
  await server.close()
  for (const t of TRANSPORTS) await t.close()
})

/** A session whose refresh renews the token server-side, counting the refreshes. */
function session(renewTo: string | undefined) {
  const state = { token: 'old' as string | undefined, refreshes: 0 }
  const auth: AuthOptions = {
    token: () => state.token,
    refresh: async () => {
      state.refreshes++
      await new Promise((resolve) => setTimeout(resolve, 5))
      state.token = renewTo
      return renewTo
    },
  }
  return { state, auth }
}

describe.each(TRANSPORTS)('auth: one refresh, then a replay ($name)', (transport) => {
  it('100 concurrent calls that all get a 401 cause one refresh and 100 ok results after 2 attempts', async () => {
    const { state, auth } = session('new')
    // The 401s are held until all 100 requests have arrived, so every call meets the old token.
    const held: ServerResponse[] = []
    handle = (req, res) => {
      if (req.headers.authorization === 'Bearer new') return send(res, 200)
      held.push(res)
      if (held.length === 100) for (const r of held) send(r, 401)
    }
    const http = transport.client({ baseURL: server.url, auth })
    const results = await Promise.all(Array.from({ length: 100 }, (_, i) => http.get(`/items/${i}`)))
    expect(state.refreshes).toBe(1)
    expect(results.map((r) => `${r.kind} ${r.attempts}`)).toEqual(Array(100).fill('ok 2'))
    expect(seen.filter((s) => s.authorization === 'Bearer new')).toHaveLength(100)
  })

  it('replays a POST without an Idempotency-Key after a 401, body and all, and not after a 503', async () => {
    const { state, auth } = session('new')
    handle = acceptOnly(() => 'new')
    const http = transport.client({ baseURL: server.url, auth })
    const r = await http.post('/orders', { body: { sku: 7 } })
    expect(r).toMatchObject({ kind: 'ok', attempts: 2 })
    expect(seen.map((s) => [s.method, s.authorization, s.body])).toEqual([
      ['POST', 'Bearer old', '{"sku":7}'],
      ['POST', 'Bearer new', '{"sku":7}'],
    ])
    seen = []
    handle = (_req, res) => send(res, 503, { 'retry-after': '0' })
    expect(await http.post('/orders', { body: { sku: 7 } })).toMatchObject({
      kind: 'serviceUnavailable',
      attempts: 1,
    })
    expect(seen).toHaveLength(1)
    expect(state.refreshes).toBe(1)
  })

  it('a second 401 after the replay is the result, counting both attempts', async () => {
    const { state, auth } = session('new')
    handle = acceptOnly(() => 'never')
    const r = await transport.client({ baseURL: server.url, auth }).delete('/items/1')
    expect(r).toMatchObject({ kind: 'unauthorized', attempts: 2 })
    expect(state.refreshes).toBe(1)
  })

  it('refresh giving undefined ends with the first 401', async () => {
    const { state, auth } = session(undefined)
    handle = acceptOnly(() => 'new')
    const r = await transport.client({ baseURL: server.url, auth }).get('/x')
    expect(r).toMatchObject({ kind: 'unauthorized', attempts: 1 })
    expect(state.refreshes).toBe(1)
  })

  it('refresh throwing rejects every call waiting on it with its error, after one refresh', async () => {
    const failure = new Error('refresh token expired')
    let refreshes = 0
    const auth: AuthOptions = {
      token: () => 'old',
      refresh: async () => {
        refreshes++
        await new Promise((resolve) => setTimeout(resolve, 5))
        throw failure
      },
    }
    const held: ServerResponse[] = []
    handle = (_req, res) => {
      held.push(res)
      if (held.length === 3) for (const r of held) send(r, 401)
    }
    const http = transport.client({ baseURL: server.url, auth })
    const calls = [http.get('/a'), http.get('/b'), http.get('/c')]
    for (const call of calls) await expect(call).rejects.toBe(failure)
    expect(refreshes).toBe(1)
  })

  it('auth: false sends no token and never refreshes; a ReadableStream body is not replayed', async () => {
    const { state, auth } = session('new')
    handle = acceptOnly(() => 'new')
    const http = transport.client({ baseURL: server.url, auth })
    expect(await http.get('/public', { auth: false })).toMatchObject({ kind: 'unauthorized', attempts: 1 })
    expect(seen[0]?.authorization).toBeUndefined()
    const body = new ReadableStream<Uint8Array>({
      start: (c) => {
        c.enqueue(new TextEncoder().encode('chunk'))
        c.close()
      },
    })
    expect(await http.put('/upload', { body, headers: { 'content-type': 'text/plain' } })).toMatchObject({
      kind: 'unauthorized',
      attempts: 1,
    })
    expect(state.refreshes).toBe(0)
  })

  it('reads the token before every attempt, and sends it with the scheme asked for', async () => {
    const tokens = ['first', 'second']
    handle = (_req, res) => send(res, seen.length === 1 ? 503 : 200, { 'retry-after': '0' })
    const http = transport.client({
      baseURL: server.url,
      auth: { token: () => tokens.shift(), refresh: () => undefined, scheme: 'Token' },
    })
    expect(await http.get('/x')).toMatchObject({ kind: 'ok', attempts: 2 })
    expect(seen.map((s) => s.authorization)).toEqual(['Token first', 'Token second'])
  })

  it('clients made with extend share the single flight of their parent', async () => {
    const { state, auth } = session('new')
    const held: ServerResponse[] = []
    handle = (req, res) => {
      if (req.headers.authorization === 'Bearer new') return send(res, 200)
      held.push(res)
      if (held.length === 2) for (const r of held) send(r, 401)
    }
    const parent = transport.client({ baseURL: server.url, auth })
    const child = parent.extend({ headers: { 'x-child': '1' } })
    const results = await Promise.all([parent.get('/a'), child.get('/b')])
    expect(results.map((r) => `${r.kind} ${r.attempts}`)).toEqual(['ok 2', 'ok 2'])
    expect(state.refreshes).toBe(1)
  })

  it('a token the refresh replaced is not sent again, even when token() still gives it', async () => {
    let refreshes = 0
    handle = acceptOnly(() => 'new')
    const auth: AuthOptions = {
      token: () => 'old',
      refresh: () => {
        refreshes++
        return 'new'
      },
    }
    const http = transport.client({ baseURL: server.url, auth })
    expect(await http.get('/x')).toMatchObject({ kind: 'ok', attempts: 2 })
    expect(await http.get('/y')).toMatchObject({ kind: 'ok', attempts: 1 })
    expect(refreshes).toBe(1)
  })
})

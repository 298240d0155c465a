/**
 * What frameworks send by default, from a real server on both transports: the media type rules judge
 * these as the table tests say, and typed endpoints read a declared media type as declared.
 */
import type { ServerResponse } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { createApiClient, defineApi } from '../../src/index.js'
import { startHttpServer, type TestServer } from '../helpers/http-server.js'
import { TRANSPORTS } from '../transports/transports.js'

const PAGE = '<!DOCTYPE html><html><head><title>Sign in</title></head><body>Sign in</body></html>'

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) })
  res.end(body)
}

const ROUTES: Readonly<Record<string, (res: ServerResponse) => void>> = {
  // express res.sendStatus(201)
  '/created': (res) => send(res, 201, 'text/plain; charset=utf-8', 'Created'),
  // express res.send('OK')
  '/ok-html': (res) => send(res, 200, 'text/html; charset=utf-8', 'OK'),
  // express's automatic OPTIONS reply
  '/options': (res) => send(res, 200, 'text/plain; charset=utf-8', 'GET,HEAD'),
  '/login': (res) => send(res, 200, 'text/html; charset=utf-8', PAGE),
  '/mcp': (res) => send(res, 200, 'text/event-stream', 'data: {}\n\n'),
  '/ndjson': (res) => send(res, 200, 'application/x-ndjson', '{"a":1}\n'),
  '/repo': (res) => send(res, 200, 'application/vnd.github.object', '{"name":"honest-fetch"}'),
  '/health': (res) => send(res, 200, 'text/plain', 'healthy'),
  '/json-text': (res) => send(res, 200, 'text/plain', '{"id":1}'),
  '/php': (res) => send(res, 200, 'text/html', '{"success":false,"message":"Invalid API key"}'),
}

let server: TestServer
beforeAll(async () => {
  server = await startHttpServer((req, res) => {
    const route = ROUTES[req.url ?? '']
    if (route) route(res)
    else send(res, 404, 'text/plain', 'Not Found')
  })
})
afterAll(async () => {
  await server.close()
  for (const entry of TRANSPORTS) await entry.close()
})

const api = defineApi({
  create: { method: 'POST', path: '/created', responses: { 201: null } },
  repo: {
    method: 'GET',
    path: '/repo',
    responses: {
      200: {
        contentType: 'application/vnd.github.object',
        format: 'json',
        schema: z.object({ name: z.string() }),
      },
    },
  },
  health: {
    method: 'GET',
    path: '/health',
    responses: { 200: { contentType: 'text/plain', schema: z.string() } },
  },
  login: { method: 'GET', path: '/login', responses: { 200: z.object({ id: z.string() }) } },
})

const rules = (r: { violations: readonly { rule: string; severity: string }[] }) =>
  r.violations.map((v) => `${v.rule}:${v.severity}`)

describe.each(TRANSPORTS)('media types on the wire ($name)', (entry) => {
  it.each([
    ['express sendStatus(201)', 'POST', '/created', {}, 'created', []],
    ['res.send("OK") as text/html', 'GET', '/ok-html', {}, 'ok', []],
    ['the automatic OPTIONS reply', 'OPTIONS', '/options', {}, 'ok', []],
    [
      'a login page where JSON was asked for',
      'GET',
      '/login',
      {},
      'protocolViolation',
      ['unexpected-content-type:error'],
    ],
    ['SSE to an MCP client', 'GET', '/mcp', { accept: 'application/json, text/event-stream' }, 'ok', []],
    ['NDJSON where NDJSON was asked for', 'GET', '/ndjson', { accept: 'application/x-ndjson' }, 'ok', []],
    [
      'a vendor JSON type asked for by name',
      'GET',
      '/repo',
      { accept: 'application/vnd.github.object' },
      'ok',
      [],
    ],
    ['a text body where JSON was asked for', 'GET', '/health', {}, 'ok', ['unexpected-content-type:warn']],
    [
      'JSON labelled text/html carrying an error',
      'GET',
      '/php',
      {},
      'protocolViolation',
      ['error-payload-in-success:error', 'unexpected-content-type:warn'],
    ],
  ] as const)('%s', async (_name, method, path, headers, kind, expected) => {
    const r = await entry.client({ baseURL: server.url }).request(method, path, { headers })
    expect(r.kind).toBe(kind)
    expect('violations' in r ? rules(r) : r).toEqual(expected)
  })

  it('reads JSON labelled text/plain as JSON only where JSON was asked for', async () => {
    const client = entry.client({ baseURL: server.url })
    expect(await client.get('/json-text')).toMatchObject({ data: { id: 1 } })
    expect(await client.get('/json-text', { headers: { accept: '*/*' } })).toMatchObject({
      data: '{"id":1}',
      violations: [],
    })
  })

  it('reads each declared media type as declared', async () => {
    const typed = createApiClient(api, entry.client({ baseURL: server.url }))
    expect(await typed.create()).toMatchObject({ kind: 'created', ok: true, violations: [] })
    expect(await typed.repo()).toMatchObject({ kind: 'ok', data: { name: 'honest-fetch' }, violations: [] })
    expect(await typed.health()).toMatchObject({ kind: 'ok', data: 'healthy', violations: [] })
    expect(rules(await typed.login())).toEqual(['unexpected-content-type:error'])
  })
})

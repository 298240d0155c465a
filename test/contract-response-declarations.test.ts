import type { IncomingMessage, ServerResponse } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { createApiClient, defineApi, UsageError } from '../src/index.js'
import { startHttpServer, type TestServer } from './helpers/http-server.js'

const Repo = z.object({ name: z.string() })
const Row = z.object({ id: z.number() })
const api = defineApi({
  listRepos: {
    method: 'GET',
    path: '/repos',
    responses: { 200: { schema: z.array(Repo), headers: z.object({ link: z.string().optional() }) } },
  },
  createRepo: {
    method: 'POST',
    path: '/repos',
    responses: { 201: { schema: Repo, headers: z.object({ location: z.string() }) } },
  },
  ping: {
    method: 'GET',
    path: '/ping',
    responses: { 204: { headers: z.object({ 'x-ratelimit-remaining': z.string().regex(/^\d+$/) }) } },
  },
  rowsFor: {
    method: 'GET',
    path: '/rows/:team',
    // A request headers schema strips the keys it does not name, as generated ones do.
    headers: z.object({ 'x-team-token': z.string() }),
    responses: {
      200: { content: { 'application/json': z.array(Row), 'text/csv': { format: 'text' } } },
    },
  },
  rows: {
    method: 'GET',
    path: '/rows',
    responses: {
      200: {
        content: {
          'application/json': z.array(Row),
          'text/csv': { format: 'text', schema: z.string().startsWith('id\n') },
        },
      },
    },
  },
})

/** What the server is to answer next, and the Accept each request came with. */
let answer: { status: number; headers: Record<string, string>; body: string } = {
  status: 200,
  headers: {},
  body: '',
}
const accepts: (string | undefined)[] = []
let server: TestServer
beforeAll(async () => {
  server = await startHttpServer((req: IncomingMessage, res: ServerResponse) => {
    accepts.push(req.headers.accept)
    res.writeHead(answer.status, answer.headers)
    res.end(answer.body)
  })
})
afterAll(() => server.close())

const client = () => createApiClient(api, { baseURL: server.url, retry: false })
const json = (value: unknown) => ({ 'content-type': 'application/json', body: JSON.stringify(value) })
function respond(status: number, headers: Record<string, string>, body = ''): void {
  answer = { status, headers, body }
}

describe('a status that declares response headers', () => {
  it('validates them and keeps result.headers the response Headers', async () => {
    const { body, ...type } = json([{ name: 'a' }])
    respond(200, { ...type, link: '<https://x.test/repos?page=2>; rel="next"' }, body)
    const r = await client().listRepos()
    expect(r).toMatchObject({ kind: 'ok', data: [{ name: 'a' }] })
    if (r.kind !== 'ok') throw new Error(r.kind)
    expect(r.headers).toBeInstanceOf(Headers)
    expect(r.headers.get('link')).toBe('<https://x.test/repos?page=2>; rel="next"')
  })

  it('passes an optional header that is absent', async () => {
    const { body, ...type } = json([])
    respond(200, type, body)
    expect(await client().listRepos()).toMatchObject({ kind: 'ok', data: [] })
  })

  it('makes a missing required header schemaMismatch, its issue path under headers', async () => {
    const { body, ...type } = json({ name: 'a' })
    respond(201, type, body)
    const r = await client().createRepo()
    expect(r).toMatchObject({ kind: 'schemaMismatch', statusKind: 'created', data: { name: 'a' } })
    expect(r.kind === 'schemaMismatch' && r.issues.map((issue) => issue.path)).toEqual([
      ['headers', 'location'],
    ])
  })

  it('lists the body issues and the header issues together', async () => {
    const { body, ...type } = json({ name: 1 })
    respond(201, type, body)
    const r = await client().createRepo()
    expect(r.kind === 'schemaMismatch' && r.issues.map((issue) => issue.path)).toEqual([
      ['name'],
      ['headers', 'location'],
    ])
  })

  it('checks headers on a status without a body', async () => {
    respond(204, { 'x-ratelimit-remaining': 'many' })
    const bad = await client().ping()
    expect(bad.kind === 'schemaMismatch' && bad.issues[0]?.path).toEqual(['headers', 'x-ratelimit-remaining'])
    respond(204, { 'x-ratelimit-remaining': '59' })
    expect(await client().ping()).toMatchObject({ kind: 'noContent', ok: true, data: undefined })
  })
})

describe('a status that declares several media types', () => {
  it('reads JSON with the JSON declaration', async () => {
    const { body, ...type } = json([{ id: 1 }])
    respond(200, type, body)
    expect(await client().rows()).toMatchObject({ kind: 'ok', data: [{ id: 1 }], violations: [] })
  })

  it('reads CSV as text and validates it with the CSV declaration', async () => {
    respond(200, { 'content-type': 'text/csv; charset=utf-8' }, 'id\n1\n')
    expect(await client().rows()).toMatchObject({ kind: 'ok', data: 'id\n1\n', violations: [] })
    respond(200, { 'content-type': 'text/csv' }, 'name\nx\n')
    expect(await client().rows()).toMatchObject({ kind: 'schemaMismatch', data: 'name\nx\n' })
  })

  it('checks a media type it does not declare against the first, as a single declaration is', async () => {
    respond(200, { 'content-type': 'text/plain' }, 'id\n1\n')
    expect(await client().rows()).toMatchObject({
      kind: 'protocolViolation',
      violations: [{ rule: 'unexpected-content-type', severity: 'error' }],
    })
  })
})

describe('the Accept a typed call sends', () => {
  it('names the media types the 2xx declare, in order, once each', async () => {
    respond(200, json([]))
    accepts.length = 0
    await client().rows()
    await client().listRepos()
    expect(accepts).toEqual(['application/json, text/csv', 'application/json'])
  })

  it('is the one media type the call asks for with accept', async () => {
    respond(200, { 'content-type': 'text/csv' }, 'id\n')
    accepts.length = 0
    expect(await client().rows({ accept: 'text/csv' })).toMatchObject({ kind: 'ok', data: 'id\n' })
    expect(accepts).toEqual(['text/csv'])
  })

  it('is sent beside a request headers schema, which strips what it does not name', async () => {
    respond(200, { 'content-type': 'text/csv' }, 'id\n')
    accepts.length = 0
    const input = { params: { team: 'a' }, headers: { 'x-team-token': 't' } }
    expect(await client().rowsFor({ ...input, accept: 'text/csv' })).toMatchObject({
      kind: 'ok',
      data: 'id\n',
    })
    await client().rowsFor(input)
    expect(accepts).toEqual(['text/csv', 'application/json, text/csv'])
  })

  it('gives way to an Accept header the call sets', async () => {
    respond(200, { 'content-type': 'text/csv' }, 'id\n')
    accepts.length = 0
    await client().rows({ accept: 'text/csv', headers: { accept: 'text/*' } })
    expect(accepts).toEqual(['text/*'])
  })
})

describe('defineApi checks the new declarations', () => {
  it.each([
    [{ content: { 'text/csv': null }, contentType: 'text/csv' }, /content that is empty or beside/],
    [{ content: { 'text/csv': null }, schema: Repo }, /beside contentType, format or schema/],
    [{ content: {} }, /has content that is empty/],
    [{ content: { csv: null } }, /content "csv" that has contentType "csv"; give a media type/],
    [{ content: { 'text/csv': { format: 'csv' } } }, /content "text\/csv" that has format "csv"/],
    [{ content: { 'text/csv': { schema: 'text' } } }, /content "text\/csv" that has a schema that is not/],
    [{ content: { 'text/csv': 'text' } }, /content "text\/csv" that is not a Standard Schema/],
    [{ schema: Repo, headers: { link: 'string' } }, /has headers that are not a Standard Schema/],
    [{ format: 'text' }, /is not a Standard Schema .* or a \{ schema\?, content\?, headers\? \}/],
  ])('refuses %o', (declared, message) => {
    const endpoint = { method: 'GET', path: '/x', responses: { 200: declared } }
    expect(() => defineApi({ e: endpoint } as never)).toThrow(UsageError)
    expect(() => defineApi({ e: endpoint } as never)).toThrow(message)
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type AuditReport, audit } from '../../src/cli/audit/audit.js'
import { startHttpServer, type TestServer } from '../helpers/http-server.js'
import { DESCRIPTION, honestApp, lyingApp, serve, TOKEN } from './apis.js'

const openapi = DESCRIPTION as unknown as Record<string, unknown>

function finding(report: AuditReport, operation: string, probe: string) {
  const found = report.findings.find((f) => f.operation === operation && f.probe === probe)
  if (found === undefined) throw new Error(`no finding for ${operation} ${probe}`)
  return found
}

describe('an honest API', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await serve(honestApp())
  })
  afterAll(() => server.close())

  it('passes every probe of every operation, unsafe methods included', async () => {
    const report = await audit({
      openapi,
      baseURL: server.url,
      headers: { authorization: TOKEN },
      unsafe: true,
    })
    expect(report.summary).toEqual({ pass: 14, fail: 0, warn: 0 })
    expect(report.skipped).toEqual([])
    expect(new Set(report.findings.map((f) => f.probe))).toEqual(
      new Set(['valid', 'no-credentials', 'malformed-json', 'invalid-body', 'unknown-id', 'wrong-method']),
    )
    expect(finding(report, 'POST /users', 'invalid-body')).toMatchObject({
      status: 422,
      kind: 'unprocessableEntity',
    })
  })

  it('probes only GET, HEAD and OPTIONS unless told --unsafe, and says what it left out', async () => {
    const report = await audit({ openapi, baseURL: server.url, headers: { authorization: TOKEN } })
    expect(report.findings.map((f) => f.operation)).not.toContain('POST /users')
    expect(report.skipped.map((s) => s.operation)).toEqual(['POST /users', 'DELETE /users/{id}'])
  })

  it('warns, not fails, when no credentials were given and probes stop at authentication', async () => {
    const report = await audit({ openapi, baseURL: server.url })
    for (const probe of ['valid', 'unknown-id']) {
      expect(finding(report, 'GET /users/{id}', probe)).toMatchObject({ status: 401, verdict: 'warn' })
      expect(finding(report, 'GET /users/{id}', probe).reason).toContain('pass credentials with --header')
    }
    expect(finding(report, 'GET /users/{id}', 'no-credentials').verdict).toBe('pass')
  })
})

describe('an API that lies', () => {
  let server: TestServer
  let report: AuditReport
  beforeAll(async () => {
    server = await serve(lyingApp())
    report = await audit({ openapi, baseURL: server.url, headers: { authorization: TOKEN }, unsafe: true })
  })
  afterAll(() => server.close())

  it('fails a 401 without WWW-Authenticate, on every protected operation', () => {
    for (const operation of ['GET /users/{id}', 'POST /users', 'DELETE /users/{id}']) {
      const f = finding(report, operation, 'no-credentials')
      expect(f).toMatchObject({ status: 401, verdict: 'fail' })
      expect(f.violations.map((v) => v.rule)).toContain('missing-www-authenticate')
    }
  })

  it('fails a 200 with an error payload for an id that names nothing', () => {
    const f = finding(report, 'GET /users/{id}', 'unknown-id')
    expect(f).toMatchObject({ status: 200, kind: 'protocolViolation', verdict: 'fail' })
    expect(f.violations.map((v) => v.rule)).toContain('error-payload-in-success')
  })

  it('fails a plain 200 for deleting an id that names nothing', () => {
    expect(finding(report, 'DELETE /users/{id}', 'unknown-id')).toMatchObject({
      status: 200,
      verdict: 'fail',
    })
  })

  it('fails a 500 for malformed JSON', () => {
    const f = finding(report, 'POST /users', 'malformed-json')
    expect(f).toMatchObject({ status: 500, verdict: 'fail' })
    expect(f.reason).toContain('expected 400')
  })

  it('fails a 200 with an error payload for a body that breaks the schema', () => {
    const f = finding(report, 'POST /users', 'invalid-body')
    expect(f).toMatchObject({ status: 200, verdict: 'fail' })
    expect(f.violations.map((v) => v.rule)).toContain('error-payload-in-success')
  })

  it('fails a 200 for a method the path does not list', () => {
    for (const operation of ['PATCH /health', 'GET /users', 'PATCH /users/{id}'])
      expect(finding(report, operation, 'wrong-method')).toMatchObject({ status: 200, verdict: 'fail' })
  })

  it('passes what the lying API gets right, and counts the rest', () => {
    expect(report.summary).toEqual({ pass: 4, fail: 10, warn: 0 })
    expect(finding(report, 'GET /users/{id}', 'valid').verdict).toBe('pass')
  })
})

describe('a wrong method', () => {
  it.each([
    [{ allow: 'GET' }, 'pass'],
    [{}, 'fail'],
  ])('is 405 with Allow: %o gives %s', async (headers, verdict) => {
    const server = await startHttpServer((_req, res) => res.writeHead(405, headers).end())
    try {
      const report = await audit({ openapi, baseURL: server.url, unsafe: true })
      const f = finding(report, 'PATCH /health', 'wrong-method')
      expect(f).toMatchObject({ status: 405, verdict })
      if (verdict === 'fail') expect(f.reason).toContain('missing-allow')
    } finally {
      await server.close()
    }
  })

  it('is only GET without unsafe, on a path that does not list GET', async () => {
    const server = await serve(honestApp())
    try {
      const report = await audit({ openapi, baseURL: server.url, headers: { authorization: TOKEN } })
      expect(report.findings.filter((f) => f.probe === 'wrong-method').map((f) => f.operation)).toEqual([
        'GET /users',
      ])
    } finally {
      await server.close()
    }
  })
})

describe('descriptions the audit reads', () => {
  it('sends no body on a GET that declares one, since fetch cannot', async () => {
    const server = await startHttpServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ method: req.method }))
    })
    const body = { content: { 'application/json': { schema: { type: 'object' } } } }
    const doc = {
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: { '/search': { get: { requestBody: body, responses: { 200: { description: 'ok' } } } } },
    }
    try {
      const report = await audit({ openapi: doc, baseURL: server.url })
      expect(report.findings.map((f) => [f.probe, f.kind, f.verdict])).toEqual([['valid', 'ok', 'pass']])
    } finally {
      await server.close()
    }
  })

  it('warns about a value of the description the client will not send, and sends the other probes', async () => {
    const server = await startHttpServer((_req, res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}'),
    )
    const header = {
      name: 'x-trace',
      in: 'header',
      required: true,
      schema: { type: 'string' },
      example: 'a\nb',
    }
    const ok = { 200: { description: 'ok' } }
    const paths = { '/a': { get: { parameters: [header], responses: ok } }, '/b': { get: { responses: ok } } }
    try {
      const report = await audit({
        openapi: { openapi: '3.0.3', info: { title: 't', version: '1' }, paths },
        baseURL: server.url,
      })
      expect(report.findings.map((f) => [f.operation, f.kind, f.verdict])).toEqual([
        ['GET /a', 'notSent', 'warn'],
        ['GET /b', 'ok', 'pass'],
      ])
      expect(report.findings[0]?.reason).toContain('CR, LF or NUL')
    } finally {
      await server.close()
    }
  })
})

describe('bounds', () => {
  it('reports a redirect instead of following it to a host the user did not name', async () => {
    let elsewhere = 0
    const other = await startHttpServer((_req, res) => {
      elsewhere += 1
      res.end('{}')
    })
    const server = await startHttpServer((_req, res) => {
      res.writeHead(302, { location: `${other.url.replace('127.0.0.1', 'localhost')}/health` }).end()
    })
    try {
      const report = await audit({ openapi, baseURL: server.url })
      const f = finding(report, 'GET /health', 'valid')
      expect(f).toMatchObject({ status: 302, verdict: 'warn' })
      expect(f.reason).toContain('redirects are not followed')
      expect(elsewhere).toBe(0)
    } finally {
      await Promise.all([server.close(), other.close()])
    }
  })

  it('fails a probe the server does not answer within the per-request timeout, and settles', async () => {
    const server = await startHttpServer(() => {})
    try {
      const started = Date.now()
      const report = await audit({ openapi, baseURL: server.url, timeout: 100, maxTime: 5_000 })
      expect(finding(report, 'GET /health', 'valid')).toMatchObject({
        kind: 'timeout',
        status: null,
        verdict: 'fail',
      })
      expect(Date.now() - started).toBeLessThan(3_000)
    } finally {
      await server.close()
    }
  })

  it('ends the whole audit at maxTime, failing what was not answered', async () => {
    const server = await startHttpServer(() => {})
    try {
      const report = await audit({
        openapi,
        baseURL: server.url,
        timeout: 5_000,
        maxTime: 150,
        concurrency: 1,
      })
      expect(report.findings.every((f) => f.verdict === 'fail' && f.kind === 'aborted')).toBe(true)
      expect(report.findings[0]?.reason).toContain('time limit')
    } finally {
      await server.close()
    }
  })

  it.each([
    [{ timeout: 0 }, 'timeout'],
    [{ maxTime: 2 ** 31 }, 'maxTime'],
    [{ concurrency: 1.5 }, 'concurrency'],
  ])('rejects %o with a UsageError naming %s', async (bad, name) => {
    await expect(audit({ openapi, baseURL: 'http://127.0.0.1:9', ...bad })).rejects.toThrow(
      new RegExp(`^\\[honest-fetch\\] ${name} must be`),
    )
  })
})

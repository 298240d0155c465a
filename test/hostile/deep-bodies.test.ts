import type { StandardSchemaV1 } from '@standard-schema/spec'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { createApiClient, defineApi } from '../../src/index.js'
import { createUndiciTransport } from '../../src/transport/undici.js'
import { startHttpServer, type TestServer } from '../helpers/http-server.js'
import { TRANSPORTS } from '../transports/transports.js'

// Issue 13 items 5-7: bodies nested thousands of levels deep, which JSON.parse reads without trouble, used
// to overflow the stack of whatever walked them next, and each overflow ended in a wrong verdict.

const DEPTH = 10_000
const nested = (inner: string): string => `${'['.repeat(DEPTH)}${inner}${']'.repeat(DEPTH)}`

// Typed clients take a transport directly: the default one, and undici's.
const undici = createUndiciTransport()
const API_TRANSPORTS = [
  { name: 'fetch (default)', transport: undefined },
  { name: 'undici', transport: undici },
] as const

const servers: TestServer[] = []
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()))
  await Promise.all(TRANSPORTS.map((t) => t.close()))
  await undici.close()
})

/** A server that answers every request 200 with `body` as JSON. */
async function serving(body: string): Promise<string> {
  const server = await startHttpServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(body)
  })
  servers.push(server)
  return server.url
}

/** The innermost value of `DEPTH` nested one-element arrays. */
function innermost(value: unknown): unknown {
  let inner = value
  for (let i = 0; i < DEPTH; i++) inner = (inner as unknown[])[0]
  return inner
}

const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort()
afterEach(() => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys)
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
})

describe.each(TRANSPORTS)('a body nested 10,000 levels deep, through $name', (transport) => {
  const client = (baseURL: string) => transport.client({ baseURL, retry: false, timeout: 5_000 })

  it('a 200 whose error is buried in nesting is still a protocolViolation', async () => {
    const url = await serving(`{"error":${nested('"User not found"')}}`)
    const r = await client(url).get('/')
    expect(r.kind).toBe('protocolViolation')
    expect(r.violations.map((v) => `${v.rule}:${v.severity}`)).toEqual(['error-payload-in-success:error'])
    expect(r.violations[0]?.message).toContain('error: [[[')
  })

  it.each([
    ['a __proto__ key', '{"__proto__":{"polluted":true},"kept":1}', { kept: 1 }],
    [
      'a constructor.prototype key',
      '{"constructor":{"prototype":{"polluted":true},"name":"c"}}',
      { constructor: { name: 'c' } },
    ],
    ['a \\u00XX escape', '{"caf\\u00e9":"ol\\u00e9"}', { café: 'olé' }],
    ['an escaped __proto__', '{"\\u005f_proto__":{"polluted":true},"kept":2}', { kept: 2 }],
  ])(
    'valid JSON with %s is ok, with the dangerous keys dropped at any depth',
    async (_name, inner, expected) => {
      const url = await serving(`{"top":${inner},"deep":${nested(inner)}}`)
      const r = await client(url).get('/')
      expect(r.kind).toBe('ok')
      const data = r.kind === 'ok' ? (r.data as { top: unknown; deep: unknown }) : undefined
      expect(data?.top).toEqual(expected)
      expect(innermost(data?.deep)).toEqual(expected)
      expect(Object.hasOwn(data?.top as object, '__proto__')).toBe(false)
      const merged: Record<string, unknown> = Object.assign({}, data?.top, innermost(data?.deep))
      expect(merged.polluted).toBeUndefined()
    },
  )
})

describe.each(API_TRANSPORTS)('a schema that throws or rejects, through $name', ({ transport }) => {
  it('a recursive schema that overflows on it gives schemaMismatch, the error among its issues', async () => {
    type Tree = string | Tree[]
    const Tree: z.ZodType<Tree> = z.lazy(() => z.union([z.string(), z.array(Tree)]))
    const api = defineApi({ tree: { method: 'GET', path: '/', responses: { 200: Tree } } })
    const url = await serving(nested('"leaf"'))
    const r = await createApiClient(api, {
      baseURL: url,
      retry: false,
      ...(transport && { transport }),
    }).tree()
    expect(r.kind).toBe('schemaMismatch')
    if (r.kind !== 'schemaMismatch') return
    expect(r.statusKind).toBe('ok')
    expect(innermost(r.data)).toBe('leaf')
    expect(r.issues[0]?.message).toMatch(/^The schema threw instead of validating \(RangeError: /)
    expect((r.issues[0] as { cause?: unknown }).cause).toBeInstanceOf(RangeError)
  })

  const throwing = (validate: () => never | Promise<never>): StandardSchemaV1 => ({
    '~standard': { version: 1, vendor: 'test', validate },
  })

  it.each([
    [
      'throws',
      () => {
        throw new TypeError('schema bug')
      },
    ],
    ['rejects', () => Promise.reject(new TypeError('schema bug'))],
  ])('a schema that %s on a body is a schemaMismatch, not a networkError', async (_name, validate) => {
    const url = await serving('{"id":1}')
    const api = defineApi({ get: { method: 'GET', path: '/', responses: { 200: throwing(validate) } } })
    const r = await createApiClient(api, {
      baseURL: url,
      retry: false,
      ...(transport && { transport }),
    }).get()
    expect(r.kind).toBe('schemaMismatch')
    if (r.kind !== 'schemaMismatch') return
    expect(r.data).toEqual({ id: 1 })
    expect(r.issues).toEqual([
      {
        message: 'The schema threw instead of validating (TypeError: schema bug).',
        cause: expect.any(TypeError),
      },
    ])
  })
})

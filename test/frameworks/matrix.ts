import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Client, ClientOptions, HttpResult, RetryInfo } from '../../src/index.js'
import type { TestServer } from '../helpers/http-server.js'
import { TRANSPORTS, type TransportEntry } from '../transports/transports.js'

/**
 * The real-framework matrix: each framework is started with its defaults (no custom error handling) and
 * every row sends one request and asserts the result's kind and its violations, as `rule:severity`.
 * The verdicts are the targets of issue 12: no correct framework default may produce an `error`.
 */

/** One request and its verdict. */
export type Row = readonly [
  what: string,
  request: `${string} /${string}`,
  options: RowOptions,
  kind: HttpResult['kind'] | PerTransport,
  violations: readonly `${string}:${'error' | 'warn'}`[],
]

/** A kind that differs by transport, for the one row where fetch itself changes the request. */
export type PerTransport = Readonly<Record<string, HttpResult['kind']>>

/**
 * A conditional GET: Node's fetch adds `Cache-Control: no-cache` to a request that carries If-None-Match
 * (Fetch standard, HTTP-network-or-cache fetch: the cache mode becomes "no-store"), and the `fresh` module
 * of express, koa and @fastify/send then sends the full 200, as RFC 9111 §5.2.1.4 allows; undici sends the
 * request as written and gets the 304. ofetch sends through fetch.
 */
export const REVALIDATED_UNLESS_NO_CACHE: PerTransport = {
  'fetch (default)': 'ok',
  undici: 'notModified',
  ofetch: 'ok',
}

export interface RowOptions {
  readonly accept?: string
  readonly headers?: Readonly<Record<string, string>>
  /** A plain object is sent as JSON; a string is sent as it is, labelled with `type`. */
  readonly body?: unknown
  readonly type?: string
  /** First GET the same path and send its ETag back in If-None-Match. */
  readonly conditional?: boolean
}

/** What the framework-specific tests of a matrix get. */
export interface MatrixContext {
  readonly transport: TransportEntry
  readonly url: () => string
  readonly client: (options?: ClientOptions) => Client
}

/** Static files every framework serves under `/static/`. */
export const STATIC_DIR = fileURLToPath(new URL('./static/', import.meta.url))

/** A body over every framework's default JSON limit (100 kB for express and Nest, 1 MiB elsewhere). */
export const OVERSIZE = JSON.stringify({ blob: 'x'.repeat(1_100_000) })

/** A body in a type no framework here parses by default. */
export const WRONG_TYPE: RowOptions = { body: '<user name="Ada"/>', type: 'application/xml' }

/** The classic bad example, the lie honest-fetch exists to catch. */
export const CLASSIC_LIE = { error: 'User not found' }

/** The MCP-style Accept: JSON or a stream of server-sent events, either is what was asked for. */
export const JSON_OR_SSE = 'application/json, text/event-stream'

/** Two events, then the end, so an untyped call can read the whole stream as text. */
export const SSE_BODY = 'event: greeting\ndata: {"hello":"world"}\n\ndata: bye\n\n'

export const NDJSON_BODY = '{"id":1}\n{"id":2}\n'

/** A verdict on one line, `kind rule:severity ...`, so a failing row shows both sides whole. */
export function verdict(kind: string, violations: readonly string[]): string {
  return [kind, ...violations].join(' ')
}

export function verdictOf(result: HttpResult): string {
  return verdict(
    result.kind,
    result.violations.map((v) => `${v.rule}:${v.severity}`),
  )
}

async function send(http: Client, [, request, options]: Row): Promise<HttpResult> {
  const [method = 'GET', path = '/'] = request.split(' ')
  const headers: Record<string, string> = { ...options.headers }
  if (options.accept !== undefined) headers.accept = options.accept
  if (options.type !== undefined) headers['content-type'] = options.type
  if (options.conditional) {
    const first = await http.get(path, { headers })
    const etag = 'headers' in first ? first.headers.get('etag') : null
    if (etag === null) throw new Error(`${path} sent no ETag, so no conditional GET can follow`)
    headers['if-none-match'] = etag
  }
  return http.request(method, path, { headers, body: options.body })
}

/**
 * Runs `rows` against the server `start` returns, on every transport; `more` adds the tests of this
 * framework that need more than one request.
 */
export function describeMatrix(
  name: string,
  start: () => Promise<TestServer>,
  rows: readonly Row[],
  more?: (context: MatrixContext) => void,
): void {
  describe.each(TRANSPORTS)(`${name} through $name`, (transport) => {
    let server: TestServer | undefined
    beforeAll(async () => {
      server = await start()
    })
    afterAll(async () => {
      await server?.close()
      await transport.close()
    })
    const url = (): string => {
      if (server === undefined) throw new Error(`${name} did not start`)
      return server.url
    }
    const client = (options: ClientOptions = {}): Client =>
      transport.client({ baseURL: url(), retry: false, ...options })

    it.each(rows)('%s: %s', async (...row) => {
      const [, , , expected, violations] = row
      const kind = typeof expected === 'string' ? expected : expected[transport.name]
      const actual = verdictOf(await send(client(), row))
      expect(actual, `got ${actual}`).toBe(verdict(kind ?? 'unknown', violations))
    })
    more?.({ transport, url, client })
  })
}

/**
 * Limiters with a 1 s window and a limit of 1, one behind each path: the second request gets a 429 that
 * announces 1 s, and the client must wait that second (plus its added jitter, at most 10%), not back off
 * blindly (0-300 ms), then succeed. The paths run side by side, so the test takes one window. The wait is
 * the core's retry loop, the same whatever sends the requests (the 429 rows run on every transport), so
 * it is checked on the default transport only, which spares the suite a window per transport.
 */
export function itWaitsForTheLimiters(
  context: MatrixContext,
  limiters: readonly (readonly [path: string, source: RetryInfo['source']])[],
): void {
  if (context.transport !== TRANSPORTS[0]) return
  it(`waits out each limiter's 429 as the server directs, then succeeds`, async () => {
    const outcome = async ([path]: readonly [string, string]): Promise<string> => {
      const waits: RetryInfo[] = []
      const http = context.client({ retry: { limit: 1, onRetry: (info) => waits.push(info) } })
      const first = await http.get(path)
      const r = await http.get(path)
      const said = waits.map(
        (w) => `${w.source} ${w.waitMs >= 1000 && w.waitMs <= 1100 ? '1 s' : `${w.waitMs} ms`}`,
      )
      return `${path}: ${first.kind}, then ${r.kind} in ${r.attempts} attempts, waited ${said.join(', ')}`
    }
    const actual = await Promise.all(limiters.map(outcome))
    const expected = limiters.map(
      ([path, source]) => `${path}: ok, then ok in 2 attempts, waited ${source} 1 s`,
    )
    expect(actual, `got ${actual.join('; ')}`).toEqual(expected)
  })
}

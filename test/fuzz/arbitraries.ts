// What a fuzzed server answers and how the client calls it, as plain data: a case prints as JSON, and the
// same seed and path give the same case (fc.sample's i-th value is fc.assert's path "i").
import fc from 'fast-check'
import { type BodySpec, bodyArb, type EncodingSpec, encodingArb } from './payloads.js'

/** How the body is delimited; all but 'length', 'chunked' and 'close' are wrong on purpose. */
export type Framing =
  | 'length'
  | 'length-short'
  | 'length-long'
  | 'length-garbage'
  | 'length-twice'
  | 'chunked'
  | 'chunked-unterminated'
  | 'chunked-bad-size'
  | 'chunked+length'
  | 'close'

export interface ResponseSpec {
  readonly interim: '' | '100' | '103'
  readonly statusLine: string
  readonly lineEnd: '\r\n' | '\n'
  readonly contentType: string | undefined
  /** Extra header lines; `{self}` in a value is replaced by the server's own base URL. */
  readonly headers: readonly (readonly [string, string])[]
  readonly body: BodySpec
  readonly encoding: EncodingSpec
  readonly framing: Framing
  /** Where the bytes are split (fractions of the whole) and how long the server pauses there, in ms. */
  readonly pauses: readonly { readonly at: number; readonly ms: number }[]
  /** After the last byte: close, keep the connection, reset it, or go silent mid-body. */
  readonly ending: 'end' | 'keep' | 'reset' | 'stall'
}

export interface CallSpec {
  readonly method: 'GET' | 'HEAD' | 'POST' | 'DELETE'
  readonly timeout: number | false
  readonly totalTimeout: number | undefined
  /** Retries need a `totalTimeout`: without one, a 429's Retry-After may legitimately take a minute. */
  readonly retry: false | 'default' | 'eager'
  /** When the caller's signal aborts, in ms after the call; 0 is an already-aborted signal. */
  readonly abortAfterMs: number | undefined
  readonly maxBodyBytes: number | undefined
}

export interface Scenario {
  readonly response: ResponseSpec
  readonly call: CallSpec
}

const REASONS: Record<number, string> = { 200: 'OK', 404: 'Not Found', 429: 'Too Many Requests' }
const STATUSES = [
  200, 200, 200, 201, 202, 204, 205, 206, 226, 299, 301, 302, 303, 304, 307, 308, 400, 401, 404, 405, 407,
  409, 418, 422, 429, 429, 500, 502, 503, 503, 504, 599,
]
const ODD_STATUS_LINES = [
  'HTTP/1.0 200 OK',
  'HTTP/1.1 200',
  'HTTP/1.1 200 ',
  'HTTP/1.1 999 Weird',
  'HTTP/1.1 600 Beyond',
  'HTTP/1.1 099 Low',
  'HTTP/1.1 20 Short',
  'HTTP/1.1 2000 Long',
  'HTTP/1.1 abc Letters',
  'HTTP/1.1  200 Two spaces',
  'HTTP/1.1 -200 Negative',
  'HTTP/2 200',
  'HTTP/1.1 101 Switching Protocols',
  'HTTP/1.1 100 Continue',
  'HTTP/1.1 199 Informational',
  'HTTP/1.1 200 \u00e9\u00ff reason',
  'ICY 200 OK',
  'hello',
  '',
]

const statusLineArb = fc.oneof(
  {
    arbitrary: fc.constantFrom(...STATUSES).map((s) => `HTTP/1.1 ${s} ${REASONS[s] ?? 'Status'}`),
    weight: 6,
  },
  { arbitrary: fc.constantFrom(...ODD_STATUS_LINES), weight: 1 },
)

/** Whitespace padding in the sizes that made trimming quadratic (issue 13, item 4). */
const padding = fc
  .tuple(fc.constantFrom(' ', '\t', ' \t'), fc.constantFrom(1, 40, 7_000))
  .map(([unit, times]) => unit.repeat(times))

const padded = (values: readonly string[]): fc.Arbitrary<string> =>
  fc.oneof(
    { arbitrary: fc.constantFrom(...values), weight: 4 },
    {
      arbitrary: fc
        .tuple(fc.constantFrom(...values), padding, fc.constantFrom('before', 'after', 'inside'))
        .map(([v, pad, where]) => (where === 'before' ? pad + v : where === 'after' ? v + pad : `1${pad}1`)),
      weight: 1,
    },
  )

const HTTP_DATES = [
  'Wed, 21 Oct 2015 07:28:00 GMT',
  'Sunday, 06-Nov-94 08:49:37 GMT',
  'Sun Nov  6 08:49:37 1994',
  'Fri, 31 Dec 9999 23:59:59 GMT',
  'Thu, 01 Jan 2099 00:00:00 GMT',
  'Mon, 32 Foo 2020 99:99:99 GMT',
]

const sane = <T>(arbitrary: fc.Arbitrary<T>) => ({ arbitrary, weight: 3 })

const headerArb: fc.Arbitrary<readonly [string, string]> = fc.oneof(
  sane(
    padded(['0', '1', '2', '-1', '1.5', '1e3', 'abc', '', '99999999999999999', ...HTTP_DATES]).map(
      (v) => ['Retry-After', v] as const,
    ),
  ),
  sane(
    fc
      .tuple(
        fc.constantFrom('RateLimit', 'RateLimit-Reset', 'RateLimit-Policy', 'X-RateLimit-Reset'),
        padded([
          '"default";r=0;t=1',
          'limit=10, remaining=0, reset=1',
          '1',
          `"a";r=0;t=${'9'.repeat(400)}`,
          `"x";${'a=1;'.repeat(2_000)}t=1`,
          ';'.repeat(5_000),
          '"unterminated',
        ]),
      )
      .map(([name, v]) => [name, v] as const),
  ),
  sane(padded(HTTP_DATES).map((v) => ['Date', v] as const)),
  sane(
    fc
      .constantFrom(
        '{self}/again',
        '{self}/elsewhere',
        '/relative',
        '?q=1',
        'http://127.0.0.1:1/closed',
        'javascript:alert(1)',
        'data:text/plain,hi',
        '//other.invalid/x',
        'http://user:pass@127.0.0.1:1/',
        'http://[::1',
        '',
        `/${'a'.repeat(10_000)}`,
      )
      .map((v) => ['Location', v] as const),
  ),
  sane(
    fc.constantFrom<readonly [string, string]>(
      ['Connection', 'close'],
      ['Connection', 'keep-alive'],
      ['Connection', 'upgrade'],
      ['Keep-Alive', 'timeout=0'],
      ['Cache-Control', 'no-store'],
      ['Allow', 'GET'],
      ['WWW-Authenticate', 'Bearer'],
      ['Set-Cookie', 'a=1; Path=/'],
      ['Vary', '*'],
      ['Content-Range', 'bytes 0-0/1'],
    ),
  ),
  // Lines a strict parser refuses: these make a network error of an otherwise fine response, so rarer.
  {
    arbitrary: fc.constantFrom<readonly [string, string]>(
      ['X-Bytes', '\u00e9\u00ff\u0080'],
      ['X-Fold', 'a\r\n  folded'],
      ['X-Nul', 'a\u0000b'],
      ['No-Colon-Line', ''],
      ['X-Huge', 'h'.repeat(20_000)],
      ['Content-Type', 'text/html'],
      ['Transfer-Encoding', 'gzip, chunked'],
    ),
    weight: 1,
  },
)

const contentTypeArb = fc.option(
  padded([
    'application/json',
    'application/json; charset=utf-8',
    'application/problem+json',
    'application/vnd.api+json',
    'text/html',
    'text/plain',
    'text/event-stream',
    'application/octet-stream',
    'application/json;;;charset=',
    'multipart/form-data; boundary=',
    '',
    'x'.repeat(3_000),
  ]),
  { nil: undefined, freq: 5 },
)

const responseArb: fc.Arbitrary<ResponseSpec> = fc.record({
  interim: fc.oneof(
    { arbitrary: fc.constant('' as const), weight: 8 },
    fc.constantFrom('100' as const, '103' as const),
  ),
  statusLine: statusLineArb,
  lineEnd: fc.oneof({ arbitrary: fc.constant('\r\n' as const), weight: 7 }, fc.constant('\n' as const)),
  contentType: contentTypeArb,
  headers: fc.array(headerArb, { maxLength: 4 }),
  body: bodyArb,
  encoding: encodingArb,
  framing: fc.oneof(
    { arbitrary: fc.constantFrom<Framing>('length', 'chunked', 'close'), weight: 3 },
    {
      arbitrary: fc.constantFrom<Framing>(
        'length-short',
        'length-long',
        'length-garbage',
        'length-twice',
        'chunked-unterminated',
        'chunked-bad-size',
        'chunked+length',
      ),
      weight: 1,
    },
  ),
  pauses: fc.array(
    fc.record({
      at: fc.integer({ min: 0, max: 1_000 }).map((permille) => permille / 1_000),
      ms: fc.oneof({ arbitrary: fc.constantFrom(0, 5, 30), weight: 4 }, fc.constantFrom(100, 250, 600)),
    }),
    { maxLength: 3 },
  ),
  ending: fc.oneof(
    { arbitrary: fc.constant('end' as const), weight: 5 },
    fc.constantFrom('keep' as const, 'reset' as const, 'stall' as const),
  ),
})

/** A value in one case of five, else undefined. */
const rarely = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: 4 }, { arbitrary: arb, weight: 1 })

const callArb: fc.Arbitrary<CallSpec> = fc
  .record({
    method: fc.constantFrom(
      'GET' as const,
      'GET' as const,
      'HEAD' as const,
      'POST' as const,
      'DELETE' as const,
    ),
    timeout: fc.constantFrom<number | false>(150, 300, 300, false),
    totalTimeout: fc.option(fc.integer({ min: 100, max: 900 }), { nil: undefined, freq: 2 }),
    retry: fc.constantFrom('default' as const, 'eager' as const),
    abortAfterMs: rarely(fc.constantFrom(0, 10, 100, 250)),
    maxBodyBytes: rarely(fc.constantFrom(16, 4_096)),
  })
  .map((call) => ({
    ...call,
    // A call needs some limit, and retries a total one; otherwise its deadline is not the client's to keep.
    timeout: call.timeout === false && call.totalTimeout === undefined ? 300 : call.timeout,
    retry: call.totalTimeout === undefined ? false : call.retry,
  }))

export const scenarioArb: fc.Arbitrary<Scenario> = fc.record({ response: responseArb, call: callArb })

/** When the call must have settled, in ms after it started: the nearest limit it was given. */
export function deadlineOf(call: CallSpec): number {
  const limits = [call.totalTimeout, call.abortAfterMs]
  if (call.retry === false && call.timeout !== false) limits.push(call.timeout)
  return Math.min(...limits.filter((ms): ms is number => ms !== undefined))
}

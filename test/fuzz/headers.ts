// Status lines and header fields a fuzzed server sends: the ordinary ones, odd ones, padded ones (issue
// 13, item 4) and lines a strict parser must refuse.
import fc from 'fast-check'

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

export const statusLineArb = fc.oneof(
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

export const headerArb: fc.Arbitrary<readonly [string, string]> = fc.oneof(
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

export const contentTypeArb = fc.option(
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

import { describe, expect, it } from 'vitest'
import { charsetOf, mediaTypeOf } from '../../src/body/media-type.js'
import { parseBaseURL } from '../../src/request/url.js'
import { parseHttpDate } from '../../src/retry/http-date.js'
import {
  parseDraft6Reset,
  parseEpochSecondsReset,
  parseRateLimitReset,
  parseResetAfterSeconds,
} from '../../src/retry/rate-limit.js'
import { parseRetryAfter } from '../../src/retry/retry-after.js'
import { facts, found } from '../violations/facts.js'

// Issue 13 item 4: a header value padded with thousands of blanks blocked the event loop for 0.3-0.8 s
// per response, because trimming regexes backtracked quadratically. Each parser of a server-sent value
// must stay linear. Asserted without a wall-clock bound: a linear parser takes about 10 times as long on
// a value 10 times as long; a quadratic one takes 100 times as long.

const NOW = Date.UTC(2026, 0, 5, 12, 0, 0)
const SMALL = 5_000
const LARGE = 50_000

/** `length` characters of OWS, alternating SP and HTAB. */
const ows = (length: number): string => ' \t'.repeat(length / 2)
const sp = (length: number): string => ' '.repeat(length)

interface Case {
  readonly name: string
  /** The result for a value built at `length`; the same at every length. */
  readonly expected: unknown
  readonly run: (length: number) => unknown
}

/** Builds the value once per length, so the timing measures the parser, not the string building. */
function parserCase<V>(
  name: string,
  build: (length: number) => V,
  parse: (value: V) => unknown,
  expected: unknown,
): Case {
  const built = new Map<number, V>()
  return {
    name,
    expected,
    run: (length) => {
      let value = built.get(length)
      if (value === undefined) {
        value = build(length)
        built.set(length, value)
      }
      return parse(value)
    },
  }
}

const CASES: readonly Case[] = [
  parserCase(
    'Retry-After: 1, OWS, 1',
    (n) => `1${ows(n)}1`,
    (v) => parseRetryAfter(v, NOW).type,
    'invalid',
  ),
  parserCase(
    'Retry-After padded at both ends',
    (n) => `${ows(n)}120${ows(n)}`,
    (v) => parseRetryAfter(v, NOW).ms,
    120_000,
  ),
  parserCase(
    'Retry-After: a padded HTTP-date',
    (n) => `${ows(n)}Mon, 05 Jan 2026 12:00:30 GMT${ows(n)}`,
    (v) => parseRetryAfter(v, NOW).ms,
    30_000,
  ),
  parserCase(
    'Retry-After with a padded, broken Date',
    (n) => `1${ows(n)}1`,
    (v) => parseRetryAfter('5', NOW, v).ms,
    5_000,
  ),
  parserCase(
    'Retry-After repeated thousands of times',
    (n) => '7, '.repeat(n / 3),
    (v) => parseRetryAfter(`${v}7`, NOW).ms,
    7_000,
  ),
  parserCase(
    'Retry-After: weekday names and commas',
    (n) => 'Sun,'.repeat(n / 4),
    (v) => parseRetryAfter(v, NOW).type,
    'invalid',
  ),
  parserCase(
    'an HTTP-date with inner padding',
    (n) => `Mon, 05 Jan 2026${ows(n)}12:00:30 GMT`,
    (v) => parseHttpDate(v, NOW),
    undefined,
  ),
  parserCase(
    'RateLimit padded at both ends',
    (n) => `${sp(n)}"a";r=0;t=30${sp(n)}`,
    parseRateLimitReset,
    30_000,
  ),
  parserCase(
    'RateLimit: a member, spaces, garbage',
    (n) => `"a";r=0;t=30${sp(n)}x`,
    parseRateLimitReset,
    undefined,
  ),
  parserCase(
    'RateLimit: a member, blanks, garbage',
    (n) => `"a";r=0;t=30${ows(n)}x`,
    parseRateLimitReset,
    undefined,
  ),
  parserCase(
    'RateLimit: a member, blanks, a trailing comma',
    (n) => `"a";r=0;t=30${ows(n)},${ows(n)}`,
    parseRateLimitReset,
    undefined,
  ),
  parserCase(
    'RateLimit: thousands of members',
    (n) => `${'"a";r=0;t=1, '.repeat(n / 13)}"b";r=0;t=9`,
    parseRateLimitReset,
    9_000,
  ),
  parserCase('RateLimit: an unterminated string', (n) => `"${'a'.repeat(n)}`, parseRateLimitReset, undefined),
  parserCase(
    'RateLimit: an unterminated inner list',
    (n) => `"a";r=0;t=1, (${'1 '.repeat(n / 2)}`,
    parseRateLimitReset,
    undefined,
  ),
  parserCase(
    'RateLimit: thousands of parameters',
    (n) => `"a";t=2${';r=0'.repeat(n / 4)}`,
    parseRateLimitReset,
    2_000,
  ),
  parserCase(
    'RateLimit (draft-07 dictionary) with blanks',
    (n) => `limit=10,${ows(n)}reset=4`,
    parseRateLimitReset,
    4_000,
  ),
  parserCase(
    'RateLimit-Reset (draft-6): 1, spaces, 1',
    (n) => `1${sp(n)}1`,
    (v) => parseDraft6Reset(v, NOW),
    undefined,
  ),
  parserCase(
    'RateLimit-Reset (draft-6) padded',
    (n) => `${sp(n)}30${sp(n)}`,
    (v) => parseDraft6Reset(v, NOW),
    30_000,
  ),
  parserCase(
    'X-RateLimit-Reset: 1, OWS, 1',
    (n) => `1${ows(n)}1`,
    (v) => parseEpochSecondsReset(v, NOW),
    undefined,
  ),
  parserCase(
    'X-RateLimit-Reset padded',
    (n) => `${ows(n)}${NOW / 1000 + 3}${ows(n)}`,
    (v) => parseEpochSecondsReset(v, NOW),
    3_000,
  ),
  parserCase('X-RateLimit-Reset-After: 1, OWS, 1', (n) => `1${ows(n)}1`, parseResetAfterSeconds, undefined),
  parserCase('X-RateLimit-Reset-After padded', (n) => `${ows(n)}1.5${ows(n)}`, parseResetAfterSeconds, 1_500),
  parserCase(
    'Content-Type: charset after blanks',
    (n) => `text/plain;${ows(n)}charset=UTF-8`,
    charsetOf,
    'utf-8',
  ),
  parserCase(
    'Content-Type: thousands of empty parameters',
    (n) => `text/plain${'; '.repeat(n / 2)}x`,
    charsetOf,
    undefined,
  ),
  parserCase(
    'Content-Type: a padded essence',
    (n) => `${ows(n)}text/plain${ows(n)};a=b`,
    mediaTypeOf,
    'text/plain',
  ),
  parserCase(
    'baseURL with a run of slashes inside',
    (n) => `http://127.0.0.1/a${'/'.repeat(n)}b/`,
    (v) => parseBaseURL(v).prefix.endsWith('b'),
    true,
  ),
  parserCase(
    'the invalid-retry-after rule on a padded value',
    (n) => new Headers({ 'retry-after': `1${ows(n)}1` }),
    (headers) => found(facts({ headers })),
    ['invalid-retry-after:warn'],
  ),
]

/** The time of one call in ms, after checking its answer; a call slow enough to show the bug fails at once. */
function timed({ run, expected }: Case, length: number): number {
  const start = performance.now()
  const answer = run(length)
  const took = performance.now() - start
  // A linear parser needs a few milliseconds for 50 KB; a quadratic one needs seconds.
  if (took > 1_000) throw new Error(`one call on ${length} characters took ${Math.round(took)} ms`)
  expect(answer).toEqual(expected)
  return took
}

/**
 * How much longer the large value takes than the small one: the fastest of 10 interleaved calls of each,
 * so a garbage collection, a JIT tier-up or another process that lands in one call does not count.
 */
function growth(c: Case): number {
  let small = Number.POSITIVE_INFINITY
  let large = Number.POSITIVE_INFINITY
  for (let i = 0; i < 10; i++) {
    small = Math.min(small, timed(c, SMALL))
    large = Math.min(large, timed(c, LARGE))
  }
  // 0.02 ms is about timer noise: a smaller reading says nothing about growth.
  return large / Math.max(small, 0.02)
}

describe('a parser of server-sent values, on hostile padding', () => {
  it.each(CASES)('$name: the same answer at 5 KB and 50 KB, in linear time', (c) => {
    // Linear growth is about 10, quadratic about 100. On a loaded machine one measurement can be
    // skewed, so the best of up to five counts; a quadratic parser never gets near 20.
    let best = growth(c)
    for (let again = 0; again < 4 && best >= 20; again++) best = Math.min(best, growth(c))
    expect(best).toBeLessThan(20)
  })
})

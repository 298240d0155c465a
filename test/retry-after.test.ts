import { describe, expect, it } from 'vitest'
import { type HttpDate, parseHttpDate } from '../src/retry/http-date.js'
import { MAX_TIMER_MS } from '../src/retry/limits.js'
import {
  isObsoleteDateFormat,
  parseRetryAfter,
  type RetryAfter,
  type RetryAfterFormat,
} from '../src/retry/retry-after.js'

/** Monday 5 January 2026, 12:00:00 UTC. */
const NOW = Date.UTC(2026, 0, 5, 12, 0, 0)
const SECOND = 1000
const HOUR = 3_600_000
const NOV_6_1994 = 784_111_777_000 // Sun, 06 Nov 1994 08:49:37 GMT

const wait = (ms: number, format: RetryAfterFormat = 'delay-seconds'): RetryAfter => ({
  type: 'wait',
  ms,
  format,
})
const invalid = (value: string): RetryAfter => ({ type: 'invalid', value })
const date = (ms: number, format: HttpDate['format']): HttpDate => ({ ms, format })

describe('parseRetryAfter', () => {
  it('reports a missing field as absent', () => {
    expect(parseRetryAfter(null, NOW)).toEqual({ type: 'absent' })
  })

  it.each<[string, RetryAfter]>([
    ['0', wait(0)],
    ['5', wait(5 * SECOND)],
    ['120', wait(120 * SECOND)],
    ['007', wait(7 * SECOND)],
    [' 5 ', wait(5 * SECOND)],
    ['\t5\t', wait(5 * SECOND)],
    ['2147483', wait(2_147_483_000)],
    ['2147484', wait(MAX_TIMER_MS)],
    ['99999999999', wait(MAX_TIMER_MS)],
    ['9'.repeat(400), wait(MAX_TIMER_MS)],
  ])('reads delay-seconds %j', (value, expected) => {
    expect(parseRetryAfter(value, NOW)).toEqual(expected)
  })

  it.each([
    '-5',
    '+5',
    '1.5',
    '1e3',
    '0x10',
    'Infinity',
    '',
    '   ',
    '5s',
    '5 5',
    '\u00a05', // NBSP is not OWS
    '5\n',
    '\u0665', // ARABIC-INDIC DIGIT FIVE is not DIGIT
    '\uff15', // FULLWIDTH DIGIT FIVE
    'Sun Nov 06 1994 08:49:37 GMT', // JavaScript's Date#toString shape
    'Sun Nov 06 1994 08:49:37 GMT+0000 (Coordinated Universal Time)',
    '1994-11-06T08:49:37Z',
    'sun, 06 nov 1994 08:49:37 gmt', // HTTP-date is case-sensitive
    'Sun, 06 Nov 1994 08:49:37 +0000',
    'Sun, 06 Nov 1994 08:49:37 UTC',
    'Sun, 6 Nov 1994 08:49:37 GMT',
    'Sun, 31 Nov 1994 08:49:37 GMT',
    'Sun, 06 Nov 1994 24:00:00 GMT',
    'Sun, 06 Nov 1994 08:49:60 GMT',
    'Sun',
    'Sun, ',
  ])('rejects %j as invalid', (value) => {
    expect(parseRetryAfter(value, NOW)).toEqual(invalid(value))
  })

  it.each<[string, RetryAfter]>([
    ['Mon, 05 Jan 2026 12:01:00 GMT', wait(60 * SECOND, 'imf-fixdate')],
    ['Monday, 05-Jan-26 12:01:00 GMT', wait(60 * SECOND, 'rfc850')],
    ['Mon Jan  5 12:01:00 2026', wait(60 * SECOND, 'asctime')],
    ['Mon Jan 05 12:01:00 2026', wait(60 * SECOND, 'asctime')],
    [' Mon, 05 Jan 2026 12:01:00 GMT ', wait(60 * SECOND, 'imf-fixdate')],
    ['Fri, 05 Jan 2026 12:01:00 GMT', wait(60 * SECOND, 'imf-fixdate')], // wrong weekday, date still clear
    ['Mon, 05 Jan 2026 12:00:00 GMT', wait(0, 'imf-fixdate')],
    ['Sun, 06 Nov 1994 08:49:37 GMT', wait(0, 'imf-fixdate')],
    ['Sunday, 06-Nov-94 08:49:37 GMT', wait(0, 'rfc850')],
    ['Sun Nov  6 08:49:37 1994', wait(0, 'asctime')],
    ['Mon, 05 Jan 2026 23:59:60 GMT', wait(12 * HOUR, 'imf-fixdate')],
    ['Fri, 31 Dec 9999 23:59:59 GMT', wait(MAX_TIMER_MS, 'imf-fixdate')],
  ])('reads the HTTP-date %j against now', (value, expected) => {
    expect(parseRetryAfter(value, NOW)).toEqual(expected)
  })

  it('rounds a date wait up to whole ms when now has a fraction', () => {
    expect(parseRetryAfter('Mon, 05 Jan 2026 12:00:00 GMT', NOW - 0.5)).toEqual(wait(1, 'imf-fixdate'))
  })

  it.each<[string, number, string | null | undefined, RetryAfter]>([
    ['clocks agree', NOW, 'Mon, 05 Jan 2026 12:00:30 GMT', wait(30 * SECOND, 'imf-fixdate')],
    ['client clock 1 h fast', NOW + HOUR, 'Mon, 05 Jan 2026 12:00:00 GMT', wait(60 * SECOND, 'imf-fixdate')],
    [
      'client clock 10 min slow',
      NOW - 600 * SECOND,
      'Mon, 05 Jan 2026 12:00:00 GMT',
      wait(60 * SECOND, 'imf-fixdate'),
    ],
    ['Date in rfc850 form', NOW + HOUR, 'Monday, 05-Jan-26 12:00:00 GMT', wait(60 * SECOND, 'imf-fixdate')],
    ['Date with OWS', NOW + HOUR, ' Mon, 05 Jan 2026 12:00:00 GMT ', wait(60 * SECOND, 'imf-fixdate')],
    ['Date after the retry time', NOW, 'Mon, 05 Jan 2026 12:05:00 GMT', wait(0, 'imf-fixdate')],
    ['unparsable Date, fall back to now', NOW + HOUR, 'yesterday', wait(0, 'imf-fixdate')],
    ['null Date, fall back to now', NOW - 600 * SECOND, null, wait(660 * SECOND, 'imf-fixdate')],
    ['no Date, fall back to now', NOW, undefined, wait(60 * SECOND, 'imf-fixdate')],
  ])('measures a date against the server clock: %s', (_name, now, responseDate, expected) => {
    expect(parseRetryAfter('Mon, 05 Jan 2026 12:01:00 GMT', now, responseDate)).toEqual(expected)
  })

  it('ignores the Date field for delay-seconds', () => {
    expect(parseRetryAfter('5', NOW, 'Sun, 06 Nov 1994 08:49:37 GMT')).toEqual(wait(5 * SECOND))
  })

  it.each<[string, RetryAfter]>([
    ['5, 5', wait(5 * SECOND)],
    ['5,5', wait(5 * SECOND)],
    ['5, 05, 5', wait(5 * SECOND)],
    ['99999999999, 99999999999', wait(MAX_TIMER_MS)],
    ['Mon, 05 Jan 2026 12:01:00 GMT, Mon, 05 Jan 2026 12:01:00 GMT', wait(60 * SECOND, 'imf-fixdate')],
    ['Sun, 06 Nov 1994 08:49:37 GMT, Sun, 06 Nov 1994 08:49:37 GMT', wait(0, 'imf-fixdate')],
    ['Monday, 05-Jan-26 12:01:00 GMT, Monday, 05-Jan-26 12:01:00 GMT', wait(60 * SECOND, 'rfc850')],
    ['Mon Jan  5 12:01:00 2026, Mon Jan  5 12:01:00 2026', wait(60 * SECOND, 'asctime')],
    ['5, 10', invalid('5, 10')],
    ['5, ', invalid('5, ')],
    [', 5', invalid(', 5')],
    ['5,,5', invalid('5,,5')],
    ['5, abc', invalid('5, abc')],
    ['Mon, 05 Jan 2026 12:01:00 GMT, 60', invalid('Mon, 05 Jan 2026 12:01:00 GMT, 60')],
    [
      'Mon, 05 Jan 2026 12:01:00 GMT, Mon, 05 Jan 2026 12:02:00 GMT',
      invalid('Mon, 05 Jan 2026 12:01:00 GMT, Mon, 05 Jan 2026 12:02:00 GMT'),
    ],
    ['Sun, Sun, 06 Nov 1994 08:49:37 GMT', invalid('Sun, Sun, 06 Nov 1994 08:49:37 GMT')],
  ])('reads the repeated field %j only when all values agree', (value, expected) => {
    expect(parseRetryAfter(value, NOW)).toEqual(expected)
  })
})

describe('parseHttpDate', () => {
  it.each<[string, number, HttpDate]>([
    ['Sun, 06 Nov 1994 08:49:37 GMT', NOW, date(NOV_6_1994, 'imf-fixdate')],
    ['Sunday, 06-Nov-94 08:49:37 GMT', NOW, date(NOV_6_1994, 'rfc850')],
    ['Sun Nov  6 08:49:37 1994', NOW, date(NOV_6_1994, 'asctime')],
    ['Sun Nov 06 08:49:37 1994', NOW, date(NOV_6_1994, 'asctime')],
    ['Thu, 01 Jan 1970 00:00:00 GMT', NOW, date(0, 'imf-fixdate')],
    ['Thu, 01 Jan 0099 00:00:00 GMT', NOW, date(-59_042_995_200_000, 'imf-fixdate')], // not 1999
    ['Thu, 29 Feb 2024 00:00:00 GMT', NOW, date(Date.UTC(2024, 1, 29), 'imf-fixdate')],
    ['Tue, 29 Feb 2000 00:00:00 GMT', NOW, date(Date.UTC(2000, 1, 29), 'imf-fixdate')],
    ['Thu, 31 Dec 1998 23:59:60 GMT', NOW, date(Date.UTC(1999, 0, 1), 'imf-fixdate')], // leap second
    // RFC 850 two-digit years, seen from 2026: at most 50 years ahead, else the previous century.
    ['Wednesday, 06-Nov-30 08:49:37 GMT', NOW, date(1_920_185_377_000, 'rfc850')],
    ['Wednesday, 06-Nov-75 08:49:37 GMT', NOW, date(3_340_255_777_000, 'rfc850')],
    ['Wednesday, 01-Jan-76 08:49:37 GMT', NOW, date(3_345_094_177_000, 'rfc850')],
    ['Saturday, 06-Nov-76 08:49:37 GMT', NOW, date(216_118_177_000, 'rfc850')],
    ['Saturday, 06-Nov-99 08:49:37 GMT', NOW, date(941_878_177_000, 'rfc850')],
    ['Monday, 06-Nov-00 08:49:37 GMT', NOW, date(973_500_577_000, 'rfc850')],
    ['Saturday, 06-Nov-00 08:49:37 GMT', Date.UTC(2099, 5, 1), date(4_129_174_177_000, 'rfc850')],
  ])('parses %j (now %d)', (value, now, expected) => {
    expect(parseHttpDate(value, now)).toEqual(expected)
  })

  it.each([
    'Sun Nov 6 08:49:37 1994', // asctime day is 2DIGIT or SP DIGIT
    'Sun Nov  16 08:49:37 1994',
    'Sun, 06 Nov 94 08:49:37 GMT',
    'Sunday, 06-Nov-1994 08:49:37 GMT',
    'Sunday, 06 Nov 1994 08:49:37 GMT',
    'Sun, 06-Nov-94 08:49:37 GMT',
    'Sun Nov  6 08:49:37 1994 GMT',
    'Xyz, 06 Nov 1994 08:49:37 GMT',
    'Sun, 06 Foo 1994 08:49:37 GMT',
    'Sun, 06 Nov 1994 8:49:37 GMT',
    'Sun, 00 Nov 1994 08:49:37 GMT',
    'Wed, 31 Apr 2026 08:49:37 GMT',
    'Sat, 29 Feb 2025 00:00:00 GMT',
    'Thu, 29 Feb 1900 00:00:00 GMT',
    'Sun, 06 Nov 1994 08:60:00 GMT',
    'Sun, 06 Nov 1994 12:00:60 GMT', // a leap second only ends a UTC day
    ' Sun, 06 Nov 1994 08:49:37 GMT',
    'Sun, 06 Nov 1994 08:49:37 GMT ',
    '1994-11-06T08:49:37.000Z',
    '784111777',
  ])('rejects %j', (value) => {
    expect(parseHttpDate(value, NOW)).toBeUndefined()
  })
})

describe('isObsoleteDateFormat', () => {
  it.each<[RetryAfterFormat, boolean]>([
    ['delay-seconds', false],
    ['imf-fixdate', false],
    ['rfc850', true],
    ['asctime', true],
  ])('says %s is obsolete: %s', (format, expected) => {
    expect(isObsoleteDateFormat(format)).toBe(expected)
  })
})

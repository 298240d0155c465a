import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseHttpDate } from '../src/retry/http-date.js'
import { MAX_TIMER_MS } from '../src/retry/limits.js'
import {
  parseEpochSecondsReset,
  parseRateLimitReset,
  parseResetAfterSeconds,
} from '../src/retry/rate-limit.js'
import { parseRetryAfter } from '../src/retry/retry-after.js'

const RUNS = { numRuns: 500 }
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const LONG_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** Strings made of the pieces the parsers look for, so runs reach deep into them, not only the first check. */
const pieces = fc
  .array(
    fc.oneof(
      fc.constantFrom(...DAYS, ...LONG_DAYS, ...MONTHS, 'GMT', ',', ', ', ' ', '  ', '\t', '-', ':', '.'),
      fc.constantFrom('"default"', ';', ';r=', ';t=', '=', '(', ')', '@', '%"', '?1', ':', 'reset=', '"'),
      fc.stringMatching(/^[0-9]{1,20}$/),
      fc.constantFrom(
        '99999999999',
        '0',
        '00',
        '60',
        '23:59:60',
        '1994',
        '94',
        'Sun, 06 Nov 1994 08:49:37 GMT',
      ),
    ),
    { maxLength: 14 },
  )
  .map((parts) => parts.join(''))

const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), pieces)
const anyNow = fc.integer({ min: -8.64e15, max: 8.64e15 })
const isTimerMs = (ms: number) => Number.isInteger(ms) && ms >= 0 && ms <= MAX_TIMER_MS

describe('parseRetryAfter, for any input', () => {
  it('never throws, and any wait is whole ms within the timer range', () => {
    fc.assert(
      fc.property(anyText, anyNow, fc.option(anyText), (value, now, responseDate) => {
        const result = parseRetryAfter(value, now, responseDate)
        if (result.type === 'wait') expect(isTimerMs(result.ms)).toBe(true)
        else expect(result).toEqual({ type: 'invalid', value })
      }),
      RUNS,
    )
  })

  it('reads any run of digits as those seconds, clamped', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{1,40}$/), (digits) => {
        const expected = Math.min(Number(digits) * 1000, MAX_TIMER_MS)
        expect(parseRetryAfter(digits, 0)).toEqual({ type: 'wait', ms: expected, format: 'delay-seconds' })
      }),
      RUNS,
    )
  })

  it('reads a value repeated any number of times as the value itself', () => {
    const ows = fc.constantFrom('', ' ', '\t', ' \t ')
    const single = fc.oneof(
      fc.stringMatching(/^[0-9]{1,15}$/),
      fc.constantFrom(
        'Sun, 06 Nov 1994 08:49:37 GMT',
        'Sunday, 06-Nov-94 08:49:37 GMT',
        'Sun Nov  6 08:49:37 1994',
      ),
      fc.constantFrom(
        'Tue, 06 Jan 2026 08:49:37 GMT',
        'Tuesday, 06-Jan-26 08:49:37 GMT',
        'Tue Jan  6 08:49:37 2026',
      ),
    )
    const now = Date.UTC(2026, 0, 5, 12)
    fc.assert(
      fc.property(single, fc.array(fc.tuple(ows, ows), { minLength: 2, maxLength: 4 }), (value, padding) => {
        const once = parseRetryAfter(value, now)
        const repeated = padding.map(([before, after]) => `${before}${value}${after}`).join(',')
        expect(once.type).toBe('wait')
        expect(parseRetryAfter(repeated, now)).toEqual(once)
      }),
      RUNS,
    )
  })
})

describe('parseHttpDate, for any date in years 0001-9999', () => {
  const dates = fc.date({
    min: new Date('0001-01-01T00:00:00Z'),
    max: new Date('9999-12-31T23:59:59Z'),
    noInvalidDate: true,
  })
  const wholeSeconds = (date: Date) => Math.floor(date.getTime() / 1000) * 1000
  const pad = (n: number) => String(n).padStart(2, '0')
  const time = (d: Date) => `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`

  it('reads back IMF-fixdate as written by Date#toUTCString', () => {
    fc.assert(
      fc.property(dates, anyNow, (date, now) => {
        expect(parseHttpDate(date.toUTCString(), now)).toEqual({
          ms: wholeSeconds(date),
          format: 'imf-fixdate',
        })
      }),
      RUNS,
    )
  })

  it('reads back asctime', () => {
    fc.assert(
      fc.property(dates, (d) => {
        const day = String(d.getUTCDate()).padStart(2, ' ')
        const year = String(d.getUTCFullYear()).padStart(4, '0')
        const text = `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${day} ${time(d)} ${year}`
        expect(parseHttpDate(text, 0)).toEqual({ ms: wholeSeconds(d), format: 'asctime' })
      }),
      RUNS,
    )
  })

  it('reads back an rfc850 date within 49 years of now, in the right century', () => {
    const now = Date.UTC(2026, 0, 5, 12)
    const near = fc.date({
      min: new Date('1977-01-06T00:00:00Z'),
      max: new Date('2075-01-04T00:00:00Z'),
      noInvalidDate: true,
    })
    fc.assert(
      fc.property(near, (d) => {
        const date = `${pad(d.getUTCDate())}-${MONTHS[d.getUTCMonth()]}-${pad(d.getUTCFullYear() % 100)}`
        const text = `${LONG_DAYS[d.getUTCDay()]}, ${date} ${time(d)} GMT`
        expect(parseHttpDate(text, now)).toEqual({ ms: wholeSeconds(d), format: 'rfc850' })
      }),
      RUNS,
    )
  })
})

describe('rate-limit parsers, for any input', () => {
  const check = (ms: number | undefined) => {
    if (ms !== undefined) expect(isTimerMs(ms)).toBe(true)
  }

  it('never throw, and any wait is whole ms within the timer range', () => {
    fc.assert(
      fc.property(anyText, anyNow, (value, now) => {
        check(parseRateLimitReset(value))
        check(parseEpochSecondsReset(value, now))
        check(parseResetAfterSeconds(value))
      }),
      RUNS,
    )
  })

  it('read any well-formed RateLimit field with an exhausted policy as its window', () => {
    const member = fc.record({ r: fc.nat({ max: 3 }), t: fc.nat({ max: 10 ** 15 - 1 }) })
    fc.assert(
      fc.property(fc.array(member, { minLength: 1, maxLength: 5 }), (members) => {
        const field = members.map(({ r, t }, i) => `"p${i}";r=${r};t=${t}`).join(', ')
        const exhausted = members.filter(({ r }) => r === 0).map(({ t }) => t)
        const seconds = exhausted.length > 0 ? Math.max(...exhausted) : Math.min(...members.map(({ t }) => t))
        expect(parseRateLimitReset(field)).toBe(Math.min(seconds * 1000, MAX_TIMER_MS))
      }),
      RUNS,
    )
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseHttpDate } from '../src/retry/http-date.js'
import { parseRetryAfter } from '../src/retry/retry-after.js'

// HTTP-dates are UTC by definition (RFC 9110 §5.6.7). These cases run again under zones far from UTC,
// one with a half-hour offset, to prove no step reads the process time zone. Expectations are literal
// epoch milliseconds, so they do not depend on the zone either.

/** Monday 5 January 2026, 12:00:00 UTC. */
const NOW = 1_767_614_400_000

const DATE_CASES: readonly (readonly [string, number])[] = [
  ['Sun, 06 Nov 1994 08:49:37 GMT', 784_111_777_000],
  ['Sunday, 06-Nov-94 08:49:37 GMT', 784_111_777_000],
  ['Sun Nov  6 08:49:37 1994', 784_111_777_000],
  ['Thu, 01 Jan 1970 00:00:00 GMT', 0],
  ['Wed, 31 Dec 1969 23:59:59 GMT', -1000],
  ['Thu, 01 Jan 0099 00:00:00 GMT', -59_042_995_200_000],
  ['Thu, 29 Feb 2024 00:00:00 GMT', 1_709_164_800_000],
  ['Thu, 31 Dec 1998 23:59:60 GMT', 915_148_800_000],
  ['Mon Jan  5 23:30:00 2026', 1_767_655_800_000], // already 6 January in Kiritimati
  ['Monday, 05-Jan-26 00:15:00 GMT', 1_767_572_100_000], // still 4 January in St. John's
  ['Wednesday, 06-Nov-30 08:49:37 GMT', 1_920_185_377_000],
  ['Saturday, 06-Nov-76 08:49:37 GMT', 216_118_177_000],
]

const RETRY_CASES: readonly (readonly [string, string | null, number])[] = [
  ['Mon, 05 Jan 2026 12:01:00 GMT', null, 60_000],
  ['Monday, 05-Jan-26 12:01:00 GMT', null, 60_000],
  ['Mon Jan  5 12:01:00 2026', null, 60_000],
  ['Mon, 05 Jan 2026 12:01:00 GMT', 'Mon, 05 Jan 2026 12:00:30 GMT', 30_000],
  ['Mon Jan  5 12:01:00 2026', 'Monday, 05-Jan-26 11:00:00 GMT', 3_660_000],
  ['Sun, 06 Nov 1994 08:49:37 GMT', null, 0],
]

describe.each([
  // getTimezoneOffset() is minutes to add to local time to get UTC: negative east of Greenwich.
  ['UTC', 0],
  ['Pacific/Kiritimati', -14 * 60],
  ['America/St_Johns', 3 * 60 + 30],
])('in time zone %s', (zone, offsetMinutes) => {
  const originalTz = process.env.TZ

  beforeAll(() => {
    process.env.TZ = zone
  })

  afterAll(() => {
    if (originalTz === undefined) Reflect.deleteProperty(process.env, 'TZ')
    else process.env.TZ = originalTz
  })

  it('has switched the process zone', () => {
    expect(new Date(2020, 0, 1).getTimezoneOffset()).toBe(offsetMinutes)
  })

  it.each(DATE_CASES)('parses %j as %d', (value, ms) => {
    expect(parseHttpDate(value, NOW)?.ms).toBe(ms)
  })

  it.each(RETRY_CASES)('waits for %j (Date %j) %d ms', (value, responseDate, ms) => {
    expect(parseRetryAfter(value, NOW, responseDate)).toMatchObject({ type: 'wait', ms })
  })
})

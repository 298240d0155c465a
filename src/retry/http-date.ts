/**
 * HTTP-date (RFC 9110 §5.6.7): the one timestamp syntax of HTTP, in its preferred form and the two
 * obsolete forms that a recipient MUST still accept. Pure: the result never depends on the process time
 * zone, because every field is read as UTC and assembled with UTC setters, never with `new Date(string)`.
 *
 * Strictness, and why:
 * - Case-sensitive, exact spacing, no surrounding whitespace: §5.6.7 says "HTTP-date is case sensitive",
 *   and the field parser (Headers, or `parseRetryAfter`) has already trimmed OWS.
 * - The weekday must be a real name of the right length, but need not match the date: RFC 9110 gives no
 *   rule for a mismatch, and the day-month-year is what the sender meant (a wrong weekday is a typo, a
 *   wrong date would not be detectable anyway).
 * - Second 60 is accepted only as 23:59:60, the one place a leap second occurs (§5.6.7's time-of-day
 *   range ends at 23:59:60). Epoch milliseconds have no leap seconds, so it reads as the next midnight.
 * - asctime's day is `2DIGIT / ( SP DIGIT )`: `Nov  6` and `Nov 06` are both valid, `Nov 6` is not.
 */

/** Which of the three HTTP-date forms the text was written in. */
export type HttpDateFormat = 'imf-fixdate' | 'rfc850' | 'asctime'

/** A parsed HTTP-date: milliseconds since the Unix epoch (UTC), and the form it came in. */
export interface HttpDate {
  readonly ms: number
  readonly format: HttpDateFormat
}

const MONTHS: readonly string[] = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
]
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const
const SHORT_DAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)'
const LONG_DAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)'
const MONTH = `(${MONTHS.join('|')})`
const TIME = '([0-9]{2}):([0-9]{2}):([0-9]{2})'

// IMF-fixdate: `Sun, 06 Nov 1994 08:49:37 GMT` (day, month, 4-digit year).
const IMF_FIXDATE = new RegExp(`^${SHORT_DAY}, ([0-9]{2}) ${MONTH} ([0-9]{4}) ${TIME} GMT$`)
// rfc850-date: `Sunday, 06-Nov-94 08:49:37 GMT` (long weekday, 2-digit year).
const RFC850 = new RegExp(`^${LONG_DAY}, ([0-9]{2})-${MONTH}-([0-9]{2}) ${TIME} GMT$`)
// asctime-date: `Sun Nov  6 08:49:37 1994` (month first, year last, no zone: it is UTC by definition).
const ASCTIME = new RegExp(`^${SHORT_DAY} ${MONTH} ([0-9]{2}| [0-9]) ${TIME} ([0-9]{4})$`)

/** Calendar fields as written; `month` is 0-11. */
interface Fields {
  readonly year: number
  readonly month: number
  readonly day: number
  readonly hour: number
  readonly minute: number
  readonly second: number
}

/**
 * Parses an HTTP-date in any of its three forms, or returns `undefined` for anything else (JavaScript's
 * `Date#toString` form, ISO 8601, out-of-range fields, 31 Feb).
 *
 * @param now Milliseconds since the epoch; used only to place an rfc850 two-digit year in its century.
 * @example parseHttpDate('Sun, 06 Nov 1994 08:49:37 GMT', Date.now()) // { ms: 784111777000, format: 'imf-fixdate' }
 */
export function parseHttpDate(value: string, now: number): HttpDate | undefined {
  let m = IMF_FIXDATE.exec(value)
  if (m !== null) {
    const [, day, month, year, hour, minute, second] = m
    return build('imf-fixdate', fields(year, month, day, hour, minute, second))
  }
  m = RFC850.exec(value)
  if (m !== null) {
    const [, day, month, yy, hour, minute, second] = m
    const written = fields(yy, month, day, hour, minute, second)
    return build('rfc850', { ...written, year: rfc850Year(written, now) })
  }
  m = ASCTIME.exec(value)
  if (m !== null) {
    const [, month, day, hour, minute, second, year] = m
    return build('asctime', fields(year, month, day?.trimStart(), hour, minute, second))
  }
  return undefined
}

/** Regex groups, given in year-month-day-hour-minute-second order whatever order the form writes them. */
function fields(...parts: readonly (string | undefined)[]): Fields {
  const [year, month, day, hour, minute, second] = parts
  return {
    year: Number(year),
    month: MONTHS.indexOf(month ?? ''),
    day: Number(day),
    hour: Number(hour),
    minute: Number(minute),
    second: Number(second),
  }
}

function build(format: HttpDateFormat, f: Fields): HttpDate | undefined {
  const leapSecond = f.second === 60 && f.hour === 23 && f.minute === 59
  const valid =
    f.day >= 1 &&
    f.day <= daysInMonth(f.year, f.month) &&
    f.hour <= 23 &&
    f.minute <= 59 &&
    (f.second <= 59 || leapSecond)
  if (!valid) return undefined
  const ms = utcMs(f)
  return Number.isFinite(ms) ? { ms, format } : undefined
}

function daysInMonth(year: number, month: number): number {
  const leapYear = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  return month === 1 && leapYear ? 29 : (DAYS_IN_MONTH[month] ?? 0)
}

/** `Date.UTC` would read years 0-99 as 1900-1999; `setUTCFullYear` takes the year as written. */
function utcMs(f: Fields): number {
  const date = new Date(0)
  date.setUTCFullYear(f.year, f.month, f.day)
  date.setUTCHours(f.hour, f.minute, f.second, 0)
  return date.getTime()
}

/**
 * RFC 9110 §5.6.7: a two-digit year that "appears to be more than 50 years in the future" is the most
 * recent past year with those digits. So the year is the latest one ending in those digits whose
 * timestamp is at most 50 years after `now` (a 100-year window that slides with the clock).
 */
function rfc850Year(f: Fields, now: number): number {
  const limit = new Date(now)
  limit.setUTCFullYear(limit.getUTCFullYear() + 50)
  const nowYear = new Date(now).getUTCFullYear()
  let year = nowYear - (nowYear % 100) + f.year
  if (utcMs({ ...f, year }) > limit.getTime()) year -= 100
  else if (utcMs({ ...f, year: year + 100 }) <= limit.getTime()) year += 100
  return year
}

import { type HttpDateFormat, parseHttpDate } from './http-date.js'
import { clampWaitMs } from './limits.js'
import { trimOws } from './ows.js'

/** The syntax a Retry-After value was written in (RFC 9110 §10.2.3: delay-seconds or an HTTP-date). */
export type RetryAfterFormat = 'delay-seconds' | HttpDateFormat

/**
 * What a `Retry-After` field asks for. `wait.ms` is whole milliseconds in `0..MAX_TIMER_MS`, so it can be
 * handed to a timer as it is; `invalid` keeps the raw value so a caller can report what the server sent.
 */
export type RetryAfter =
  | { readonly type: 'absent'; readonly value?: never; readonly ms?: never; readonly format?: never }
  | { readonly type: 'invalid'; readonly value: string; readonly ms?: never; readonly format?: never }
  | { readonly type: 'wait'; readonly ms: number; readonly format: RetryAfterFormat; readonly value?: never }

type Wait = Extract<RetryAfter, { type: 'wait' }>

const ABSENT: RetryAfter = { type: 'absent' }

// delay-seconds = 1*DIGIT (§10.2.3): no sign, no fraction, no exponent, no hex; JS `Number()` accepts
// all of those, so it is only applied after this check.
const DELAY_SECONDS = /^[0-9]+$/
// A piece that is only a weekday is the head of an IMF-fixdate or rfc850-date cut at its own comma.
const DAY_NAME =
  /^[ \t]*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/

/**
 * Parses a `Retry-After` field value (RFC 9110 §10.2.3) into the wait it asks for.
 *
 * - `null` (no field) is `absent`; anything that is not exactly delay-seconds or an HTTP-date, after
 *   trimming OWS, is `invalid`: a client must not guess a wait from `1.5`, `-5` or a JavaScript date.
 * - An HTTP-date in the past gives 0. An HTTP-date is measured against the response's own `Date` field
 *   when it parses: both timestamps then come from the server's clock, so a skewed client clock does not
 *   stretch or shrink the wait (§5.6.7 warns that clocks differ). Otherwise it is measured against `now`.
 * - A repeated field reaches us joined by `", "` (Fetch's `Headers#get`). It counts only when every
 *   value gives the same wait in the same form; two different waits mean the server contradicted itself.
 * - Every wait is clamped to `MAX_TIMER_MS`, so `99999999999` seconds cannot overflow a timer.
 *
 * @param value The field value, as `headers.get('retry-after')` returns it.
 * @param now Milliseconds since the epoch, injected so tests and callers control the clock.
 * @param responseDate The response's `Date` field, as `headers.get('date')` returns it.
 * @example parseRetryAfter('120', Date.now()) // { type: 'wait', ms: 120000, format: 'delay-seconds' }
 */
export function parseRetryAfter(value: string | null, now: number, responseDate?: string | null): RetryAfter {
  if (value === null) return ABSENT
  const serverDate = responseDate == null ? undefined : parseHttpDate(trimOws(responseDate), now)
  const base = serverDate?.ms ?? now
  let agreed: Wait | undefined
  for (const member of splitRepeated(value)) {
    const wait = parseMember(trimOws(member), base, now)
    if (wait === undefined) return { type: 'invalid', value }
    if (agreed !== undefined && (wait.ms !== agreed.ms || wait.format !== agreed.format)) {
      return { type: 'invalid', value }
    }
    agreed = wait
  }
  return agreed ?? { type: 'invalid', value }
}

/**
 * Whether the date was sent in a form RFC 9110 §5.6.7 calls obsolete: recipients must accept it, but
 * "a sender MUST generate the IMF-fixdate format", so a caller may report it as a (mild) violation.
 */
export function isObsoleteDateFormat(format: RetryAfterFormat): format is 'rfc850' | 'asctime' {
  return format === 'rfc850' || format === 'asctime'
}

function parseMember(member: string, base: number, now: number): Wait | undefined {
  if (DELAY_SECONDS.test(member)) {
    // Number() of a long digit string is at worst Infinity, never NaN; the clamp takes care of it.
    return { type: 'wait', ms: clampWaitMs(Number(member) * 1000), format: 'delay-seconds' }
  }
  const date = parseHttpDate(member, now)
  return date === undefined
    ? undefined
    : { type: 'wait', ms: clampWaitMs(date.ms - base), format: date.format }
}

/**
 * Splits a combined field value back into the values that were sent. Splitting at every comma would cut
 * `Sun, 06 Nov 1994 08:49:37 GMT` in two, so a piece that is only a weekday is glued back to the next.
 */
function splitRepeated(value: string): readonly string[] {
  const pieces = value.split(',')
  const members: string[] = []
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] ?? ''
    const next = pieces[i + 1]
    if (DAY_NAME.test(piece) && next !== undefined) {
      members.push(`${piece},${next}`)
      i++
    } else {
      members.push(piece)
    }
  }
  return members
}

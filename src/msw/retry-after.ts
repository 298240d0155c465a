import { MockError } from './mock-error.js'

/**
 * The `Retry-After` field value for a wait (RFC 9110 §10.2.3): whole seconds as delay-seconds, a `Date`
 * as an IMF-fixdate, the one HTTP-date form a sender must generate (§5.6.7). A fraction, a negative
 * number or an invalid date is refused: a real server cannot send those, so a mock should not either.
 * To test how the client treats a broken value, set the header yourself.
 */
export function retryAfterValue(where: string, retryAfter: number | Date): string {
  if (retryAfter instanceof Date) {
    const year = retryAfter.getUTCFullYear()
    // IMF-fixdate has a four-digit year; NaN (an invalid Date) fails this too.
    if (!(year >= 0 && year <= 9999)) {
      throw new MockError(
        `${where}: retryAfter is ${String(retryAfter)}; pass a valid Date or whole seconds.`,
      )
    }
    // Date#toUTCString is exactly IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT" (ECMA-262 §21.4.4.43).
    return retryAfter.toUTCString()
  }
  if (!Number.isInteger(retryAfter) || retryAfter < 0) {
    throw new MockError(
      `${where}: retryAfter is ${retryAfter}; Retry-After takes whole seconds >= 0 (or a Date), e.g. retryAfter: 2.`,
    )
  }
  return String(retryAfter)
}

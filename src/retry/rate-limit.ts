import { clampWaitMs } from './limits.js'
import { trimOws } from './ows.js'
import {
  integerAtLeastZero,
  type Member,
  parseDictionaryMember,
  parseMemberValue,
  parseMembers,
} from './structured-field.js'

// Waits announced by rate-limit fields: the IETF `RateLimit` field (draft-ietf-httpapi-ratelimit-headers)
// and two vendor fields behind opt-in presets. Every parser is pure and returns whole ms clamped to
// MAX_TIMER_MS, or `undefined` for a malformed value: "Malformed RateLimit header fields MUST be ignored"
// (draft §7). `Retry-After`, when present, takes precedence over all of these (draft §7).

/**
 * The wait asked for by a `RateLimit` field on a throttled response, in ms; `undefined` when the field is
 * absent, malformed, or names no window.
 *
 * The field is a Structured Field List (RFC 9651) of service limits, e.g. `"burst";r=0;t=10, "daily";r=5`:
 * `r` (REQUIRED) is the quota left, `t` (OPTIONAL) the seconds of the effective window. Several policies can
 * apply to one request (draft §2), and a request is refused while any of them is used up, so:
 * - when some members have `r=0`, the wait is the largest `t` among those: every exhausted policy must
 *   replenish before a retry can pass, and policies with quota left do not matter;
 * - when none has `r=0`, the field does not say why the request was refused; the wait is the smallest `t`,
 *   the first moment the server's accounting changes, so a retry is neither pointless nor needlessly late.
 * An exhausted policy without `t` adds nothing. A member whose `r` is missing, or whose `r` or `t` is
 * negative or not an Integer, makes the whole field malformed. The draft-07 form `limit=100, remaining=0, reset=30` (a Dictionary, which never parses as a
 * List) is also read, for its `reset`: servers deployed it, and its meaning is the same seconds-to-reset.
 *
 * @example parseRateLimitReset('"default";r=0;t=30') // 30000
 */
export function parseRateLimitReset(value: string | null): number | undefined {
  if (value === null) return undefined
  const limits: ServiceLimits = {
    malformed: false,
    exhausted: false,
    longest: undefined,
    shortest: undefined,
  }
  // Folded member by member rather than collected: a field of thousands of members then keeps none of
  // them alive, and costs time in proportion to its length.
  if (parseMembers(value, (c) => addServiceLimit(limits, parseMemberValue(c))) !== undefined) {
    const seconds = limits.exhausted ? limits.longest : limits.shortest
    return limits.malformed || seconds === undefined ? undefined : clampWaitMs(seconds * 1000)
  }
  const dictionary = parseMembers(value, parseDictionaryMember)
  const reset = integerAtLeastZero(new Map(dictionary).get('reset')?.item)
  return reset === undefined ? undefined : clampWaitMs(reset * 1000)
}

/** The service limits of a List read so far: the longest window among exhausted ones, the shortest overall. */
interface ServiceLimits {
  malformed: boolean
  exhausted: boolean
  longest: number | undefined
  shortest: number | undefined
}

/** `undefined` when the member is not even a List member; a member that is, but is not a valid limit, marks the field malformed. */
function addServiceLimit(limits: ServiceLimits, member: Member | undefined): true | undefined {
  if (member === undefined) return undefined
  const { item, params } = member
  const remaining = integerAtLeastZero(params.get('r'))
  const window = integerAtLeastZero(params.get('t'))
  // The policy name is a String (draft-11 §3); a Token is accepted too, as the WG is weighing it (#158).
  const named = item.type === 'string' || item.type === 'token'
  if (!named || remaining === undefined || (params.has('t') && window === undefined)) {
    limits.malformed = true
    return true
  }
  if (remaining === 0) {
    limits.exhausted = true
    if (window !== undefined && (limits.longest === undefined || window > limits.longest))
      limits.longest = window
  } else if (window !== undefined && !limits.exhausted) {
    if (limits.shortest === undefined || window < limits.shortest) limits.shortest = window
  }
  return true
}

/**
 * The draft-6 `RateLimit-Reset` field (draft-ietf-httpapi-ratelimit-headers-06 §3.3): seconds until the
 * quota resets, an Integer Item, sent beside `RateLimit-Limit` and `RateLimit-Remaining` by
 * express-rate-limit (`standardHeaders: true` or `'draft-6'`) and hono-rate-limiter's default. Later
 * drafts folded it into the `RateLimit` field's `t`; it means the same wait. Parameters are ignored; a
 * repeated field (two members) is malformed, as is anything but one non-negative Integer.
 *
 * GitLab sends the same field name with a Unix time instead. No window lasts 30 years, so a value of at
 * least 10^9 (2001-09-09 as a time, 31 years as a delay) is read as epoch seconds, measured from `now`.
 *
 * @example parseDraft6Reset('30', Date.now()) // 30000
 */
export function parseDraft6Reset(value: string | null, now: number): number | undefined {
  if (value === null) return undefined
  const members = parseMembers(value, parseMemberValue)
  const seconds = members?.length === 1 ? integerAtLeastZero(members[0]?.item) : undefined
  if (seconds === undefined) return undefined
  return clampWaitMs(seconds >= 1e9 ? seconds * 1000 - now : seconds * 1000)
}

/**
 * GitHub's rate limiting on a 403 (docs.github.com, "Troubleshooting the REST API"): the primary limit
 * sends `x-ratelimit-remaining: 0` (wait until `x-ratelimit-reset`), a secondary limit may send
 * `retry-after`. A 403 with neither is a permission error, not a limit (a secondary limit without
 * headers is told apart only by its message, which is not read).
 */
export function isGitHubRateLimit(headers: Headers): boolean {
  const remaining = headers.get('x-ratelimit-remaining')
  return (remaining !== null && trimOws(remaining) === '0') || headers.has('retry-after')
}

/**
 * GitHub's `X-RateLimit-Reset`: the Unix time, in integer seconds, at which the quota resets. GitHub sends it
 * on every response, so only use it on one that was throttled. A time in the past gives 0.
 *
 * @example parseEpochSecondsReset('1700000030', 1_700_000_000_000) // 30000
 */
export function parseEpochSecondsReset(value: string | null, now: number): number | undefined {
  const digits = value === null ? '' : trimOws(value)
  if (!DIGITS.test(digits)) return undefined
  return clampWaitMs(Number(digits) * 1000 - now)
}

/**
 * Discord's `X-RateLimit-Reset-After`: seconds until the bucket resets, possibly with a fraction (`1.234`).
 * Converted to ms in decimal, never through a float product (`0.29 * 1000` is `290.00000000000006`),
 * and rounded up so the retry never lands before the reset.
 *
 * @example parseResetAfterSeconds('1.2345') // 1235
 */
export function parseResetAfterSeconds(value: string | null): number | undefined {
  const match = DECIMAL_SECONDS.exec(value === null ? '' : trimOws(value))
  if (match === null) return undefined
  const [, whole = '', fraction = ''] = match
  const ms = Number(fraction.slice(0, 3).padEnd(3, '0')) + (/[1-9]/.test(fraction.slice(3)) ? 1 : 0)
  return clampWaitMs(Number(whole) * 1000 + ms)
}

/** The uniform shape of a vendor preset's parser: field value and current time in, ms or `undefined` out. */
export type VendorWaitParser = (value: string | null, now: number) => number | undefined

/** A vendor preset: which header to read, and how. */
export interface VendorWaitPreset {
  readonly header: string
  readonly parse: VendorWaitParser
}

/** Opt-in readers for vendor rate-limit fields. */
export const VENDOR_WAIT_PRESETS: { readonly github: VendorWaitPreset; readonly discord: VendorWaitPreset } =
  {
    github: { header: 'x-ratelimit-reset', parse: parseEpochSecondsReset },
    discord: { header: 'x-ratelimit-reset-after', parse: parseResetAfterSeconds },
  }

const DIGITS = /^[0-9]+$/
const DECIMAL_SECONDS = /^([0-9]+)(?:\.([0-9]+))?$/

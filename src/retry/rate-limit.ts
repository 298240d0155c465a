import { clampWaitMs } from './limits.js'

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
  const list = parseMembers(value, parseMemberValue)
  if (list !== undefined) return fromServiceLimits(list)
  const dictionary = parseMembers(value, parseDictionaryMember)
  const reset = integerAtLeastZero(new Map(dictionary).get('reset')?.item)
  return reset === undefined ? undefined : clampWaitMs(reset * 1000)
}

function fromServiceLimits(members: readonly Member[]): number | undefined {
  const limits: { readonly remaining: number; readonly window: number | undefined }[] = []
  for (const { item, params } of members) {
    // The policy name is a String (draft-11 §3); a Token is accepted too, as the WG is weighing it (#158).
    if (item.type !== 'string' && item.type !== 'token') return undefined
    const remaining = integerAtLeastZero(params.get('r'))
    const window = integerAtLeastZero(params.get('t'))
    if (remaining === undefined || (params.has('t') && window === undefined)) return undefined
    limits.push({ remaining, window })
  }
  const exhausted = limits.filter((limit) => limit.remaining === 0)
  const windows = (exhausted.length > 0 ? exhausted : limits).flatMap(({ window }) => window ?? [])
  if (windows.length === 0) return undefined
  const seconds = exhausted.length > 0 ? Math.max(...windows) : Math.min(...windows)
  return clampWaitMs(seconds * 1000)
}

/**
 * GitHub's `X-RateLimit-Reset`: the Unix time, in integer seconds, at which the quota resets. GitHub sends it
 * on every response, so only use it on one that was throttled. A time in the past gives 0.
 *
 * @example parseEpochSecondsReset('1700000030', 1_700_000_000_000) // 30000
 */
export function parseEpochSecondsReset(value: string | null, now: number): number | undefined {
  const digits = value?.replace(OWS, '')
  if (digits === undefined || !DIGITS.test(digits)) return undefined
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
  const match = DECIMAL_SECONDS.exec(value?.replace(OWS, '') ?? '')
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

/** The vendors with a preset. */
export type VendorName = keyof typeof VENDOR_WAIT_PRESETS

const OWS = /^[ \t]+|[ \t]+$/g
const DIGITS = /^[0-9]+$/
const DECIMAL_SECONDS = /^([0-9]+)(?:\.([0-9]+))?$/

// A minimal RFC 9651 parser: Lists and Dictionaries of Items and Inner Lists with Parameters. Bare items
// this module never reads (Decimal, Byte Sequence, Boolean, Date, Display String) are checked, then dropped.
type Bare =
  | { readonly type: 'integer'; readonly value: number }
  | { readonly type: 'string' | 'token'; readonly value: string }
  | { readonly type: 'other' | 'inner-list' }
interface Member {
  readonly item: Bare
  readonly params: ReadonlyMap<string, Bare>
}
interface Cursor {
  readonly text: string
  pos: number
}

const OTHER: Bare = { type: 'other' }
const INNER_LIST: Bare = { type: 'inner-list' }
const NUMBER = /-?([0-9]+)(?:\.([0-9]*))?/y
const STRING = /"((?:[\x20\x21\x23-\x5b\x5d-\x7e]|\\["\\])*)"/y
const TOKEN = /[A-Za-z*][!#$%&'*+.^_`|~0-9A-Za-z:/-]*/y
const KEY = /[a-z*][a-z0-9_.*-]*/y
const BYTES_OR_BOOLEAN = /:[A-Za-z0-9+/=]*:|\?[01]/y
const DISPLAY_STRING = /%"((?:[\x20\x21\x23\x24\x26-\x7e]|%[0-9a-f]{2})*)"/y
const SPACES = / */y
const OWS_STICKY = /[ \t]*/y

function take(c: Cursor, pattern: RegExp): RegExpExecArray | undefined {
  pattern.lastIndex = c.pos
  const match = pattern.exec(c.text) ?? undefined
  if (match !== undefined) c.pos = pattern.lastIndex
  return match
}

function integerAtLeastZero(bare: Bare | undefined): number | undefined {
  return bare?.type === 'integer' && bare.value >= 0 ? bare.value : undefined
}

function parseMembers<T>(value: string, member: (c: Cursor) => T | undefined): T[] | undefined {
  const c: Cursor = { text: value.replace(/^ +| +$/g, ''), pos: 0 }
  const members: T[] = []
  while (c.pos < c.text.length) {
    const parsed = member(c)
    if (parsed === undefined) return undefined
    members.push(parsed)
    take(c, OWS_STICKY)
    if (c.pos === c.text.length) break
    if (c.text[c.pos] !== ',') return undefined
    c.pos++
    take(c, OWS_STICKY)
    if (c.pos === c.text.length) return undefined // a trailing comma fails (RFC 9651 §4.2.1)
  }
  return members
}

function parseDictionaryMember(c: Cursor): readonly [string, Member] | undefined {
  const key = take(c, KEY)?.[0]
  if (key === undefined) return undefined
  if (c.text[c.pos] === '=') {
    c.pos++
    const member = parseMemberValue(c)
    return member && [key, member]
  }
  const params = parseParams(c)
  return params && [key, { item: OTHER, params }]
}

function parseMemberValue(c: Cursor): Member | undefined {
  const item = c.text[c.pos] === '(' ? parseInnerList(c) : parseBare(c)
  const params = item && parseParams(c)
  return item && params && { item, params }
}

/** `(` *SP items separated by 1*SP *SP `)`; the items are checked and dropped, no caller reads them. */
function parseInnerList(c: Cursor): Bare | undefined {
  c.pos++
  take(c, SPACES)
  while (c.text[c.pos] !== ')') {
    if (parseBare(c) === undefined || parseParams(c) === undefined) return undefined
    if (c.text[c.pos] !== ' ' && c.text[c.pos] !== ')') return undefined
    take(c, SPACES)
  }
  c.pos++
  return INNER_LIST
}

function parseParams(c: Cursor): ReadonlyMap<string, Bare> | undefined {
  const params = new Map<string, Bare>()
  while (c.text[c.pos] === ';') {
    c.pos++
    take(c, SPACES)
    const key = take(c, KEY)?.[0]
    if (key === undefined) return undefined
    let value: Bare | undefined = OTHER // a key without a value is Boolean true
    if (c.text[c.pos] === '=') {
      c.pos++
      value = parseBare(c)
      if (value === undefined) return undefined
    }
    params.set(key, value) // a repeated key overwrites (RFC 9651 §4.2.3.2)
  }
  return params
}

function parseBare(c: Cursor): Bare | undefined {
  const first = c.text[c.pos]
  if (first === '"') {
    const text = take(c, STRING)?.[1]
    return text === undefined ? undefined : { type: 'string', value: text.replace(/\\(.)/g, '$1') }
  }
  if (first === '@') {
    c.pos++ // a Date is "@" and an Integer (RFC 9651 §3.3.7)
    return parseNumber(c)?.type === 'integer' ? OTHER : undefined
  }
  if (first === '%') {
    const encoded = take(c, DISPLAY_STRING)?.[1]
    return encoded !== undefined && isUtf8(encoded) ? OTHER : undefined
  }
  if (first === '-' || (first !== undefined && first >= '0' && first <= '9')) return parseNumber(c)
  const token = take(c, TOKEN)?.[0]
  if (token !== undefined) return { type: 'token', value: token }
  return take(c, BYTES_OR_BOOLEAN) === undefined ? undefined : OTHER
}

/** An Integer has at most 15 digits; a Decimal at most 12 before the point and 1 to 3 after (§4.2.4). */
function parseNumber(c: Cursor): Bare | undefined {
  const number = take(c, NUMBER)
  if (number === undefined) return undefined
  const [whole, digits = '', fraction] = number
  if (fraction === undefined)
    return digits.length <= 15 ? { type: 'integer', value: Number(whole) } : undefined
  return digits.length <= 12 && fraction.length >= 1 && fraction.length <= 3 ? OTHER : undefined
}

/** A Display String's bytes must be valid UTF-8 (RFC 9651 §4.2.10); `decodeURIComponent` checks exactly that. */
function isUtf8(percentEncoded: string): boolean {
  try {
    decodeURIComponent(percentEncoded)
    return true
  } catch {
    return false
  }
}

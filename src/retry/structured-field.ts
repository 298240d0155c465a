// A minimal RFC 9651 (Structured Field Values) parser: Lists and Dictionaries of Items and Inner Lists with
// Parameters, enough to read the IETF RateLimit field. Written here rather than taken from the
// `structured-headers` package because only this one field needs it, and a full implementation with
// serializers would land in every browser bundle of the client for that. Bare items this module never
// reads (Decimal, Byte Sequence, Boolean, Date, Display String) are checked, then dropped.
import { trimSp } from './ows.js'

export type Bare =
  | { readonly type: 'integer'; readonly value: number }
  | { readonly type: 'string' | 'token'; readonly value: string }
  | { readonly type: 'other' | 'inner-list' }
export interface Member {
  readonly item: Bare
  readonly params: ReadonlyMap<string, Bare>
}
export interface Cursor {
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

export function integerAtLeastZero(bare: Bare | undefined): number | undefined {
  return bare?.type === 'integer' && bare.value >= 0 ? bare.value : undefined
}

export function parseMembers<T>(value: string, member: (c: Cursor) => T | undefined): T[] | undefined {
  const c: Cursor = { text: trimSp(value), pos: 0 }
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

export function parseDictionaryMember(c: Cursor): readonly [string, Member] | undefined {
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

export function parseMemberValue(c: Cursor): Member | undefined {
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

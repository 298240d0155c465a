/**
 * Small readers shared by the rules. Each one is cheap and allocation-free on the path where a rule
 * bails out, because every rule runs on every response.
 */
import type { ResponseFacts } from './types.js'

/** A parsed JSON object (not an array, not null). */
export type JsonObject = Readonly<Record<string, unknown>>

/** 2xx: the class that tells caches, monitoring and retry logic that all went well (RFC 9110 §15.3). */
export function isSuccess(status: number): boolean {
  return status >= 200 && status <= 299
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The body's top-level JSON object, or `undefined` when the body is not a JSON object. */
export function jsonObjectOf(facts: ResponseFacts): JsonObject | undefined {
  const body = facts.body
  return body.type === 'json' && isJsonObject(body.value) ? body.value : undefined
}

/** An own member: `{}.constructor` is not a key of the body. */
export function hasKey(object: JsonObject, key: string): boolean {
  return Object.hasOwn(object, key)
}

/** Whether the endpoint's schema declares this top-level key, so generic detectors leave it alone. */
export function isDeclared(facts: ResponseFacts, key: string): boolean {
  return facts.declaredKeys?.has(key) === true
}

/** A JSON pointer (RFC 6901 §3): `~` is written `~0` and `/` is written `~1` inside a segment. */
export function jsonPointer(...segments: readonly (string | number)[]): string {
  let pointer = ''
  for (const segment of segments) {
    pointer += `/${String(segment).replaceAll('~', '~0').replaceAll('/', '~1')}`
  }
  return pointer
}

/**
 * A JSON rendering of a value for a message, cut to `max` characters so a message stays one line.
 *
 * Written out here, without recursion, rather than `JSON.stringify` and a cut: a server's
 * `{"error": [[[... 5,000 levels ...]]]}` overflows the stack of `JSON.stringify` (and of the
 * `String(array)` fallback), which used to skip the rule and let the error payload through as `ok`
 * (issue 13). This stops as soon as `max` characters are written, however deep or large the value.
 */
export function preview(value: unknown, max = 60): string {
  const text = render(value, max + 1)
  return text.length > max ? `${text.slice(0, max)}…` : text
}

/** An array or object being written: its keys (none for an array) and the next member. */
interface Open {
  readonly value: object
  readonly keys: readonly string[] | undefined
  index: number
}

function render(value: unknown, limit: number): string {
  const top = scalar(value, limit)
  if (top !== undefined) return top ?? String(value)
  let out = ''
  const stack: Open[] = [open(value as object)]
  out += Array.isArray(value) ? '[' : '{'
  while (stack.length > 0 && out.length < limit) {
    const frame = stack[stack.length - 1] as Open
    const { keys } = frame
    const length = keys === undefined ? (frame.value as unknown[]).length : keys.length
    if (frame.index >= length) {
      stack.pop()
      out += keys === undefined ? ']' : '}'
      continue
    }
    const key = keys?.[frame.index]
    const member: unknown =
      key === undefined
        ? (frame.value as unknown[])[frame.index]
        : (frame.value as Record<string, unknown>)[key]
    const separator = frame.index > 0 ? ',' : ''
    frame.index++
    const written = scalar(member, limit)
    // JSON.stringify leaves out object members it cannot write, and writes them as null in arrays.
    if (written === null && key !== undefined) continue
    out += separator
    if (key !== undefined) out += `${JSON.stringify(key)}:`
    if (written !== undefined) {
      out += written ?? 'null'
      continue
    }
    out += Array.isArray(member) ? '[' : '{'
    stack.push(open(member as object))
  }
  return out
}

function open(value: object): Open {
  return { value, keys: Array.isArray(value) ? undefined : Object.keys(value), index: 0 }
}

/**
 * A value that is not an array or plain object, as JSON writes it; `null` for one JSON leaves out
 * (`undefined`, a function, a symbol, a bigint); `undefined` for an array or object, written by the caller.
 */
function scalar(value: unknown, limit: number): string | null | undefined {
  switch (typeof value) {
    case 'string':
      // Only the head can be shown; cutting first keeps a 10 MB string from being copied whole.
      return JSON.stringify(value.length > limit ? value.slice(0, limit) : value)
    case 'number':
    case 'boolean':
      return JSON.stringify(value)
    case 'object':
      return value === null ? 'null' : undefined
    default:
      return null
  }
}

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
 * `JSON.stringify` throws `RangeError` on a server's `{"error": [[[... 5,000 levels ...]]]}`, and so did
 * the `String(array)` that used to stand in for it, which skipped the rule and let the error payload
 * through as `ok` (issue 13). The stand-in now walks down the first member of each level in a loop.
 */
export function preview(value: unknown, max = 60): string {
  let text: string
  try {
    text = JSON.stringify(value) ?? String(value)
  } catch {
    // Too deep, or cyclic (a custom rule's value): the opening of the nesting says what it is.
    text = ''
    let inner = value
    while (typeof inner === 'object' && inner !== null && text.length <= max) {
      const key = Array.isArray(inner) ? undefined : Object.keys(inner)[0]
      text += key === undefined ? (Array.isArray(inner) ? '[' : '{') : `{${JSON.stringify(key)}:`
      inner = (inner as Record<string, unknown>)[key ?? 0]
    }
    if (text.length <= max) text += typeof inner === 'string' ? JSON.stringify(inner) : String(inner)
  }
  return text.length > max ? `${text.slice(0, max)}…` : text
}

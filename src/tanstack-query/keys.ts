import type { Endpoint } from '../contract/define.js'

/** The parts of a call's input that say which data it fetches; the call options (signal, timeout...) do not. */
const IDENTIFYING = ['params', 'query', 'body', 'headers'] as const

/**
 * The key of every query of an endpoint: method and path, which stay the same whatever the client's base
 * URL, so `prefix` tells two APIs with the same paths apart.
 */
export function endpointKey(endpoint: Endpoint, prefix: string | undefined): readonly unknown[] {
  const key = [endpoint.method.toUpperCase(), endpoint.path]
  return prefix === undefined ? key : [prefix, ...key]
}

/**
 * The key part of an input: a plain object of its identifying parts (TanStack hashes keys as JSON, so an
 * AbortSignal or a Headers object would not hash; headers are turned into a plain, lower-cased record).
 */
export function inputKey(input: unknown): Readonly<Record<string, unknown>> {
  const key: Record<string, unknown> = {}
  if (typeof input !== 'object' || input === null) return key
  const parts = input as Readonly<Record<string, unknown>>
  for (const part of IDENTIFYING) {
    const value = parts[part]
    if (value === undefined) continue
    key[part] = part === 'headers' ? plainHeaders(value) : value
  }
  return key
}

function plainHeaders(headers: unknown): Record<string, string> {
  const entries: Iterable<readonly [string, unknown]> =
    headers instanceof Headers || Array.isArray(headers)
      ? (headers as Iterable<readonly [string, string]>)
      : Object.entries(headers as Record<string, unknown>)
  const record: Record<string, string> = {}
  // A header left undefined is not sent (src/request/headers.ts), so it names no different data.
  for (const [name, value] of entries) if (value !== undefined) record[name.toLowerCase()] = String(value)
  return record
}

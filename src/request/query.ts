import { UsageError } from '../errors/usage-error.js'

/** A value a query parameter can take. Arrays repeat the key; `null` and `undefined` leave it out. */
export type QueryValue = string | number | boolean | bigint | Date | null | undefined
/** Query parameters, serialized with `URLSearchParams` (`application/x-www-form-urlencoded`). */
export type Query = Readonly<Record<string, QueryValue | readonly QueryValue[]>> | URLSearchParams

function serialize(key: string, value: QueryValue): string | undefined {
  if (value === null || value === undefined) return undefined
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime()))
      throw new UsageError(`query parameter ${JSON.stringify(key)} is an invalid Date.`)
    return value.toISOString()
  }
  switch (typeof value) {
    case 'string':
    case 'boolean':
    case 'bigint':
      return String(value)
    case 'number':
      if (!Number.isFinite(value))
        throw new UsageError(`query parameter ${JSON.stringify(key)} is ${value}; pass a finite number.`)
      return String(value)
    default:
      throw new UsageError(
        `query parameter ${JSON.stringify(key)} is ${typeof value === 'object' ? 'an object' : typeof value}; pass a string, number, boolean, Date or an array of them (JSON.stringify nested objects yourself).`,
      )
  }
}

/**
 * Appends query parameters to `url`: strings as they are, numbers and booleans with `String()`, dates as
 * ISO 8601 (`toISOString()`), arrays as the key repeated (`?tag=a&tag=b`), null/undefined left out.
 * Parameters already in the path are kept.
 */
export function appendQuery(url: URL, query: Query | undefined): void {
  if (query === undefined) return
  if (query instanceof URLSearchParams) {
    for (const [key, value] of query) url.searchParams.append(key, value)
    return
  }
  for (const key of Object.keys(query)) {
    const value = query[key]
    const values: readonly QueryValue[] = Array.isArray(value) ? value : [value as QueryValue]
    for (const item of values) {
      const text = serialize(key, item)
      if (text !== undefined) url.searchParams.append(key, text)
    }
  }
}

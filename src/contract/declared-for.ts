/**
 * Which declaration of a `responses` record answers a status: its own code, then its class range
 * (`'4XX'`), then `default`, as OpenAPI reads a Responses Object. Read once per endpoint into a table
 * whose `get` the client (through `CallPlan.responses`) and the mocks both use, so the two never
 * disagree; a call that gets an explicitly declared code pays one `Map` lookup, as before ranges.
 */

/** The keys a `responses` record may have besides whole codes. */
export type RangeKey = '1XX' | '2XX' | '3XX' | '4XX' | '5XX'

/** A `responses` record read into a lookup table; `T` is what each declaration is read into. */
export interface Declarations<T> {
  readonly codes: ReadonlyMap<number, T>
  /** By the status's first digit: index 4 is `'4XX'`. */
  readonly ranges: readonly (T | undefined)[]
  readonly fallback: T | undefined
  /** The declaration for a status, or `undefined` when none covers it. Codes outside 100-599 reach only `default`. */
  get(status: number): T | undefined
}

export const RANGE: RegExp = /^[1-5]XX$/

/** Reads each declaration of a `responses` record (whose keys `defineApi` has checked) with `read`. */
export function declarationsOf<D, T>(
  responses: { readonly [key: string]: D },
  read: (declared: D) => T,
): Declarations<T> {
  const codes = new Map<number, T>()
  const ranges: (T | undefined)[] = []
  let fallback: T | undefined
  for (const [key, declared] of Object.entries(responses)) {
    if (key === 'default') fallback = read(declared)
    else if (RANGE.test(key)) ranges[Number(key[0])] = read(declared)
    else codes.set(Number(key), read(declared))
  }
  return {
    codes,
    ranges,
    fallback,
    get: (status) =>
      codes.get(status) ??
      (status >= 100 && status < 600 ? ranges[(status / 100) | 0] : undefined) ??
      fallback,
  }
}

/** The key of `responses` that covers `status` (its code, its range or `default`), as `get` reads it. */
export function coveringKey(responses: object, status: number): string | undefined {
  const keys = Object.fromEntries(Object.keys(responses).map((key) => [key, key]))
  return declarationsOf(keys, (key) => key).get(status)
}

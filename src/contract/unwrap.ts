import { UnwrapError } from '../errors/unwrap-error.js'
import type { ResultBase } from '../result.js'

/** The `data` of the results of `R` that are `ok`. */
export type SuccessData<R> = R extends { readonly ok: true; readonly data: infer D } ? D : never

/**
 * Returns the data of a 2xx result, or throws an `UnwrapError` carrying the whole result, for code
 * that prefers exceptions.
 *
 * @example const user = unwrap(await users.getUser({ params: { id: '42' } }))
 */
export function unwrap<R extends ResultBase<string> & { readonly ok: boolean }>(result: R): SuccessData<R> {
  if (result.ok) return (result as unknown as { data: SuccessData<R> }).data
  throw new UnwrapError(result)
}

import { UnwrapError } from '../errors/unwrap-error.js'
import type { AnyResult, Failure } from '../result.js'
import type { Endpoint } from './define.js'
import type { EndpointResult } from './types.js'

/** The `data` of the results of `R` that are `ok`. */
export type SuccessData<R> = R extends { readonly ok: true; readonly data: infer D } ? D : never

/**
 * An `UnwrapError` whose result is a failure of one endpoint. Built from `UnwrapError`'s other members
 * rather than extending it: relating the result of every possible endpoint to `Failure<AnyResult>` costs the
 * type checker ~100,000 instantiations, paid by every program that checks this file. For a given
 * endpoint it is still assignable to `UnwrapError`.
 */
export interface EndpointUnwrapError<E extends Endpoint> extends Omit<UnwrapError, 'result'> {
  readonly result: Failure<EndpointResult<E>>
}

/**
 * Returns the data of a 2xx result, or throws an `UnwrapError` carrying the whole result, for code
 * that prefers exceptions.
 *
 * @example const user = unwrap(await users.getUser({ params: { id: '42' } }))
 */
export function unwrap<R extends AnyResult>(result: R): SuccessData<R> {
  if (result.ok) return (result as unknown as { data: SuccessData<R> }).data
  throw new UnwrapError(result as Failure<AnyResult>)
}

const SPECIAL = /[.*+?^${}()|[\]\\]/g
const PARAM = /:[A-Za-z_][A-Za-z0-9_]*/g

/** Whether a request went to the endpoint: its method, and a path that ends with the filled template. */
function sentTo(endpoint: Endpoint, request: AnyResult['request']): boolean {
  if (request.method !== endpoint.method.toUpperCase()) return false
  const pattern = endpoint.path.replace(SPECIAL, '\\$&').replace(PARAM, '[^/]+')
  return new RegExp(`${pattern}$`).test(new URL(request.url).pathname)
}

/**
 * Narrows an unknown error (a `catch`, TanStack Query's `error`) to an `UnwrapError`, and with an endpoint
 * of a contract, to one whose result is a failure of that endpoint (same method, a URL path that the
 * endpoint's template matches).
 *
 * @example
 * try { unwrap(await users.getUser({ params: { id } })) }
 * catch (error) { if (isUnwrapError(error, api.getUser) && error.result.kind === 'notFound') showMissing() }
 */
export function isUnwrapError(error: unknown): error is UnwrapError
export function isUnwrapError<E extends Endpoint>(
  error: unknown,
  endpoint: E,
): error is EndpointUnwrapError<E>
export function isUnwrapError(error: unknown, endpoint?: Endpoint): boolean {
  if (!(error instanceof UnwrapError)) return false
  return endpoint === undefined || sentTo(endpoint, error.result.request)
}

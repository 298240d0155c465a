import type { Endpoint } from '../contract/define.js'
import type { EndpointResult } from '../contract/types.js'
import type { AnyResult, Failure } from '../result.js'

function describe(result: Failure<AnyResult>): string {
  const { method, url } = result.request
  const status = 'status' in result && typeof result.status === 'number' ? `${result.status} ` : ''
  return `[honest-fetch] ${method} ${url} gave ${status}${result.kind}; error.result is the whole result: render it with match(error.result, ...).`
}

/**
 * What a query or mutation made by `createQueryUtils` throws for a result that is not `ok`, so that
 * TanStack Query's `error` carries the endpoint's typed failure: `error.result.kind` is `notFound`,
 * `conflict`, `networkError`, `timeout`, ... with the fields of that kind.
 */
export class ResultError<F extends Failure<AnyResult> = Failure<AnyResult>> extends Error {
  override name = 'ResultError' as const
  /** The failed result, typed per endpoint. */
  readonly result: F
  /** The contract's endpoint the request was made for, which `isResultError(error, endpoint)` checks. */
  readonly endpoint: Endpoint

  constructor(result: F, endpoint: Endpoint) {
    super(describe(result))
    this.result = result
    this.endpoint = endpoint
  }
}

/** A `ResultError` of one endpoint: `result` is one of that endpoint's failures. */
export type EndpointResultError<E extends Endpoint> = ResultError<Failure<EndpointResult<E>>>

/**
 * Narrows an unknown error (TanStack Query's `error`, a `catch`) to a `ResultError`, and with an endpoint of
 * the contract, to one thrown for that endpoint, so `error.result` is that endpoint's typed failure.
 *
 * @example
 * if (isResultError(error, api.createUser) && error.result.kind === 'conflict') showTaken(error.result.data)
 */
export function isResultError(error: unknown): error is ResultError
export function isResultError<E extends Endpoint>(
  error: unknown,
  endpoint: E,
): error is EndpointResultError<E>
export function isResultError(error: unknown, endpoint?: Endpoint): boolean {
  return error instanceof ResultError && (endpoint === undefined || error.endpoint === endpoint)
}

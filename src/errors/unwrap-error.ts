import type { AnyResult, Failure } from '../result.js'

function describe(result: Failure<AnyResult>): string {
  const { method, url } = result.request
  const status = 'status' in result && typeof result.status === 'number' ? `${result.status} ` : ''
  return `[honest-fetch] ${method} ${url} gave ${status}${result.kind}, not a success; handle it with match() or check result.ok.`
}

/**
 * Thrown by `unwrap` for a result that is not a 2xx success. Carries the whole result. Not generic, so that
 * `error instanceof UnwrapError` gives a typed `result`; `isUnwrapError(error, endpoint)` narrows it to one
 * endpoint's failures.
 */
export class UnwrapError extends Error {
  override name = 'UnwrapError' as const
  readonly result: Failure<AnyResult>

  constructor(result: Failure<AnyResult>) {
    super(describe(result))
    this.result = result
  }
}

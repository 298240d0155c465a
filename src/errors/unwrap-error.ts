import type { ResultBase } from '../result.js'

type AnyResult = ResultBase<string> & { readonly status?: number }

function describe(result: AnyResult): string {
  const { method, url } = result.request
  const status = typeof result.status === 'number' ? `${result.status} ` : ''
  return `[honest-fetch] ${method} ${url} gave ${status}${result.kind}, not a success; handle it with match() or check result.ok.`
}

/** Thrown by `unwrap` for a result that is not a 2xx success. Carries the whole result. */
export class UnwrapError<R extends AnyResult = AnyResult> extends Error {
  override name = 'UnwrapError' as const
  readonly result: R

  constructor(result: R) {
    super(describe(result))
    this.result = result
  }
}

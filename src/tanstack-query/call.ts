import type { Endpoint } from '../contract/define.js'
import type { AnyResult, Failure } from '../result.js'
import { ResultError } from './result-error.js'

type Input = Readonly<Record<string, unknown>> & { readonly signal?: AbortSignal }
export type Call = (input?: Input) => Promise<AnyResult>

/**
 * Sends the call with TanStack's `signal` (it aborts when the query is cancelled, or when nothing observes
 * it any more), alongside the caller's own `signal` when the input has one.
 */
export function withSignal(input: Input | undefined, signal: AbortSignal | undefined): Input {
  if (signal === undefined) return input ?? {}
  const own = input?.signal
  return { ...input, signal: own === undefined ? signal : either(own, signal) }
}

/** `AbortSignal.any`, or where the runtime lacks it (Node 20.0-20.2, React Native's polyfill) the same by hand. */
function either(a: AbortSignal, b: AbortSignal): AbortSignal {
  if (typeof AbortSignal.any === 'function') return AbortSignal.any([a, b])
  const controller = new AbortController()
  const abort = (event: Event) => {
    a.removeEventListener('abort', abort)
    b.removeEventListener('abort', abort)
    controller.abort((event.target as AbortSignal).reason)
  }
  if (a.aborted || b.aborted) controller.abort(a.aborted ? a.reason : b.reason)
  else for (const s of [a, b]) s.addEventListener('abort', abort, { once: true })
  return controller.signal
}

/**
 * Calls the endpoint, resolves with the data of an `ok` result and throws a `ResultError` with any other:
 * TanStack Query knows success from failure only by resolve and reject.
 */
export async function dataOrThrow(
  call: Call,
  endpoint: Endpoint,
  input: Input | undefined,
  signal?: AbortSignal,
): Promise<unknown> {
  const result = await call(withSignal(input, signal))
  if (result.ok) return (result as { readonly data?: unknown }).data
  throw new ResultError(result as Failure<AnyResult>, endpoint)
}

/** A query's data: TanStack Query fails a query that resolves `undefined`, so a 204 (no body) gives `null`. */
export const orNull = (data: unknown): unknown => (data === undefined ? null : data)

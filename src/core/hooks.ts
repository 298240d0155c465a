/**
 * Plugins: named records of the client's hooks, run in the order given (ky's hook arrays, openapi-fetch's
 * middleware objects). The client's own `onRequest` / `onResult` / `onViolation` options are one more
 * such record; `auth` is another, written on this same API.
 */
import type { RequestOptions } from '../options.js'
import type { HttpResult, RequestSummary } from '../result.js'
import type { RetryInfo } from '../retry/options.js'
import type { Violation } from '../violation.js'

/** What a request hook sees, once per attempt. Headers may be changed here (e.g. a signature). */
export interface RequestEvent {
  readonly method: string
  readonly url: string
  /** The call's headers: what a hook sets here is sent with this attempt and the ones after it. */
  readonly headers: Headers
  /** 1 for the first attempt, 2 for the second (a retry or a replay), ... */
  readonly attempt: number
  /** The call's own options, as passed (e.g. `auth: false`). */
  readonly options: RequestOptions
}

/** What an attempt hook sees once the attempt has a result. */
export interface AttemptEvent {
  /** The very object `onRequest` got for this attempt (a key for per-attempt state, e.g. a span). */
  readonly request: RequestEvent
  /** This attempt's result; the call's may still be another attempt's. */
  readonly result: HttpResult
  /**
   * Whether returning `'replay'` would be granted: once per call, and never for a `ReadableStream` body,
   * which cannot be sent twice.
   */
  readonly mayReplay: boolean
}

/**
 * A named bundle of hooks, run in the order the plugins are given. A hook that throws (or rejects)
 * rejects the call with that error: hooks are the caller's code, and their bugs must not pass for a
 * network failure.
 * @example const logger: Plugin = { name: 'logger', onResult: (r) => console.log(r.kind, r.request.url) }
 */
export interface Plugin {
  /** Says whose hooks these are, in error messages and in your logs. */
  readonly name: string
  /** Before each attempt is sent; may set headers, and may be async. */
  readonly onRequest?: (event: RequestEvent) => void | Promise<void>
  /**
   * After each attempt, with its result. Returning `'replay'` asks for the same request once more at
   * once, whatever its method, outside the retry limit (see `mayReplay`): what `auth` does after a 401.
   */
  readonly onAttempt?: (event: AttemptEvent) => 'replay' | undefined | Promise<'replay' | undefined>
  /** Before the wait of each retry the retry policy decided on. */
  readonly onRetry?: (info: RetryInfo) => void
  /** For every violation found, `warn` and `error` alike. */
  readonly onViolation?: (violation: Violation, request: RequestSummary) => void
  /** With the call's result, whatever its kind. */
  readonly onResult?: (result: HttpResult) => void
}

type Hook = (...args: never[]) => unknown

type Async<F> = F extends (...args: infer A) => infer R ? (...args: A) => R | Promise<Awaited<R>> : never

/**
 * The plugins' hooks, each set merged into one function (undefined when no plugin has that hook); with
 * more than one, the merged hook is async, so the client awaits every hook it calls.
 */
export type Hooks = { readonly [K in Exclude<keyof Plugin, 'name'>]-?: Async<Plugin[K]> | undefined }

/** Merges each hook of the plugins into one function that calls them in order. */
export function composeHooks(plugins: readonly (Plugin | undefined)[]): Hooks {
  const merged = (key: keyof Hooks): Hook | undefined => {
    const hooks = plugins.flatMap((plugin) => (plugin?.[key] ? [plugin[key] as Hook] : []))
    if (hooks.length < 2) return hooks[0]
    // One after the other, each awaited (a header a hook sets is there for the next); any 'replay' wins.
    return async (...args: never[]) => {
      let answer: unknown
      for (const hook of hooks) if ((await hook(...args)) === 'replay') answer = 'replay'
      return answer
    }
  }
  return {
    onRequest: merged('onRequest') as Hooks['onRequest'],
    onAttempt: merged('onAttempt') as Hooks['onAttempt'],
    onRetry: merged('onRetry') as Hooks['onRetry'],
    onViolation: merged('onViolation') as Hooks['onViolation'],
    onResult: merged('onResult') as Hooks['onResult'],
  }
}

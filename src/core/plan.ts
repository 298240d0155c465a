import type { StandardSchemaV1 } from '@standard-schema/spec'
import type { RequestOptions } from '../options.js'
import type { RequestSummary } from '../result.js'
import type { RetryPolicy } from '../retry/policy.js'
import type { CompiledRules } from '../violations/engine.js'

/** What a typed endpoint declares about one status. */
export interface DeclaredResponse {
  /** The body schema, or `null` when the status is declared to have no body. */
  readonly schema: StandardSchemaV1 | null
  /** Top-level keys the schema names; the generic error-payload detector leaves them alone. */
  readonly declaredKeys: ReadonlySet<string> | undefined
}

/** Everything one call needs, resolved once before the first attempt. */
export interface CallPlan {
  readonly method: string
  readonly url: string
  readonly summary: RequestSummary
  readonly headers: Headers
  readonly body: unknown
  readonly signal: AbortSignal | undefined
  /** Per-attempt limit in ms; `undefined` for none. */
  readonly timeout: number | undefined
  /** Whole-call limit in ms; `undefined` for none. */
  readonly totalTimeout: number | undefined
  readonly retry: RetryPolicy
  readonly rules: CompiledRules
  /** The request asked for JSON (its Accept header), so a non-JSON 2xx is suspect. */
  readonly acceptsJson: boolean
  /** Declared responses by status, for typed endpoints. */
  readonly responses: ReadonlyMap<number, DeclaredResponse> | undefined
  /** The call's options as given, for plugins (e.g. `auth: false`). */
  readonly options: RequestOptions
}

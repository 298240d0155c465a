import type { StandardSchemaV1 } from '@standard-schema/spec'
import type { BodyType } from '../body/media-type.js'
import type { MediaRange } from '../request/accept.js'
import type { RequestOptions } from '../options.js'
import type { RequestSummary } from '../result.js'
import type { ReconnectState, ResponseType } from '../stream/types.js'
import type { RetryPolicy } from '../retry/policy.js'
import type { CompiledRules } from '../violations/engine.js'

/** What a typed endpoint declares about one status. */
export interface DeclaredResponse {
  /** The body schema, or `null` when none validates the body. */
  readonly schema: StandardSchemaV1 | null
  /** The body's media type and how it is read; `null` when the status is declared without a body. */
  readonly body: BodyType | null
  /** Top-level keys the schema names; the generic error-payload detector leaves them alone. */
  readonly declaredKeys: ReadonlySet<string> | undefined
  /** How a 2xx of this status is handed over unread, when declared so (`format: 'sse'`, ...). */
  readonly stream?: ResponseType | undefined
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
  /** The request's Accept field, parsed: what an undeclared response is checked against. */
  readonly accept: readonly MediaRange[]
  /** Options for fetch itself (`credentials`, `cache`, ...), client's and call's merged; `undefined` for none. */
  readonly fetchOptions: Readonly<Record<string, unknown>> | undefined
  /** How a 2xx body is handed over unread (`stream`, `sse`, `ndjson`); `undefined` reads it whole. */
  readonly responseType?: ResponseType | undefined
  /** How an event stream reconnects (`responseType: 'sse'`); `undefined` for never. */
  readonly reconnect?: ReconnectState | undefined
  /** Declared responses by status, for typed endpoints. */
  readonly responses: ReadonlyMap<number, DeclaredResponse> | undefined
  /** The call's options as given, for plugins (e.g. `auth: false`). */
  readonly options: RequestOptions
}

import type { StandardSchemaV1 } from '@standard-schema/spec'
import type { Problem } from './body/problem.js'
import type { ErrorStatusKind, StatusKind, SuccessKind, WaitKind } from './status.js'
import type { Violation } from './violation.js'

/** What was asked: the method and the final URL, with any credentials removed. */
export interface RequestSummary {
  readonly method: string
  readonly url: string
}

/** Fields present on every result. */
export interface ResultBase<K extends string> {
  readonly kind: K
  /** How many requests were sent (0 when nothing was sent). */
  readonly attempts: number
  readonly request: RequestSummary
  /** What the server did wrong; empty when it behaved. Warnings leave the kind unchanged. */
  readonly violations: readonly Violation[]
}

/** Fields present on every result that carries an HTTP response. */
export interface ResponseFields<D, H extends Headers = Headers> {
  readonly status: number
  /** The response headers; typed `get` for the names a typed endpoint's status declares. */
  readonly headers: H
  /** The parsed body: JSON value, text, or `undefined` when empty or not parsed (HEAD, 204, 205, 304). */
  readonly data: D
}

interface LocationField {
  /** The `Location` header, resolved against the request URL; `undefined` when absent or not an http(s) URL. */
  readonly location: string | undefined
}

interface ProblemField {
  /** The RFC 9457 problem details, when the body was `application/problem+json`. */
  readonly problem: Problem | undefined
}

interface RetryAfterField extends ProblemField {
  /**
   * The wait the server asked for before a retry, in ms, when it said so (Retry-After, RateLimit). On a
   * 403 only with the `github` vendor rule, when the 403 is GitHub's rate limit.
   */
  readonly retryAfterMs: number | undefined
}

/** Extra fields of the kinds that have them; one conditional, so each kind resolves in one step. */
type KindExtras<K> = K extends 'created'
  ? LocationField
  : K extends WaitKind | 'forbidden'
    ? RetryAfterField
    : K extends ErrorStatusKind
      ? ProblemField
      : unknown

/** A status result with `ok` given explicitly (a typed endpoint's undeclared 2xx is not `ok`). */
export type StatusResultWith<
  K extends StatusKind,
  D,
  Ok extends boolean,
  H extends Headers = Headers,
> = K extends StatusKind ? ResultBase<K> & ResponseFields<D, H> & { readonly ok: Ok } & KindExtras<K> : never

/** The result of a response whose status is the whole story: one kind per status. */
export type StatusResult<
  K extends StatusKind = StatusKind,
  D = unknown,
  H extends Headers = Headers,
> = K extends StatusKind ? StatusResultWith<K, D, K extends SuccessKind ? true : false, H> : never

/** The server broke HTTP semantics so that the response cannot be trusted, e.g. 200 with an error body. */
export interface ProtocolViolationResult extends ResultBase<'protocolViolation'>, ResponseFields<unknown> {
  readonly ok: false
  /** The kind the status alone would have given. */
  readonly statusKind: StatusKind
}

/** A declared status whose body does not satisfy its schema. */
export interface SchemaMismatchResult extends ResultBase<'schemaMismatch'>, ResponseFields<unknown> {
  readonly ok: false
  /** The kind the status alone would have given. */
  readonly statusKind: StatusKind
  readonly issues: readonly StandardSchemaV1.Issue[]
}

/** The body was larger than `maxBodyBytes`; reading stopped there. */
export interface BodyTooLargeResult extends ResultBase<'bodyTooLarge'>, ResponseFields<undefined> {
  readonly ok: false
  /** The limit in bytes that was exceeded. */
  readonly limit: number
}

/**
 * The response fields of a result that has no response, as `never`, so that `r.status` reads on any
 * result (`number | undefined`) and destructuring narrows with the kind.
 */
interface NoResponse {
  readonly status?: never
  readonly headers?: never
  readonly data?: never
}

/** Stable short codes for what went wrong below HTTP. */
export type NetworkErrorCode =
  | 'refused'
  | 'reset'
  | 'dns'
  | 'tls'
  | 'incompleteBody'
  | 'invalidFraming'
  | 'headersTooLarge'
  | 'redirect'
  | 'offline'
  | 'unknown'

/** No usable response: refused, reset, DNS, TLS, a truncated body, invalid framing. */
export interface NetworkErrorResult extends ResultBase<'networkError'>, NoResponse {
  readonly ok: false
  readonly code: NetworkErrorCode
  /** The error the runtime raised. */
  readonly error: unknown
}

/** The per-attempt `timeout` or the `totalTimeout` elapsed. */
export interface TimeoutResult extends ResultBase<'timeout'>, NoResponse {
  readonly ok: false
  /** The limit that elapsed, in ms. */
  readonly timeoutMs: number
}

/** The caller's `AbortSignal` fired. */
export interface AbortedResult extends ResultBase<'aborted'>, NoResponse {
  readonly ok: false
  /** The signal's `reason`. */
  readonly reason: unknown
}

/** A typed endpoint's params, query, headers or body failed its schema; nothing was sent. */
export interface InvalidRequestResult extends ResultBase<'invalidRequest'>, NoResponse {
  readonly ok: false
  readonly issues: readonly StandardSchemaV1.Issue[]
}

/** Outcomes that are not a trustworthy HTTP status. */
export type FailureResult =
  | ProtocolViolationResult
  | SchemaMismatchResult
  | BodyTooLargeResult
  | NetworkErrorResult
  | TimeoutResult
  | AbortedResult

/** What every untyped call resolves to. */
export type HttpResult = StatusResult | FailureResult

/**
 * A type that every result is assignable to, from an untyped call or any typed endpoint (whose undeclared
 * 2xx statuses have `ok: false`), for code that handles results from many places, e.g. a shared error view.
 */
export type AnyResult =
  | StatusResult
  | StatusResultWith<SuccessKind, unknown, false>
  | FailureResult
  | InvalidRequestResult

/**
 * The failure side of a result union: its members with `ok: false`.
 *
 * @example
 * function ErrorView(failure: Failure<AnyResult>): string { return failure.kind }
 */
export type Failure<R> = R extends { readonly ok: false } ? R : never

/** Every `kind` a result can have. */
export type ResultKind = HttpResult['kind'] | InvalidRequestResult['kind']

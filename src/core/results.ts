import type { StandardSchemaV1 } from '@standard-schema/spec'
import type { Problem } from '../body/problem.js'
import type {
  AbortedResult,
  BodyTooLargeResult,
  HttpResult,
  InvalidRequestResult,
  NetworkErrorCode,
  NetworkErrorResult,
  ProtocolViolationResult,
  RequestSummary,
  SchemaMismatchResult,
  TimeoutResult,
} from '../result.js'
import { type StatusKind, WAIT_STATUSES } from '../status.js'
import type { Violation } from '../violation.js'

const NO_VIOLATIONS: readonly Violation[] = Object.freeze([])

export { NO_VIOLATIONS }

interface Common {
  readonly request: RequestSummary
  readonly attempts: number
}

export function abortedResult(common: Common, reason: unknown): AbortedResult {
  return { kind: 'aborted', ok: false, ...common, violations: NO_VIOLATIONS, reason }
}

export function timeoutResult(common: Common, timeoutMs: number): TimeoutResult {
  return { kind: 'timeout', ok: false, ...common, violations: NO_VIOLATIONS, timeoutMs }
}

export function networkErrorResult(
  common: Common,
  code: NetworkErrorCode,
  error: unknown,
): NetworkErrorResult {
  return { kind: 'networkError', ok: false, ...common, violations: NO_VIOLATIONS, code, error }
}

export function invalidRequestResult(
  request: RequestSummary,
  issues: readonly StandardSchemaV1.Issue[],
): InvalidRequestResult {
  return { kind: 'invalidRequest', ok: false, request, attempts: 0, violations: NO_VIOLATIONS, issues }
}

/** The fields a response-carrying result is built from. */
export interface ResponseParts extends Common {
  readonly status: number
  readonly headers: Headers
  readonly data: unknown
  readonly violations: readonly Violation[]
}

export function bodyTooLargeResult(
  common: Common,
  status: number,
  headers: Headers,
  limit: number,
): BodyTooLargeResult {
  const { request, attempts } = common
  return {
    kind: 'bodyTooLarge',
    ok: false,
    status,
    headers,
    data: undefined,
    request,
    attempts,
    violations: NO_VIOLATIONS,
    limit,
  }
}

export function protocolViolationResult(
  parts: ResponseParts,
  statusKind: StatusKind,
): ProtocolViolationResult {
  return { kind: 'protocolViolation', ok: false, ...parts, statusKind }
}

export function schemaMismatchResult(
  parts: ResponseParts,
  statusKind: StatusKind,
  issues: readonly StandardSchemaV1.Issue[],
): SchemaMismatchResult {
  return { kind: 'schemaMismatch', ok: false, ...parts, statusKind, issues }
}

/** Extras that only some status kinds carry. */
export interface StatusExtras {
  readonly location: string | undefined
  readonly problem: Problem | undefined
  readonly retryAfterMs: number | undefined
}

/**
 * Builds a status result; `ok` is true only for a 2xx that passed every check (for a typed endpoint,
 * that includes being a declared status). Fields are always written in the same order so every
 * result object has the same hidden class; extras are added only to the kinds whose type declares them.
 */
export function statusResult(
  kind: StatusKind,
  ok: boolean,
  parts: ResponseParts,
  extras: StatusExtras,
): HttpResult {
  const { status } = parts
  const result: Record<string, unknown> = {
    kind,
    ok,
    status,
    headers: parts.headers,
    data: parts.data,
    request: parts.request,
    attempts: parts.attempts,
    violations: parts.violations,
  }
  if (kind === 'created') result.location = extras.location
  // 403: GitHub's primary rate limit, with the `github` vendor headers (retry/policy.ts).
  if (WAIT_STATUSES.has(status) || status === 403) result.retryAfterMs = extras.retryAfterMs
  if (status >= 400 || status < 200) result.problem = extras.problem
  return result as unknown as HttpResult
}

// The client
export { createClient } from './client.js'
export type { Client } from './client.js'
export type { ClientOptions, FetchOptions, RequestOptions } from './options.js'
export type { AttemptEvent, Plugin, RequestEvent } from './core/hooks.js'
export type { AuthOptions } from './auth/auth.js'
export type { Query, QueryValue } from './request/query.js'
export type { HeadersInput } from './request/headers.js'
export type { FetchFunction } from './transport/fetch-transport.js'
export type { RedirectMode, Transport, TransportRequest, TransportResponse } from './transport/types.js'

// Results
export type {
  AbortedResult,
  BodyTooLargeResult,
  AnyResult,
  Failure,
  FailureResult,
  HttpResult,
  InvalidRequestResult,
  NetworkErrorCode,
  NetworkErrorResult,
  ProtocolViolationResult,
  RequestSummary,
  ResponseFields,
  ResultBase,
  ResultKind,
  SchemaMismatchResult,
  StatusResult,
  StatusResultWith,
  TimeoutResult,
} from './result.js'
export type { Problem } from './body/problem.js'
export type { ParsedBody } from './body/parsed-body.js'

// Streams
export type {
  ItemFailed,
  ItemOk,
  NdjsonLine,
  ResponseType,
  ServerSentEvent,
  TypedServerSentEvent,
} from './stream/types.js'

// Statuses
export { STATUS_CODE_OF, STATUS_KINDS, statusKind } from './status.js'
export type {
  ClassKind,
  ClientErrorKind,
  ErrorStatusKind,
  RedirectKind,
  ServerErrorKind,
  StatusCode,
  StatusKind,
  StatusKindOf,
  SuccessKind,
} from './status.js'

// Typed contracts
export { defineApi } from './contract/define.js'
export type { BodyFormat } from './body/media-type.js'
export type {
  Api,
  Endpoint,
  FormBody,
  FormContentType,
  FormEncoding,
  MediaDeclaration,
  ResponseDeclaration,
  ResponseObject,
  Responses,
  ResponseSpec,
} from './contract/define.js'
export type { RangeKey } from './contract/declared-for.js'
export { createApiClient } from './contract/api-client.js'
export type {
  ApiClient,
  ApiResult,
  BodySchemaOf,
  CallInput,
  CallOptions,
  Covered,
  CoveredCodes,
  DeclarationFor,
  DeclaredHeaders,
  DeclaredKinds,
  DeclaredMediaTypes,
  EndpointCall,
  EndpointResult,
} from './contract/types.js'
export type { PathParams } from './contract/path.js'
export { match } from './contract/match.js'
export type { DeclaredKindsOf, Handlers, HandlersWithFallback } from './contract/match.js'
export { isUnwrapError, unwrap } from './contract/unwrap.js'
export type { EndpointUnwrapError, SuccessData } from './contract/unwrap.js'

// Retries
export type { Clock, RetryInfo, RetryOptions, VendorWaitHeader, WaitSource } from './retry/options.js'

// Violations
export type { RuleLevel, Severity, Violation } from './violation.js'
export { presets } from './violations/presets/index.js'
export { BUILT_IN_RULES } from './violations/rules/index.js'
export type { CustomDetector, CustomFinding, ViolationConfig } from './violations/engine.js'
export type { Finding, Preset, ResponseFacts, Rule, RuleLevels } from './violations/types.js'

// Errors
export { UsageError } from './errors/usage-error.js'
export { ReconnectError } from './errors/reconnect-error.js'
export { UnwrapError } from './errors/unwrap-error.js'

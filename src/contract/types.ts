import type { StandardSchemaV1 } from '@standard-schema/spec'
import type { BodyFormat } from '../body/media-type.js'
import type { FetchOptions } from '../options.js'
import type { HeadersInput } from '../request/headers.js'
import type { Query } from '../request/query.js'
import type { FailureResult, InvalidRequestResult, StatusResult, StatusResultWith } from '../result.js'
import type { RetryOptions } from '../retry/options.js'
import type { StatusKind, StatusKindOf } from '../status.js'
import type { NdjsonLine, ResponseType, ServerSentEvent, TypedServerSentEvent } from '../stream/types.js'
import type { ViolationConfig } from '../violations/engine.js'
import type { Endpoint } from './define.js'
import type { PathParams } from './path.js'

type Output<S> = S extends StandardSchemaV1
  ? StandardSchemaV1.InferOutput<S>
  : S extends { readonly contentType: string }
    ? SpecOutput<S>
    : undefined

/** The data of a `ResponseSpec`: what a streamed format hands over, its schema's output, or what its format reads. */
type SpecOutput<S> = S extends { readonly format: infer F extends ResponseType }
  ? StreamOutput<F, S extends { readonly schema: infer V extends StandardSchemaV1 } ? V : undefined>
  : S extends { readonly schema: infer V extends StandardSchemaV1 }
    ? StandardSchemaV1.InferOutput<V>
    : S extends { readonly format: infer F extends BodyFormat }
      ? FormatOutput[F]
      : S extends { readonly contentType: `text/${string}` }
        ? string
        : unknown

/** What a streamed 2xx hands over: the bytes, or events and lines, each validated by `V` when given. */
type StreamOutput<F, V> = F extends 'stream'
  ? ReadableStream<Uint8Array>
  : V extends StandardSchemaV1
    ? F extends 'sse'
      ? AsyncIterable<TypedServerSentEvent<StandardSchemaV1.InferOutput<V>>>
      : AsyncIterable<NdjsonLine<StandardSchemaV1.InferOutput<V>>>
    : F extends 'sse'
      ? AsyncIterable<ServerSentEvent>
      : AsyncIterable<NdjsonLine>

/** What each body format reads into. */
export interface FormatOutput {
  readonly json: unknown
  readonly text: string
  readonly bytes: Uint8Array
}
type Input<S> = S extends StandardSchemaV1 ? StandardSchemaV1.InferInput<S> : never

/** The status codes a `responses` record declares. */
export type DeclaredCodes<R> = Extract<keyof R, number>
/** The kinds of the declared statuses. */
export type DeclaredKinds<R> = StatusKindOf<DeclaredCodes<R>>

type DeclaredResult<R> = {
  [C in DeclaredCodes<R>]: StatusResult<StatusKindOf<C>, Output<R[C]>>
}[DeclaredCodes<R>]

/**
 * The result of a typed endpoint: each declared status with its schema's output as `data`; every
 * other status still its own kind, with `data: unknown` and `ok: false` (an undeclared 2xx did not
 * pass the contract); and the failures.
 */
export type ApiResult<R> =
  | DeclaredResult<R>
  | StatusResultWith<Exclude<StatusKind, DeclaredKinds<R>>, unknown, false>
  | FailureResult
  | InvalidRequestResult

/** The result of one endpoint. */
export type EndpointResult<E extends Endpoint> = ApiResult<E['responses']>

type Part<Name extends string, S> = S extends StandardSchemaV1
  ? undefined extends Input<S>
    ? { readonly [K in Name]?: Input<S> }
    : { readonly [K in Name]: Input<S> }
  : unknown

type ParamsPart<P extends string> = [keyof PathParams<P>] extends [never]
  ? { readonly params?: Readonly<Record<string, never>> }
  : { readonly params: PathParams<P> }

/** Options every typed call accepts. */
export interface CallOptions {
  readonly signal?: AbortSignal
  /** Per-attempt timeout in ms for this call, or `false`. */
  readonly timeout?: number | false
  readonly retry?: RetryOptions | false
  readonly violations?: ViolationConfig
  /** Options passed to `fetch` for this call (`credentials`, `cache`, Next.js `next`, ...). */
  readonly fetchOptions?: FetchOptions
}

/** The schema of a declared body: the body itself (JSON), or a form body's `schema`. */
export type BodySchemaOf<B> = B extends StandardSchemaV1
  ? B
  : B extends { readonly schema: infer S extends StandardSchemaV1 }
    ? S
    : undefined

/** What a typed call takes: `params` for each path parameter, and the declared request parts. */
export type CallInput<E extends Endpoint> = ParamsPart<E['path']> &
  (BodySchemaOf<E['body']> extends StandardSchemaV1
    ? Part<'body', BodySchemaOf<E['body']>>
    : { readonly body?: never }) &
  (E['query'] extends StandardSchemaV1 ? Part<'query', E['query']> : { readonly query?: Query }) &
  (E['headers'] extends StandardSchemaV1
    ? Part<'headers', E['headers']>
    : { readonly headers?: HeadersInput }) &
  CallOptions

/** One endpoint's method on the typed client. */
export type EndpointCall<E extends Endpoint> =
  object extends CallInput<E>
    ? (input?: CallInput<E>) => Promise<EndpointResult<E>>
    : (input: CallInput<E>) => Promise<EndpointResult<E>>

/** The typed client: one method per endpoint. */
export type ApiClient<A> = { readonly [N in keyof A]: A[N] extends Endpoint ? EndpointCall<A[N]> : never }

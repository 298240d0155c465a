import type { StandardSchemaV1 } from '@standard-schema/spec'
import type { BodyFormat } from '../body/media-type.js'
import type { FetchOptions } from '../options.js'
import type { HeadersInput } from '../request/headers.js'
import type { Query } from '../request/query.js'
import type { FailureResult, InvalidRequestResult, StatusResult, StatusResultWith } from '../result.js'
import type { RetryOptions } from '../retry/options.js'
import type {
  ClientErrorKind,
  RedirectKind,
  ServerErrorKind,
  StatusKind,
  StatusKindOf,
  SuccessCode,
  SuccessKind,
} from '../status.js'
import type { NdjsonLine, ResponseType, ServerSentEvent, TypedServerSentEvent } from '../stream/types.js'
import type { ViolationConfig } from '../violations/engine.js'
import type { RangeKey } from './declared-for.js'
import type { Endpoint } from './define.js'
import type { PathParams } from './path.js'

type Output<S> = S extends StandardSchemaV1
  ? StandardSchemaV1.InferOutput<S>
  : S extends { readonly contentType: string }
    ? SpecOutput<S>
    : S extends { readonly content: infer C }
      ? { [M in keyof C & string]: MediaOutput<C[M], M> }[keyof C & string]
      : S extends { readonly schema: infer V extends StandardSchemaV1 }
        ? StandardSchemaV1.InferOutput<V>
        : undefined

/** The data of one media type of a `content` map: a schema alone is JSON, else as a `ResponseSpec` of it. */
type MediaOutput<D, M extends string> = D extends StandardSchemaV1
  ? StandardSchemaV1.InferOutput<D>
  : SpecOutput<(D extends object ? D : unknown) & { readonly contentType: M }>

/**
 * The media types a declaration names: its `content` keys, its `contentType`, or JSON for a schema.
 */
export type DeclaredMediaTypes<S> = S extends StandardSchemaV1
  ? 'application/json'
  : S extends { readonly content: infer C }
    ? keyof C & string
    : S extends { readonly contentType: infer T extends string }
      ? T
      : S extends { readonly schema: StandardSchemaV1 }
        ? 'application/json'
        : never

// One indexed access over the declared 2xx codes (of the status table), not a mapped type per endpoint.
type SuccessMediaTypes<R> = DeclaredMediaTypes<R[Extract<keyof R, SuccessCode>]>

/**
 * `Headers` whose `get` is typed for the names a status declares (lower-cased, as `Headers` reads any
 * case): a required one is its schema's string type, an optional one may be `null`, any other name
 * `string | null`. The values are the response's, as received; the schema only checked them.
 */
export interface DeclaredHeaders<O> extends Headers {
  get<N extends keyof O & string>(name: N): HeaderValue<O[N]>
  get(name: string): string | null
}
type HeaderValue<V> = V extends string ? V : V extends undefined ? null : string

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

type Digit = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9
type ToCode<S> = S extends `${infer C extends number}` ? C : never
/** The codes of each class range, e.g. `400 | 401 | ... | 499` for `'4XX'`. */
interface RangeCodes {
  readonly '1XX': ToCode<`1${Digit}${Digit}`>
  readonly '2XX': ToCode<`2${Digit}${Digit}`>
  readonly '3XX': ToCode<`3${Digit}${Digit}`>
  readonly '4XX': ToCode<`4${Digit}${Digit}`>
  readonly '5XX': ToCode<`5${Digit}${Digit}`>
}
/**
 * The status codes a `responses` record covers: its codes, every code of its ranges, and any code at all
 * when it declares `default`.
 */
export type CoveredCodes<R> = 'default' extends keyof R
  ? number
  : DeclaredCodes<R> | RangeCodes[Extract<keyof R, RangeKey>]
/** The declaration that covers code `C`: its own, else its class range's, else `default`'s. */
export type DeclarationFor<R, C extends number> = C extends keyof R
  ? R[C]
  : `${C}` extends `${infer D extends 1 | 2 | 3 | 4 | 5}${Digit}${Digit}`
    ? `${D}XX` extends keyof R
      ? R[`${D}XX`]
      : DefaultDeclaration<R>
    : DefaultDeclaration<R>
type DefaultDeclaration<R> = 'default' extends keyof R ? R['default'] : never

declare const coveredBrand: unique symbol
/**
 * Marks a status result typed by a range (`'4XX'`) or `default` rather than by its own code: `match`
 * requires a handler for each explicitly declared kind only, and these fall to `_`.
 */
export interface Covered {
  readonly [coveredBrand]: true
}

/** The kinds each class range covers. 1xx never reaches a fetch caller, so `'1XX'` types no kind. */
interface RangeKinds {
  readonly '1XX': never
  readonly '2XX': SuccessKind
  readonly '3XX': RedirectKind
  readonly '4XX': ClientErrorKind
  readonly '5XX': Exclude<ServerErrorKind, 'serverError'>
}
type DeclaredRanges<R> = Extract<keyof R, RangeKey>
/** The kinds an explicit code or a range of `R` covers. */
type CoveredKinds<R> = DeclaredKinds<R> | RangeKinds[DeclaredRanges<R>]
type DefaultData<R> = 'default' extends keyof R ? Output<R['default']> : unknown

// A schema alone (most statuses) is settled by the first test; only a declaration object is asked for headers.
type DeclaredResult<R> = {
  [C in DeclaredCodes<R>]: R[C] extends StandardSchemaV1
    ? StatusResult<StatusKindOf<C>, StandardSchemaV1.InferOutput<R[C]>>
    : R[C] extends { readonly headers: infer H extends StandardSchemaV1 }
      ? StatusResult<StatusKindOf<C>, Output<R[C]>, DeclaredHeaders<StandardSchemaV1.InferOutput<H>>>
      : StatusResult<StatusKindOf<C>, Output<R[C]>>
}[DeclaredCodes<R>]

/** The `headers` of a range's or `default`'s declaration, typed as `DeclaredHeaders` when it declares them. */
type HeadersOf<D> = D extends { readonly headers: infer H extends StandardSchemaV1 }
  ? DeclaredHeaders<StandardSchemaV1.InferOutput<H>>
  : Headers

type RangeResult<R> =
  | ('2XX' extends keyof R
      ? StatusResultWith<
          Exclude<SuccessKind, DeclaredKinds<R>>,
          Output<R['2XX']>,
          true,
          HeadersOf<R['2XX']>
        > &
          Covered
      : never)
  | {
      [G in Exclude<DeclaredRanges<R>, '2XX'>]: StatusResultWith<
        Exclude<RangeKinds[G], DeclaredKinds<R>>,
        Output<R[G]>,
        false,
        HeadersOf<R[G]>
      > &
        Covered
    }[Exclude<DeclaredRanges<R>, '2XX'>]

/**
 * `serverError` is an unregistered 5xx (under `'5XX'`) or a code outside 200-599 (only under `default`).
 * Without either it is undeclared.
 */
type ServerErrorResult<R> =
  'serverError' extends DeclaredKinds<R>
    ? never
    : '5XX' extends keyof R
      ? StatusResultWith<'serverError', Output<R['5XX']> | DefaultData<R>, false> & Covered
      : 'default' extends keyof R
        ? StatusResultWith<'serverError', Output<R['default']>, false, HeadersOf<R['default']>> & Covered
        : StatusResultWith<'serverError', unknown, false>

/** The kinds neither a code nor a range covers: `default`'s when declared (a 2xx then `ok`), else undeclared. */
type RestResult<R, K extends StatusKind> = 'default' extends keyof R
  ?
      | (StatusResultWith<Extract<K, SuccessKind>, Output<R['default']>, true, HeadersOf<R['default']>> &
          Covered)
      | (StatusResultWith<Exclude<K, SuccessKind>, Output<R['default']>, false, HeadersOf<R['default']>> &
          Covered)
  : StatusResultWith<K, unknown, false>

/**
 * The result of a typed endpoint: each declared status with its schema's output as `data` (its own
 * code's, else its class range's, else `default`'s); every other status still its own kind, with
 * `data: unknown` and `ok: false` (an undeclared 2xx did not pass the contract); and the failures.
 */
export type ApiResult<R> =
  | DeclaredResult<R>
  // Codes only (most contracts): the undeclared kinds, without computing what ranges cover.
  | (Extract<keyof R, string> extends never
      ? StatusResultWith<Exclude<StatusKind, DeclaredKinds<R>>, unknown, false>
      :
          | RangeResult<R>
          | ServerErrorResult<R>
          | RestResult<R, Exclude<StatusKind, CoveredKinds<R> | 'serverError'>>)
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
  AcceptPart<SuccessMediaTypes<E['responses']>> &
  CallOptions

type AcceptPart<M> = {
  /**
   * The one media type to ask for (sent as `Accept`), of those the endpoint's 2xx declare; without it
   * the call asks for all of them, in declaration order. An `Accept` in `headers` wins.
   * @example client.exportRows({ accept: 'text/csv' })
   */
  readonly accept?: [M] extends [never] ? string : M
}

/** One endpoint's method on the typed client. */
export type EndpointCall<E extends Endpoint> =
  object extends CallInput<E>
    ? (input?: CallInput<E>) => Promise<EndpointResult<E>>
    : (input: CallInput<E>) => Promise<EndpointResult<E>>

/** The typed client: one method per endpoint. */
export type ApiClient<A> = { readonly [N in keyof A]: A[N] extends Endpoint ? EndpointCall<A[N]> : never }

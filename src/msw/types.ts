import type { StandardSchemaV1 } from '@standard-schema/spec'
import type { HttpHandler } from 'msw'
import type { BodyFormat } from '../body/media-type.js'
import type { Api, Endpoint } from '../contract/define.js'
import type { PathParamNames } from '../contract/path.js'
import type { BodySchemaOf, CoveredCodes, DeclarationFor } from '../contract/types.js'
import type {
  RedirectReplyInit,
  ReplyInit,
  ResponseOptions,
  RetryAfterOptions,
  UnauthorizedOptions,
} from './options.js'

/** Options of `mockApi`. */
export interface MockApiOptions {
  /**
   * The base URL the client under test uses; its path is a prefix of every endpoint's path, joined as the
   * client joins them (`https://api.test/v1` + `/users/:id`).
   * @example mockApi(usersApi, { baseURL: 'https://api.test/v1' })
   */
  readonly baseURL: string | URL
  /**
   * Example bodies per endpoint and status, for `example()`: e.g. the `apiExamples` export of a module
   * written by `honest-fetch openapi --examples`.
   * @example mockApi(api, { baseURL, examples: apiExamples })
   */
  readonly examples?: ApiExamples
}

/**
 * Example bodies per endpoint name, keyed as the contract's `responses` are (a code, `'4XX'`, `default`),
 * and under `headers` the response headers sent with the body of the same key.
 * @example { createPet: { 201: { id: 10, name: 'doggie' }, default: { message: 'oops' }, headers: { 201: { location: '/pets/10' } } } }
 */
export type ApiExamples = {
  readonly [endpoint: string]: {
    readonly [key: string]: unknown
    readonly headers?: { readonly [key: string]: { readonly [name: string]: string } }
  }
}

type Input<S extends StandardSchemaV1> = StandardSchemaV1.InferInput<S>

/** The statuses fetch follows (the Fetch standard's redirect statuses); a reply with one says where to. */
export type RedirectStatus = 301 | 302 | 303 | 307 | 308

/** What a mock sends for each body format of a schema-less `ResponseSpec`. */
interface FormatInput {
  readonly json: unknown
  readonly text: string
  readonly bytes: Uint8Array
}

/** The body `reply` takes for one declaration: the schema's input, else what its format sends. */
type ReplyBody<D> = D extends StandardSchemaV1
  ? Input<D>
  : D extends { readonly content: infer M }
    ? { [T in keyof M & string]: ReplyBody<MediaSpec<M[T], T>> }[keyof M & string]
    : D extends { readonly schema: infer S extends StandardSchemaV1 }
      ? Input<S>
      : D extends { readonly format: infer F extends BodyFormat }
        ? FormatInput[F]
        : D extends { readonly contentType: `text/${string}` }
          ? string
          : D extends { readonly contentType: string }
            ? unknown
            : undefined

/**
 * What `reply` takes after the status: the schema's input type as the body (what goes over the wire,
 * before defaults and transforms), a string or bytes for a text or bytes `ResponseSpec`, or nothing for
 * a status declared `null`. For a redirect status `C`, the options with a `location` are required.
 */
export type ReplyArgs<S, C = number> = C extends RedirectStatus
  ? [body: ReplyBody<S>, init: RedirectReplyInit]
  : S extends { readonly content: infer M }
    ? ContentArgs<M, InitOf<S>>
    : S extends { readonly headers: StandardSchemaV1 }
      ? BodyAndInit<ReplyBody<S>, InitOf<S>>
      : undefined extends ReplyBody<S>
        ? [body?: ReplyBody<S>, init?: ReplyInit]
        : [body: ReplyBody<S>, init?: ReplyInit]

/** A `content` entry as the `ResponseSpec` of its media type (a schema alone is a JSON body). */
type MediaSpec<D, T extends string> = D extends StandardSchemaV1
  ? D
  : (D extends object ? D : unknown) & { readonly contentType: T }

/**
 * `reply`'s options for a status that declares response headers: those headers, as the schema takes them.
 * A required `location` may come as the `location` option instead, which sends it as that header.
 */
export type DeclaredReplyInit<H> = Omit<ReplyInit, 'headers'> &
  (H extends { readonly location: string }
    ? HeadersOption<H> | ({ readonly location: string } & HeadersOption<Omit<H, 'location'>>)
    : HeadersOption<H>)

/** `headers` holding the declared ones: optional when none of them is required. */
type HeadersOption<H> = object extends H
  ? { readonly headers?: H & { readonly [name: string]: string } }
  : { readonly headers: H & { readonly [name: string]: string } }

type InitOf<S> = S extends { readonly headers: infer H extends StandardSchemaV1 }
  ? DeclaredReplyInit<Input<H>>
  : ReplyInit

/** The body and the options, each optional when nothing in it is required. */
type BodyAndInit<B, I> = object extends I
  ? undefined extends B
    ? [body?: B, init?: I]
    : [body: B, init?: I]
  : [body: B, init: I]

/**
 * With several media types: the body of the one `init.contentType` names, or, without it, of any of
 * them (checked at run time against the first declared, which is what is sent).
 */
type ContentArgs<M, I> =
  | {
      [T in keyof M & string]: [body: ReplyBody<MediaSpec<M[T], T>>, init: I & { readonly contentType: T }]
    }[keyof M & string]
  | BodyAndInit<ReplyBody<{ readonly content: M }>, I & { readonly contentType?: undefined }>

/** What the resolver of `handle` gets: the request, and its parts typed from the contract. */
export interface HandleContext<E extends Endpoint> {
  readonly request: Request
  /** The path parameters; a `:name*` one joined with `/`. */
  readonly params: { readonly [K in PathParamNames<E['path']>]: string }
  /** The query read back through the endpoint's query schema (its output), or as it arrived without one. */
  readonly query: E['query'] extends StandardSchemaV1
    ? StandardSchemaV1.InferOutput<E['query']>
    : Readonly<Record<string, string | string[]>>
  /**
   * The body as the client sent it: its JSON, text or bytes; a declared form body read back into its
   * object (brackets un-flattened, repeated keys as lists, file parts as `File`, JSON parts parsed).
   */
  readonly body: BodySchemaOf<E['body']> extends StandardSchemaV1
    ? StandardSchemaV1.InferOutput<BodySchemaOf<E['body']>>
    : unknown
  /** The response for a status the contract covers, its body checked against the schema as the handler `reply` does. */
  reply<C extends CoveredCodes<E['responses']>>(
    status: C,
    ...args: ReplyArgs<DeclarationFor<E['responses'], C>, C>
  ): Promise<Response>
}

/**
 * The handlers of one endpoint. Each returns an MSW `HttpHandler` for `server.use(...)`, or to pass to
 * `sequence` and `delay` of the same endpoint.
 */
export interface EndpointMock<E extends Endpoint = Endpoint> {
  /** The upper-case method the handlers answer. */
  readonly method: string
  /** The URL pattern the handlers match, for a raw `http.*` handler of your own. */
  readonly url: string
  /**
   * Answers with a status the contract covers (its own code, a code of a declared range such as `'4XX'`,
   * any code under `default`) and a body that fits the declaration that covers it (both checked by the
   * type checker and when the handler is made), sent as the contract declares it: JSON as `application/json`, a
   * `ResponseSpec` status with its `contentType`, text as it is; `init.headers` may set another Content-Type.
   * A status that declares `headers` requires them in `init.headers` (checked like the body; a required
   * `location` may be the `location` option instead); one that
   * declares several media types (`content`) is sent as the one `init.contentType` names, else the first.
   * @example mock.getUser.reply(200, { id: '42', name: 'Ada' })
   * @example mock.getUser.reply(404, { title: 'Not Found' }, { headers: { 'content-type': 'application/problem+json' } })
   * @example mock.oldUser.reply(301, undefined, { location: '/users/42' })
   * @example mock.createUser.reply(201, user, { location: '/users/42' })
   * @example mock.exportRows.reply(200, 'id\n1\n', { contentType: 'text/csv' })
   */
  reply<C extends CoveredCodes<E['responses']>>(
    status: C,
    ...args: ReplyArgs<DeclarationFor<E['responses'], C>, C>
  ): HttpHandler
  /**
   * Answers with the example `mockApi` was given for this endpoint, checked against the schema like any
   * `reply`: the status's own example, else that of the range (`'4XX'`) or `default` that covers it, sent
   * with the status asked for and the example's headers. Without a status: the lowest code with an example.
   * @default status the lowest code with an example
   * @example mock.getPet.example(200)
   * @example mock.getPet.example(500) // default's example, as a 500
   */
  example(status?: CoveredCodes<E['responses']>): HttpHandler
  /**
   * Answers with server-sent events, `delayMs` apart, as the endpoint's declared `format: 'sse'` status;
   * each event's `data` must fit its schema (sent as JSON), else it is a string.
   * @example mock.chat.events([{ data: { token: 'Hel' } }, { data: { token: 'lo' } }], { delayMs: 10 })
   */
  events(events: readonly MockEvent<EventData<E>>[], options?: StreamMockOptions): HttpHandler
  /**
   * Answers with a body written piece by piece, `delayMs` apart, as the endpoint's declared streamed
   * status (`format: 'stream'` or `'ndjson'`) with its media type.
   * @example mock.rows.stream(['{"id":1}\n', '{"id":2}\n'], { delayMs: 5 })
   */
  stream(chunks: readonly (string | Uint8Array)[], options?: StreamMockOptions): HttpHandler
  /**
   * 200 whose JSON body reports an error: `protocolViolation` (`error-payload-in-success`).
   * @default body { error: 'Not found' }
   */
  errorPayload(body?: unknown, options?: ResponseOptions): HttpHandler
  /**
   * An HTML page; on a 2xx, `protocolViolation` (`unexpected-content-type`).
   * @default status 200
   */
  htmlPage(status?: number, options?: ResponseOptions): HttpHandler
  /**
   * JSON cut off mid-object: `protocolViolation` (`malformed-json`) on a 2xx, a warning otherwise.
   * @default status 200
   */
  malformedJson(status?: number, options?: ResponseOptions): HttpHandler
  /** 429 with `Retry-After` when `retryAfter` is given; the client waits and retries. */
  rateLimited(options?: RetryAfterOptions): HttpHandler
  /** 503 with `Retry-After` when `retryAfter` is given; the client waits and retries. */
  unavailable(options?: RetryAfterOptions): HttpHandler
  /** 401, with `WWW-Authenticate` only when `challenge` is given (else `missing-www-authenticate`). */
  unauthorized(options?: UnauthorizedOptions): HttpHandler
  /** The connection fails: `networkError`. */
  networkError(): HttpHandler
  /**
   * Answers after `ms`, with `then` (another handler of this endpoint) or else 504 Gateway Timeout.
   * Ends early, without an answer, when the client aborts (its `timeout`, or a signal).
   * @example mock.getUser.delay(200) // with createClient({ timeout: 50 }): timeout
   */
  delay(ms: number, then?: HttpHandler): HttpHandler
  /**
   * Never answers; the request ends only when the client aborts it, so give the client a `timeout` or a
   * `signal`. Nothing is left pending: no timer runs while it waits.
   */
  hang(): HttpHandler
  /**
   * Answers with each handler's response in turn, then repeats the last: "fail twice, then succeed".
   * Each argument is a handler of this endpoint; the sequence counts requests per handler made.
   * @example mock.getUser.sequence(mock.getUser.unavailable(), mock.getUser.unavailable(), mock.getUser.reply(200, user))
   */
  sequence(first: HttpHandler, ...rest: readonly HttpHandler[]): HttpHandler
  /**
   * Answers each request with `resolver`: a stateful mock whose `params`, `query` and `body` are typed
   * from the contract and whose `reply` only takes declared statuses and bodies that fit.
   * @example mock.getUser.handle(({ params, reply }) => users.has(params.id) ? reply(200, users.get(params.id)) : reply(404, { title: 'Not Found' }))
   */
  handle(resolver: (context: HandleContext<E>) => Response | Promise<Response>): HttpHandler
}

/** One event for `events()`: `data` is the declared schema's input (sent as JSON), else a string. */
export interface MockEvent<D = string> {
  readonly event?: string
  readonly data: D
  readonly id?: string
  readonly retry?: number
}

/** Options of `events()` and `stream()`. */
export interface StreamMockOptions {
  /**
   * Pause between pieces, in ms.
   * @default 0
   */
  readonly delayMs?: number
  /** The status; by default the endpoint's declared streamed 2xx. */
  readonly status?: number
  /** More response headers; a Content-Type here replaces the declared one. */
  readonly headers?: HeadersInit
}

/** The input of the schema of an endpoint's SSE success, or `string` when it has none. */
type SseData<R> = {
  [C in keyof R]-?: R[C] extends { readonly format: 'sse'; readonly schema: infer S extends StandardSchemaV1 }
    ? Input<S>
    : never
}[keyof R]
export type EventData<E extends Endpoint> = [SseData<E['responses']>] extends [never]
  ? string
  : SseData<E['responses']>

/** `mockApi`'s result: one `EndpointMock` per endpoint of the contract. */
export type MockedApi<A extends Api> = { readonly [N in keyof A]: EndpointMock<A[N]> }

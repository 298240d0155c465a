import type { AuthOptions } from './auth/auth.js'
import type { Plugin, RequestEvent } from './core/hooks.js'
import type { HeadersInput } from './request/headers.js'
import type { Query } from './request/query.js'
import type { HttpResult, RequestSummary } from './result.js'
import type { Clock, RetryOptions } from './retry/options.js'
import type { ResponseType } from './stream/types.js'
import type { FetchFunction } from './transport/fetch-transport.js'
import type { RedirectMode, Transport } from './transport/types.js'
import type { Violation } from './violation.js'
import type { ViolationConfig } from './violations/engine.js'

/**
 * Options passed through to `fetch` as they are: `credentials`, `cache`, `mode`, `keepalive`, `priority`,
 * `referrer`, `referrerPolicy`, `integrity`, and a framework's own (Next.js `next: { revalidate, tags }`).
 * The client's own `method`, `headers`, `body` and `signal` are never taken from here; `redirect` is the
 * client's `redirect` option under another name (the client follows redirects itself where it can).
 */
export type FetchOptions = Omit<RequestInit, 'method' | 'headers' | 'body' | 'signal' | 'window'> & {
  readonly [option: string]: unknown
}

/** Settings shared by every call of a client. */
export interface ClientOptions {
  /**
   * The API's base URL; a call's path is appended to it (`/v1` + `/users` is `/v1/users`). Calls that
   * would leave its origin are refused with a `UsageError` unless `allowOtherOrigins` is set. In a browser
   * it may be relative to the page (`'/api'`), resolved when the client is made; elsewhere a relative one
   * is a `UsageError`.
   * @example createClient({ baseURL: 'https://api.example.com/v1' })
   */
  readonly baseURL?: string | URL
  /**
   * Headers sent with every request, or a function called before each call (e.g. for a fresh token).
   * @example createClient({ baseURL, headers: async () => ({ authorization: `Bearer ${await token()}` }) })
   */
  readonly headers?: HeadersInput | (() => HeadersInput | Promise<HeadersInput>)
  /**
   * The `fetch` to use. By default `globalThis.fetch` is looked up on every request, so MSW and other
   * interceptors installed after the client was created still see it.
   */
  readonly fetch?: FetchFunction
  /** A transport other than fetch, e.g. the undici fast path. Takes precedence over `fetch`. */
  readonly transport?: Transport
  /**
   * Time limit of one attempt, in ms, from sending to the last body byte; `false` for none. A limit needs
   * an `AbortSignal` per request, which costs Node 20's `fetch` some 5-15% of its throughput (see the
   * README's Performance section); with `false` (and no `signal` of the call's) none is made.
   * @default 10_000
   */
  readonly timeout?: number | false
  /**
   * Time limit of the whole call, retries and waits included, in ms; `false` for none.
   * @default false
   */
  readonly totalTimeout?: number | false
  /**
   * The largest body read, in decoded bytes; a larger one is cancelled and gives `bodyTooLarge`.
   * @default 10_485_760 (10 MiB)
   */
  readonly maxBodyBytes?: number
  /**
   * Retries: only 429 and 503, idempotent methods, at most 2, honouring Retry-After. `false` turns them off.
   * @default { limit: 2, statuses: [429, 503] }
   */
  readonly retry?: RetryOptions | false
  /**
   * Rule levels, opt-in presets and a custom detector for protocol violations.
   * @example createClient({ baseURL, violations: { rules: { 'missing-allow': 'off' }, presets: [presets.slack] } })
   */
  readonly violations?: ViolationConfig
  /**
   * Allow paths that are absolute URLs on another origin (or `//host/...`).
   * @default false
   */
  readonly allowOtherOrigins?: boolean
  /**
   * What a 301, 302, 303, 307 or 308 does. `'follow'`: the call goes on to the Location (at most 20
   * times), by the Fetch standard's rules and the client's own (see the README's "Redirects"): on a
   * server, credentials and `sensitiveHeaders` stay behind on another origin, HTTPS never goes on to
   * HTTP. `'manual'`: the 3xx is the result (`found`, `movedPermanently`, ...). `'error'`: a redirect is a
   * `networkError` with code `redirect`. In a browser, fetch hides a 3xx from `'manual'`: that call is a
   * `networkError` with code `redirect` too.
   * @default 'follow'
   */
  readonly redirect?: RedirectMode
  /**
   * More header names (case-insensitive) that carry a secret and must not follow a redirect to another
   * origin. They are added to the defaults (`x-api-key`, `api-key`, `x-auth-token`, `x-access-token`,
   * `x-csrf-token`, `x-xsrf-token`), which cannot be removed; Authorization, Cookie and
   * Proxy-Authorization are always held back too. Browsers decide this themselves (CORS): see the README.
   * @default [] (the defaults above only)
   * @example createClient({ baseURL, sensitiveHeaders: ['x-tenant-secret'] })
   */
  readonly sensitiveHeaders?: readonly string[]
  /**
   * Options passed to `fetch` with every request (the undici transport uses none of them but `redirect`).
   * @example createClient({ baseURL, fetchOptions: { credentials: 'include', cache: 'no-store' } })
   */
  readonly fetchOptions?: FetchOptions
  /** Called before every attempt is sent; may change `headers`. */
  readonly onRequest?: (event: RequestEvent) => void | Promise<void>
  /** Called with every result, whatever its kind. */
  readonly onResult?: (result: HttpResult) => void
  /** Called for every violation found, `warn` and `error` alike. */
  readonly onViolation?: (violation: Violation, request: RequestSummary) => void
  /**
   * Plugins: named records of hooks (before each attempt, after each attempt, on each retry, violation
   * and result), run in the order given, after this client's own `onRequest`/`onResult`/`onViolation`
   * and before `auth`. `extend` appends its plugins to the parent's. See docs/plugins.md.
   * @default []
   * @example createClient({ baseURL, plugins: [otel()] })
   */
  readonly plugins?: readonly Plugin[]
  /**
   * A token sent as `Authorization: <scheme> <token>`, read before every attempt, and refreshed once for
   * any number of concurrent 401s, after which each of those requests is sent once more, whatever its
   * method (a 401 means the request was not applied). See docs/authentication.md.
   * @example createClient({ baseURL, auth: { token: () => session.token, refresh: () => session.renew() } })
   */
  readonly auth?: AuthOptions
  /** Replaces the clock used for retry waits and deadlines; meant for tests. */
  readonly clock?: Partial<Clock>
}

/** Settings of one call. */
export interface RequestOptions {
  /** Query parameters; arrays repeat the key, dates are ISO 8601, null and undefined are left out. */
  readonly query?: Query
  /** Headers for this call; they override the client's. */
  readonly headers?: HeadersInput
  /**
   * The body. Plain objects and arrays are sent as JSON; string, FormData, URLSearchParams, Blob,
   * ArrayBuffer, typed arrays and ReadableStream are sent as they are.
   */
  readonly body?: unknown
  /** Aborting it ends the call with `aborted`, during a retry wait too. */
  readonly signal?: AbortSignal
  /** Overrides the client's per-attempt `timeout` for this call. */
  readonly timeout?: number | false
  /** Overrides the client's `redirect` for this call: `'follow'`, `'manual'` (the 3xx is the result) or `'error'`. */
  readonly redirect?: RedirectMode
  /**
   * Options passed to `fetch` for this call, over the client's `fetchOptions`.
   * @example http.get('/feed', { fetchOptions: { next: { revalidate: 60 } } })
   */
  readonly fetchOptions?: FetchOptions
  /** Overrides the client's retry settings for this call; `false` turns retries off. */
  readonly retry?: RetryOptions | false
  /** Rule levels for this call, over the client's. */
  readonly violations?: ViolationConfig
  /** `false` sends no token of the client's `auth` with this call (and so never refreshes for it). */
  readonly auth?: false
  /**
   * Hand a 2xx body over unread instead of reading it whole: `'stream'` makes `data` a
   * `ReadableStream<Uint8Array>`, `'sse'` an `AsyncIterable<ServerSentEvent>` (a 2xx that is not
   * `text/event-stream` is a `protocolViolation`), `'ndjson'` an `AsyncIterable<NdjsonLine>`. The status,
   * header rules and retries apply as usual, and other statuses are read and parsed as usual; `timeout`
   * covers the wait for the headers, `maxBodyBytes` does not apply. The body is then yours: read it to
   * the end, or end it with `signal` or by leaving the loop (which cancels it and frees the connection).
   * Sets `Accept` (`text/event-stream`, `application/x-ndjson, application/jsonl`, `*\/*`) unless given.
   * @example const r = await http.get('/chat', { responseType: 'sse' })
   */
  readonly responseType?: ResponseType
  /**
   * With `responseType: 'sse'`, reconnect when the stream ends or breaks, as EventSource does: after the
   * server's `retry:` (else 3 s), the call is sent again with `Last-Event-ID`, retried and classified like
   * any call; a 204 ends the stream, any other failure is thrown from the loop as a `ReconnectError`
   * carrying its result. `true` reconnects up to 10 times; `{ limit }` sets how many.
   * @default false
   * @example http.get('/feed', { responseType: 'sse', reconnect: { limit: 100 } })
   */
  readonly reconnect?: boolean | { readonly limit: number }
}

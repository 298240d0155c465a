import { UsageError } from '../errors/usage-error.js'
import type { FetchOptions } from '../options.js'
import { parseAccept } from '../request/accept.js'
import { type HeadersInput, mergeHeaders } from '../request/headers.js'
import { appendQuery } from '../request/query.js'
import { TOKEN } from '../request/token.js'
import { type BaseURL, resolveURL } from '../request/url.js'
import { MAX_TIMER_MS } from '../retry/limits.js'
import { resolveRetryPolicy } from '../retry/policy.js'
import type { RedirectMode } from '../transport/types.js'
import { compileRules } from '../violations/engine.js'
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
  /** Each declared media type's reading, when the status declares several (`content`). */
  readonly content?: ReadonlyMap<string, DeclaredResponse>
  /** The schema of the response headers, when declared. */
  readonly headers?: StandardSchemaV1
}

/** A typed endpoint's declarations: `get` answers a status with the one that covers it, if any. */
export interface StatusLookup<T> {
  get(status: number): T | undefined
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
  readonly responses: StatusLookup<DeclaredResponse> | undefined
  /** The call's options as given, for plugins (e.g. `auth: false`). */
  readonly options: RequestOptions
}

/** The Accept sent when the call sets none, by what it will do with a 2xx body. */
const ACCEPT = {
  json: 'application/json',
  stream: '*/*',
  sse: 'text/event-stream',
  ndjson: 'application/x-ndjson, application/jsonl',
} as const

function reconnectState(value: RequestOptions['reconnect']): ReconnectState | undefined {
  if (value === undefined || value === false) return undefined
  const limit = value === true ? 10 : value.limit
  if (!Number.isSafeInteger(limit) || limit < 0) {
    throw new UsageError(`reconnect.limit must be a whole number >= 0; got ${String(limit)}.`)
  }
  // Browsers wait a few seconds before reconnecting when the server never sent `retry:`.
  return { left: limit, lastEventId: undefined, waitMs: 3_000 }
}

function checkResponseType(value: unknown): ResponseType | undefined {
  if (value === undefined || value === 'stream' || value === 'sse' || value === 'ndjson') return value
  throw new UsageError(`responseType must be 'stream', 'sse' or 'ndjson'; got ${JSON.stringify(value)}.`)
}

export function checkLimit(
  name: string,
  value: number | false | undefined,
  fallback: number | undefined,
): number | undefined {
  if (value === undefined) return fallback
  if (value === false) return undefined
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > MAX_TIMER_MS) {
    throw new UsageError(
      `${name} must be a number of ms from 1 to ${MAX_TIMER_MS}, or false; got ${String(value)}.`,
    )
  }
  return value
}

function randomUUID(): string {
  // crypto.randomUUID exists only in secure contexts in browsers; getRandomValues exists everywhere.
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** `fetchOptions` split into its `redirect` (the client's own option) and what goes to fetch as it is. */
export function splitFetchOptions(
  given: FetchOptions | undefined,
  where: string,
): {
  readonly redirect: RedirectMode | undefined
  readonly rest: Readonly<Record<string, unknown>> | undefined
} {
  if (given === undefined) return { redirect: undefined, rest: undefined }
  if (typeof given !== 'object' || given === null) {
    throw new UsageError(`${where} must be an object of fetch options, e.g. { credentials: 'include' }.`)
  }
  const {
    redirect,
    method: _m,
    headers: _h,
    body: _b,
    signal: _s,
    ...rest
  } = given as Record<string, unknown>
  return {
    redirect: redirect as RedirectMode | undefined,
    rest: Object.keys(rest).length === 0 ? undefined : rest,
  }
}

/** What typed endpoints add to a call (internal: used by createApiClient). */
export interface CallExtras {
  readonly responses?: StatusLookup<DeclaredResponse>
  readonly rules?: CompiledRules
  /** The Accept sent when the call sets none: the media types the endpoint's 2xx declare, or the call's `accept`. */
  readonly accept?: string | undefined
}

/** What a client resolved once in `createClient`, from which each call's plan is built. */
export interface PlanDefaults {
  readonly base: BaseURL | undefined
  readonly allowOtherOrigins: boolean
  readonly staticHeaders: Headers
  readonly retry: RetryPolicy
  readonly rules: CompiledRules
  readonly timeout: number | undefined
  readonly totalTimeout: number | undefined
  readonly fetchOptions: Readonly<Record<string, unknown>> | undefined
}

/**
 * Everything one call needs, resolved before its first attempt: the URL, the headers (Accept and an
 * Idempotency-Key where the retry policy wants one), the limits, rules and fetch options, and the
 * redirect mode the call asks for. Throws a `UsageError` for a programmer mistake; sends nothing.
 */
export function planCall(
  defaults: PlanDefaults,
  method: string,
  path: string,
  init: RequestOptions,
  extras: CallExtras | undefined,
  /** What the client's `headers` function gave for this call, if it has one. */
  dynamicHeaders: HeadersInput | undefined,
): { readonly plan: CallPlan; readonly redirect: RedirectMode | undefined } {
  const verb = method.toUpperCase()
  if (!TOKEN.test(verb))
    throw new UsageError(`method ${JSON.stringify(method)} is not a valid HTTP method token.`)
  if (init.body !== undefined && (verb === 'GET' || verb === 'HEAD')) {
    throw new UsageError(
      `${verb} requests cannot have a body (fetch refuses them); send it with POST or PUT, or as query.`,
    )
  }
  const url = resolveURL(defaults.base, path, defaults.allowOtherOrigins)
  appendQuery(url, init.query)
  const headers = new Headers(defaults.staticHeaders)
  mergeHeaders(headers, dynamicHeaders)
  mergeHeaders(headers, init.headers)
  const responseType = checkResponseType(init.responseType)
  if (!headers.has('accept')) headers.set('accept', extras?.accept ?? ACCEPT[responseType ?? 'json'])
  const policy: RetryPolicy =
    init.retry === undefined ? defaults.retry : resolveRetryPolicy(defaults.retry, init.retry)
  if (policy.idempotencyKey && (verb === 'POST' || verb === 'PATCH') && !headers.has('idempotency-key')) {
    headers.set('idempotency-key', randomUUID())
  }
  const href = url.href
  let fetchOptions = defaults.fetchOptions
  let redirect = init.redirect
  if (init.fetchOptions !== undefined) {
    const own = splitFetchOptions(init.fetchOptions, 'the fetchOptions of a call')
    if (own.rest !== undefined) fetchOptions = { ...fetchOptions, ...own.rest }
    redirect ??= own.redirect
  }
  const plan: CallPlan = {
    method: verb,
    url: href,
    summary: { method: verb, url: href },
    headers,
    body: init.body,
    signal: init.signal,
    timeout:
      init.timeout === undefined ? defaults.timeout : checkLimit('timeout', init.timeout, defaults.timeout),
    totalTimeout: defaults.totalTimeout,
    retry: policy,
    rules:
      init.violations === undefined
        ? (extras?.rules ?? defaults.rules)
        : compileRules(extras?.rules ?? defaults.rules, init.violations),
    accept: parseAccept(headers.get('accept')),
    responses: extras?.responses,
    fetchOptions,
    options: init,
    responseType,
    reconnect: reconnectState(init.reconnect),
  }
  return { plan, redirect }
}

import { authPlugin } from './auth/auth.js'
import { execute } from './core/execute.js'
import { composeHooks } from './core/hooks.js'
import type { CallPlan, DeclaredResponse } from './core/plan.js'
import type { ClientSettings } from './core/settings.js'
import { UsageError } from './errors/usage-error.js'
import { layerOptions } from './extend.js'
import type { ClientOptions, FetchOptions, RequestOptions } from './options.js'
import { parseAccept } from './request/accept.js'
import { mergeHeaders } from './request/headers.js'
import { appendQuery } from './request/query.js'
import { parseBaseURL, resolveURL } from './request/url.js'
import type { HttpResult, RequestSummary } from './result.js'
import { MAX_TIMER_MS } from './retry/limits.js'
import { type RetryPolicy, resolveRetryPolicy } from './retry/policy.js'
import { systemClock } from './retry/sleep.js'
import type { ReconnectState, ResponseType } from './stream/types.js'
import { createFetchTransport } from './transport/fetch-transport.js'
import { redirectingTransports } from './transport/follow-redirects.js'
import type { RedirectMode } from './transport/types.js'
import { type CompiledRules, compileRules, DEFAULT_RULES } from './violations/engine.js'
import { TOKEN } from './request/token.js'

/** The untyped client: every call resolves to an `HttpResult`, never rejects for server or network. */
export interface Client {
  get(path: string, options?: Omit<RequestOptions, 'body'>): Promise<HttpResult>
  head(path: string, options?: Omit<RequestOptions, 'body'>): Promise<HttpResult>
  post(path: string, options?: RequestOptions): Promise<HttpResult>
  put(path: string, options?: RequestOptions): Promise<HttpResult>
  patch(path: string, options?: RequestOptions): Promise<HttpResult>
  delete(path: string, options?: RequestOptions): Promise<HttpResult>
  /** Any method, including extension methods such as `PROPFIND`. */
  request(method: string, path: string, options?: RequestOptions): Promise<HttpResult>
  /**
   * A new client with `options` layered over this one's: headers merged (the new names win), retry and
   * violation settings merged field by field, hooks chained (this client's first); the rest replaced.
   * @example const admin = http.extend({ headers: { authorization: `Bearer ${adminToken}` } })
   */
  extend(options: ClientOptions): Client
}

/** What typed endpoints add to a call (internal: used by createApiClient). */
export interface CallExtras {
  readonly responses?: ReadonlyMap<number, DeclaredResponse>
  readonly rules?: CompiledRules
}

/** The internal half of a client, shared with typed contracts. */
export interface ClientCore {
  readonly send: (
    method: string,
    path: string,
    options: RequestOptions,
    extras: CallExtras | undefined,
  ) => Promise<HttpResult>
  /** The request summary of a call that is not sent (e.g. invalidRequest). */
  readonly summarize: (method: string, path: string) => RequestSummary
  readonly rules: CompiledRules
}

const DEFAULT_TIMEOUT_MS = 10_000
const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024
const CORES = new WeakMap<Client, ClientCore>()
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

function checkLimit(
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
function splitFetchOptions(
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

/**
 * Creates a client. Options are validated here, once: a bad option throws a `UsageError` at once
 * rather than on the first request.
 *
 * @example
 * const http = createClient({ baseURL: 'https://api.example.com' })
 * const r = await http.get('/users/42')
 * if (r.kind === 'ok') console.log(r.data)
 */
export function createClient(options: ClientOptions = {}): Client {
  const base = options.baseURL === undefined ? undefined : parseBaseURL(options.baseURL)
  const timeout = checkLimit('timeout', options.timeout, DEFAULT_TIMEOUT_MS)
  const totalTimeout = checkLimit('totalTimeout', options.totalTimeout, undefined)
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES
  if (!Number.isSafeInteger(maxBodyBytes) || maxBodyBytes < 0) {
    throw new UsageError(`maxBodyBytes must be a whole number of bytes >= 0, got ${String(maxBodyBytes)}.`)
  }
  const staticHeaders = new Headers()
  const headerSource = options.headers
  if (typeof headerSource !== 'function') mergeHeaders(staticHeaders, headerSource)
  const headerFunction = typeof headerSource === 'function' ? headerSource : undefined
  const retry = resolveRetryPolicy(undefined, options.retry)
  const rules = compileRules(DEFAULT_RULES, options.violations)
  const allowOtherOrigins = options.allowOtherOrigins ?? false
  const clientFetch = splitFetchOptions(options.fetchOptions, 'fetchOptions')
  const transports = redirectingTransports(options.transport ?? createFetchTransport(options.fetch), {
    redirect: options.redirect ?? clientFetch.redirect,
    sensitiveHeaders: options.sensitiveHeaders,
  })
  const settings: ClientSettings = {
    transport: transports.for(undefined),
    maxBodyBytes,
    clock: { ...systemClock, ...options.clock },
    // auth last: its onAttempt may wait for a refresh, which must not count in another plugin's attempt
    // (a span's end), nor keep it from hearing of the attempt when the refresh throws.
    ...composeHooks([
      { name: 'options', ...options },
      ...(options.plugins ?? []),
      options.auth && authPlugin(options.auth),
    ]),
  }

  async function send(
    method: string,
    path: string,
    init: RequestOptions,
    extras: CallExtras | undefined,
  ): Promise<HttpResult> {
    const verb = method.toUpperCase()
    if (!TOKEN.test(verb))
      throw new UsageError(`method ${JSON.stringify(method)} is not a valid HTTP method token.`)
    if (init.body !== undefined && (verb === 'GET' || verb === 'HEAD')) {
      throw new UsageError(
        `${verb} requests cannot have a body (fetch refuses them); send it with POST or PUT, or as query.`,
      )
    }
    const url = resolveURL(base, path, allowOtherOrigins)
    appendQuery(url, init.query)
    const headers = new Headers(staticHeaders)
    if (headerFunction) mergeHeaders(headers, await headerFunction())
    mergeHeaders(headers, init.headers)
    const responseType = checkResponseType(init.responseType)
    if (!headers.has('accept')) headers.set('accept', ACCEPT[responseType ?? 'json'])
    const policy: RetryPolicy = init.retry === undefined ? retry : resolveRetryPolicy(retry, init.retry)
    if (policy.idempotencyKey && (verb === 'POST' || verb === 'PATCH') && !headers.has('idempotency-key')) {
      headers.set('idempotency-key', randomUUID())
    }
    const href = url.href
    let fetchOptions = clientFetch.rest
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
      timeout: init.timeout === undefined ? timeout : checkLimit('timeout', init.timeout, timeout),
      totalTimeout,
      retry: policy,
      rules:
        init.violations === undefined
          ? (extras?.rules ?? rules)
          : compileRules(extras?.rules ?? rules, init.violations),
      accept: parseAccept(headers.get('accept')),
      responses: extras?.responses,
      fetchOptions,
      options: init,
      responseType,
      reconnect: reconnectState(init.reconnect),
    }
    return execute(
      redirect === undefined ? settings : { ...settings, transport: transports.for(redirect) },
      plan,
    )
  }

  const call = (method: string) => (path: string, init?: RequestOptions) =>
    send(method, path, init ?? {}, undefined)
  const client: Client = {
    get: call('GET'),
    head: call('HEAD'),
    post: call('POST'),
    put: call('PUT'),
    patch: call('PATCH'),
    delete: call('DELETE'),
    request: (method, path, init) => send(method, path, init ?? {}, undefined),
    extend: (more) => createClient(layerOptions(options, more)),
  }
  const summarize = (method: string, path: string): RequestSummary => ({
    method: method.toUpperCase(),
    url: resolveURL(base, path, allowOtherOrigins).href,
  })
  CORES.set(client, { send, summarize, rules })
  return client
}

/** The internal half of a client made by createClient (for createApiClient). */
export function coreOf(client: Client): ClientCore {
  const core = CORES.get(client)
  if (core === undefined) throw new UsageError('pass a client made by createClient, or client options.')
  return core
}

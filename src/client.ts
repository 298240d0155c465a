import { authPlugin } from './auth/auth.js'
import { execute } from './core/execute.js'
import { composeHooks } from './core/hooks.js'
import { checkLimit, type PlanDefaults, planCall, splitFetchOptions } from './core/plan.js'
import type { ClientSettings } from './core/settings.js'
import { UsageError } from './errors/usage-error.js'
import { layerOptions } from './extend.js'
import type { ClientOptions, RequestOptions } from './options.js'
import { mergeHeaders } from './request/headers.js'
import { parseBaseURL, resolveURL } from './request/url.js'
import type { HttpResult, RequestSummary } from './result.js'
import { resolveRetryPolicy } from './retry/policy.js'
import { systemClock } from './retry/sleep.js'
import { createFetchTransport } from './transport/fetch-transport.js'
import { redirectingTransports } from './transport/follow-redirects.js'
import { type CompiledRules, compileRules, DEFAULT_RULES } from './violations/engine.js'

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

import type { CallExtras } from './core/plan.js'

export type { CallExtras }

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

  const defaults: PlanDefaults = {
    base,
    allowOtherOrigins,
    staticHeaders,
    retry,
    rules,
    timeout,
    totalTimeout,
    fetchOptions: clientFetch.rest,
  }
  async function send(
    method: string,
    path: string,
    init: RequestOptions,
    extras: CallExtras | undefined,
  ): Promise<HttpResult> {
    // Planned synchronously unless there is a headers function to await: a call starts in the same tick.
    const dynamic = headerFunction === undefined ? undefined : await headerFunction()
    const { plan, redirect } = planCall(defaults, method, path, init, extras, dynamic)
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

import { UsageError } from '../errors/usage-error.js'
import { WAIT_STATUSES } from '../status.js'
import { MAX_TIMER_MS } from './limits.js'
import type { Clock, RetryInfo, RetryOptions, VendorWaitHeader, WaitSource } from './options.js'
import {
  isGitHubRateLimit,
  parseDraft6Reset,
  parseRateLimitReset,
  VENDOR_WAIT_PRESETS,
} from './rate-limit.js'
import { parseRetryAfter } from './retry-after.js'

/** RFC 9110 §9.2.2: methods whose repetition has the same effect as one request. */
const IDEMPOTENT_METHODS = ['GET', 'HEAD', 'OPTIONS', 'TRACE', 'PUT', 'DELETE'] as const

/** Retry options with every default filled in, validated once per client. */
export interface RetryPolicy {
  readonly limit: number
  readonly statuses: ReadonlySet<number>
  readonly methods: ReadonlySet<string>
  readonly maxRetryAfterMs: number
  readonly baseMs: number
  readonly maxMs: number
  readonly idempotencyKey: boolean
  readonly networkErrors: boolean
  readonly vendorHeaders: readonly VendorWaitHeader[]
  readonly onRetry: ((info: RetryInfo) => void) | undefined
}

export const NO_RETRY: RetryPolicy = {
  limit: 0,
  statuses: new Set(),
  methods: new Set(),
  maxRetryAfterMs: 0,
  baseMs: 0,
  maxMs: 0,
  idempotencyKey: false,
  networkErrors: false,
  vendorHeaders: [],
  onRetry: undefined,
}

function checkMs(name: string, value: number): number {
  if (!Number.isFinite(value) || value < 0)
    throw new UsageError(`retry.${name} must be a finite number >= 0, got ${value}.`)
  return Math.min(value, MAX_TIMER_MS)
}

/** Layers `options` over `base` (a client's policy, or the defaults); `false` turns retries off. */
export function resolveRetryPolicy(
  base: RetryPolicy | undefined,
  options: RetryOptions | false | undefined,
): RetryPolicy {
  if (options === false) return NO_RETRY
  const from = base ?? DEFAULT_RETRY_POLICY
  if (options === undefined) return from
  const limit = options.limit ?? from.limit
  if (!Number.isInteger(limit) || limit < 0 || limit > 100) {
    throw new UsageError(`retry.limit must be a whole number from 0 to 100, got ${limit}.`)
  }
  for (const status of options.statuses ?? []) {
    if (!Number.isInteger(status) || status < 100 || status > 599) {
      throw new UsageError(`retry.statuses must be HTTP status codes (100-599), got ${status}.`)
    }
  }
  for (const vendor of options.vendorHeaders ?? []) {
    if (!(vendor in VENDOR_WAIT_PRESETS)) {
      throw new UsageError(
        `retry.vendorHeaders has unknown ${JSON.stringify(vendor)}; use 'github' or 'discord'.`,
      )
    }
  }
  return {
    limit,
    statuses: options.statuses ? new Set(options.statuses) : from.statuses,
    methods: options.methods ? new Set(options.methods.map((m) => m.toUpperCase())) : from.methods,
    maxRetryAfterMs: checkMs('maxRetryAfterMs', options.maxRetryAfterMs ?? from.maxRetryAfterMs),
    baseMs: checkMs('backoff.baseMs', options.backoff?.baseMs ?? from.baseMs),
    maxMs: checkMs('backoff.maxMs', options.backoff?.maxMs ?? from.maxMs),
    idempotencyKey: options.idempotencyKey ?? from.idempotencyKey,
    networkErrors: options.networkErrors ?? from.networkErrors,
    vendorHeaders: options.vendorHeaders ?? from.vendorHeaders,
    onRetry: options.onRetry ?? from.onRetry,
  }
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  limit: 2,
  statuses: new Set(WAIT_STATUSES),
  methods: new Set(IDEMPOTENT_METHODS),
  maxRetryAfterMs: 60_000,
  baseMs: 300,
  maxMs: 10_000,
  idempotencyKey: false,
  networkErrors: false,
  vendorHeaders: [],
  onRetry: undefined,
}

/**
 * A method may be repeated when it is idempotent by definition, or when the request carries an
 * Idempotency-Key (draft-ietf-httpapi-idempotency-key-header), which makes the server deduplicate it.
 */
export function mayRepeat(policy: RetryPolicy, method: string, headers: Headers): boolean {
  return (
    policy.methods.has(method) ||
    ((method === 'POST' || method === 'PATCH') && headers.has('idempotency-key'))
  )
}

/**
 * Whether a response asks for another attempt: a status of `policy.statuses` (429 and 503 by default),
 * or, with the `github` vendor rule, a 403 that is GitHub's rate limit rather than a refusal. Whether the
 * method may be repeated is `mayRepeat`'s question.
 */
export function asksForRetry(policy: RetryPolicy, status: number, headers: Headers): boolean {
  if (policy.statuses.has(status)) return true
  return status === 403 && policy.vendorHeaders.includes('github') && isGitHubRateLimit(headers)
}

/** A wait the server asked for. */
export interface ServerWait {
  readonly ms: number
  readonly source: WaitSource
}

/**
 * The wait the server directed, in order of authority: `Retry-After` (RFC 9110 §10.2.3), then the IETF
 * `RateLimit` field's `t`, then the draft-6 `RateLimit-Reset` that servers deployed before it, then the
 * vendor headers the caller opted into. An invalid `Retry-After` is
 * ignored here (a violation reports it) and the next source is tried.
 */
export function serverWait(policy: RetryPolicy, headers: Headers, now: number): ServerWait | undefined {
  const retryAfter = parseRetryAfter(headers.get('retry-after'), now, headers.get('date'))
  if (retryAfter.type === 'wait') return { ms: retryAfter.ms, source: 'retry-after' }
  const rateLimit = parseRateLimitReset(headers.get('ratelimit'))
  if (rateLimit !== undefined) return { ms: rateLimit, source: 'ratelimit' }
  const draft6 = parseDraft6Reset(headers.get('ratelimit-reset'), now)
  if (draft6 !== undefined) return { ms: draft6, source: 'ratelimit-reset' }
  for (const vendor of policy.vendorHeaders) {
    const preset = VENDOR_WAIT_PRESETS[vendor]
    const ms = preset.parse(headers.get(preset.header), now)
    if (ms !== undefined) return { ms, source: vendor }
  }
  return undefined
}

/** Full-jitter exponential backoff (AWS Architecture Blog, "Exponential Backoff And Jitter", 2015). */
export function backoffMs(policy: RetryPolicy, attempt: number, clock: Clock): number {
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** (attempt - 1))
  return Math.round(clock.random() * ceiling)
}

/**
 * Jitter on a server-directed wait is only ever added, so clients that were told the same instant do not
 * all come back at once, and none comes back before it was allowed to: up to 10% more, at most 1 s.
 */
export function jitterAfter(ms: number, clock: Clock): number {
  return Math.min(MAX_TIMER_MS, ms + Math.round(clock.random() * Math.min(ms * 0.1, 1000)))
}

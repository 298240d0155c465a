import type { HttpResult } from '../result.js'

/** Why a retry happens. */
export interface RetryInfo {
  /** The attempt that failed, from 1. */
  readonly attempt: number
  /** How long the client waits before the next attempt, in ms. */
  readonly waitMs: number
  /** Where the wait came from: a server header, or the client's own backoff. */
  readonly source: WaitSource
  /** What failed: a retryable status (429, 503, ...) or a network error. */
  readonly reason: 'status' | 'networkError'
  /** The result of the failed attempt. */
  readonly result: HttpResult
}

/** Where a wait came from. */
export type WaitSource = 'retry-after' | 'ratelimit' | 'ratelimit-reset' | 'github' | 'discord' | 'backoff'

/** Vendor rate-limit headers that can direct the wait when `Retry-After` and `RateLimit` are absent. */
export type VendorWaitHeader = 'github' | 'discord'

/** When and how to retry. Every field is optional; `retry: false` turns retries off. */
export interface RetryOptions {
  /**
   * Retries after the first attempt, at most.
   * @default 2
   */
  readonly limit?: number
  /**
   * Statuses that ask for a retry. Only add statuses whose semantics allow one.
   * @default [429, 503]
   */
  readonly statuses?: readonly number[]
  /**
   * Methods that may be retried. POST and PATCH are retried only with an `Idempotency-Key` header.
   * @default ['GET', 'HEAD', 'OPTIONS', 'TRACE', 'PUT', 'DELETE']
   */
  readonly methods?: readonly string[]
  /**
   * The longest server-directed wait (Retry-After, RateLimit) the client sits through. A longer one is
   * not waited for: the 429/503 (or GitHub's rate-limit 403) result comes back at once with `retryAfterMs`.
   * @default 60_000
   */
  readonly maxRetryAfterMs?: number
  /**
   * Exponential backoff with full jitter, used when the server gave no wait: a random wait between 0 and
   * `min(maxMs, baseMs * 2 ** (attempt - 1))`.
   * @default { baseMs: 300, maxMs: 10_000 }
   */
  readonly backoff?: { readonly baseMs?: number; readonly maxMs?: number }
  /**
   * Send a fresh `Idempotency-Key` (a UUID, the same on every attempt of one call) with POST and PATCH,
   * which makes them retryable. A caller-supplied `Idempotency-Key` header has the same effect.
   * @default false
   * @example createClient({ baseURL, retry: { idempotencyKey: true } })
   */
  readonly idempotencyKey?: boolean
  /**
   * Retry refused connections, resets and DNS failures too (idempotent methods only, and never once
   * response bytes have arrived).
   * @default false
   */
  readonly networkErrors?: boolean
  /**
   * Vendor rate-limit rules, for when `Retry-After`, `RateLimit` and `RateLimit-Reset` are absent:
   * `'github'` reads `X-RateLimit-Reset` (epoch seconds), and treats a 403 with
   * `X-RateLimit-Remaining: 0` or a `Retry-After` as rate limiting (GitHub's primary and secondary limits),
   * retried like a 429 and carrying `retryAfterMs`; `'discord'` reads `X-RateLimit-Reset-After` (seconds).
   * @default []
   * @example createClient({ baseURL: 'https://api.github.com', retry: { vendorHeaders: ['github'] } })
   */
  readonly vendorHeaders?: readonly VendorWaitHeader[]
  /** Called before each wait, with the attempt that failed, the wait and why. */
  readonly onRetry?: (info: RetryInfo) => void
}

/** Time as the retry loop sees it; injected so tests assert the waits that were asked for. */
export interface Clock {
  /** Milliseconds since the epoch. */
  readonly now: () => number
  /** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts (and clears its timer). */
  readonly sleep: (ms: number, signal: AbortSignal | undefined) => Promise<void>
  /** A number in [0, 1), for jitter. */
  readonly random: () => number
  /**
   * Starts a one-shot timer for the per-attempt and total time limits, and returns what cancels it.
   * Injected like `sleep`, so a test can fire a timeout at once instead of faking timers.
   */
  readonly setTimer: (fire: () => void, ms: number) => () => void
}

/**
 * The retry decision: whether HTTP allows and asks for another attempt after one outcome, and after how
 * long. Pure but for the injected clock's `now()` and `random()`; the loop that acts on it is core/execute.ts.
 */
import type { AttemptOutcome } from '../core/attempt.js'
import type { CallPlan } from '../core/plan.js'
import type { Clock, WaitSource } from './options.js'
import { asksForRetry, backoffMs, jitterAfter, mayRepeat } from './policy.js'

/** Another attempt, and when. */
export interface Decision {
  readonly waitMs: number
  readonly source: WaitSource
  readonly reason: 'status' | 'networkError'
}

/** The once-only replay of a request whose pooled connection the server had closed. */
export const REPLAY: Decision = { waitMs: 0, source: 'backoff', reason: 'networkError' }

/**
 * Whether HTTP allows and asks for another attempt, and after how long. A server-directed wait that is
 * longer than `maxRetryAfterMs`, or that would end after the deadline, is not started: the caller gets
 * the result at once (with `retryAfterMs`) and can decide.
 */
export function decide(
  clock: Clock,
  plan: CallPlan,
  outcome: AttemptOutcome,
  attempt: number,
  deadline: number | undefined,
  replayed: boolean,
): Decision | undefined {
  const { retry } = plan
  if (attempt > retry.limit) return undefined
  const { result } = outcome
  let reason: Decision['reason']
  if (result.kind === 'networkError') {
    if (!outcome.failedBeforeResponse) return undefined
    if (!retry.networkErrors) {
      // A keep-alive connection the server closed is no error of the request: replay it at once, once,
      // as browsers do, whatever `networkErrors` says (idempotent methods only, like every retry).
      if (!outcome.connectionDropped || replayed) return undefined
      if (!mayRepeat(retry, plan.method, plan.headers) || plan.body instanceof ReadableStream)
        return undefined
      return REPLAY
    }
    reason = 'networkError'
  } else if (
    result.status !== undefined &&
    result.kind !== 'protocolViolation' &&
    result.kind !== 'schemaMismatch' &&
    result.kind !== 'bodyTooLarge'
  ) {
    if (!asksForRetry(retry, result.status, result.headers)) return undefined
    reason = 'status'
  } else {
    return undefined
  }
  if (!mayRepeat(retry, plan.method, plan.headers)) return undefined
  // A stream can be read once; there is nothing left to send a second time.
  if (plan.body instanceof ReadableStream) return undefined

  const server = outcome.serverWait
  let waitMs: number
  let source: WaitSource
  if (server) {
    if (server.ms > retry.maxRetryAfterMs) return undefined
    waitMs = jitterAfter(server.ms, clock)
    source = server.source
  } else {
    waitMs = backoffMs(retry, attempt, clock)
    source = 'backoff'
  }
  if (deadline !== undefined && clock.now() + waitMs >= deadline) return undefined
  return { waitMs, source, reason }
}

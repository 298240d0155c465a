import pRetry from 'p-retry'
import type { HttpResult } from '../result.js'
import { decide, REPLAY } from '../retry/decide.js'
import { type AttemptOutcome, runAttempt } from './attempt.js'
import { startDeadline } from './deadline.js'
import type { CallPlan } from './plan.js'
import { abortedResult, timeoutResult } from './results.js'
import type { ClientSettings } from './settings.js'

/** Carries a failed attempt out of p-retry's callback, with the wait we decided on. */
class RetryWanted extends Error {
  override name = 'RetryWanted' as const
  constructor(
    readonly outcome: AttemptOutcome,
    readonly waitMs: number,
  ) {
    super('retry wanted')
  }
}

/** Runs a call: attempts, retries when HTTP says so, waits as the server asked, and never rejects. */
export async function execute(settings: ClientSettings, plan: CallPlan): Promise<HttpResult> {
  const result = await loop(settings, plan)
  // Only awaited when there is a hook: an `await undefined` would cost every call a turn of the microtask queue.
  if (settings.onResult) await settings.onResult(result)
  return result
}

/** What p-retry turns a thrown non-Error into, so a throwing hook rejects alike on any attempt. */
function asError(error: unknown): Error {
  return error instanceof Error
    ? error
    : new TypeError(`Non-error was thrown: "${String(error)}". You should only throw errors.`)
}

async function loop(settings: ClientSettings, plan: CallPlan): Promise<HttpResult> {
  const { signal } = plan
  if (signal?.aborted) return abortedResult({ request: plan.summary, attempts: 0 }, signal.reason)
  const deadline = plan.totalTimeout === undefined ? undefined : settings.clock.now() + plan.totalTimeout
  let attempts = 0
  let replayed = false
  let replays = 0

  const attemptOnce = async (attempt: number): Promise<HttpResult> => {
    attempts = attempt
    let limitMs = plan.timeout
    let limitIsTotal = false
    if (deadline !== undefined) {
      const left = deadline - settings.clock.now()
      if (left <= 0)
        return timeoutResult({ request: plan.summary, attempts: attempt - 1 }, plan.totalTimeout ?? 0)
      if (limitMs === undefined || left < limitMs) {
        limitMs = left
        limitIsTotal = true
      }
    }
    const event = {
      method: plan.method,
      url: plan.url,
      headers: plan.headers,
      attempt,
      options: plan.options,
    }
    const outcome = await runAttempt(settings, plan, event, limitMs, limitIsTotal)
    // Out here, not inside the attempt's try, so a throwing hook rejects the call instead of ending the attempt.
    const { onViolation } = settings
    if (onViolation)
      for (const violation of outcome.result.violations) await onViolation(violation, plan.summary)
    if (settings.onAttempt) {
      const mayReplay = replays === 0 && !(plan.body instanceof ReadableStream)
      const asked = settings.onAttempt({ request: event, result: outcome.result, mayReplay })
      let answer: 'replay' | undefined
      if (asked instanceof Promise) {
        // Caller's code (auth's refresh) may wait here; the call still ends by its timeout or signal.
        const limit =
          deadline === undefined
            ? plan.timeout
            : Math.min(plan.timeout ?? Infinity, deadline - settings.clock.now())
        const bound = startDeadline(limit, signal, settings.clock)
        try {
          answer = await bound.within(asked)
        } catch (error) {
          if (signal?.aborted)
            return abortedResult({ request: plan.summary, attempts: attempt }, signal.reason)
          if (bound.timedOut) {
            const timeoutMs =
              deadline !== undefined && limit !== plan.timeout ? (plan.totalTimeout ?? 0) : (limit ?? 0)
            return timeoutResult({ request: plan.summary, attempts: attempt }, timeoutMs)
          }
          throw error
        } finally {
          bound.end()
        }
      } else answer = asked
      if (answer === 'replay' && mayReplay) {
        replays = 1
        throw new RetryWanted(outcome, 0)
      }
    }
    // A plugin's replay (auth after a 401) is not a retry: it leaves the retry limit as it was.
    const decision = decide(settings.clock, plan, outcome, attempt - replays, deadline, replayed)
    if (decision === undefined) return outcome.result
    if (decision === REPLAY) replayed = true
    const info = {
      attempt,
      waitMs: decision.waitMs,
      source: decision.source,
      reason: decision.reason,
      result: outcome.result,
    }
    plan.retry.onRetry?.(info)
    await settings.onRetry?.(info)
    throw new RetryWanted(outcome, decision.waitMs)
  }

  // Nearly every call ends after its first attempt, so that one runs before p-retry is set up (an options
  // copy, validation and two more async frames per call); p-retry runs the loop from the first retry on.
  try {
    let first: RetryWanted
    try {
      return await attemptOnce(1)
    } catch (error) {
      if (!(error instanceof RetryWanted)) throw asError(error)
      first = error
    }
    await settings.clock.sleep(first.waitMs, signal)
    return await pRetry((retry) => attemptOnce(retry + 1), {
      // One more than the retries, for a plugin's replay; decide() keeps the retries to their limit.
      retries: plan.retry.limit,
      // The wait is ours (server-directed or backoff), slept in onFailedAttempt with the injected clock;
      // p-retry's own delay is zeroed so the two never add up.
      minTimeout: 0,
      maxTimeout: 0,
      onFailedAttempt: async ({ error }) => {
        if (error instanceof RetryWanted) await settings.clock.sleep(error.waitMs, signal)
      },
      // Anything else thrown in an attempt is a programmer error (a throwing hook): surface it, never repeat it.
      shouldRetry: ({ error }) => error instanceof RetryWanted,
    })
  } catch (error) {
    if (signal?.aborted) return abortedResult({ request: plan.summary, attempts }, signal.reason)
    if (error instanceof RetryWanted) return error.outcome.result
    throw error
  }
}

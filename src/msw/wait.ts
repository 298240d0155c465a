/**
 * Waits for the mocked server's delays. Both end as soon as the request is aborted (the client's timeout
 * or the caller's signal), so a test that gives up leaves no timer or listener behind.
 */
import { MockError } from './mock-error.js'

// setTimeout keeps a signed 32-bit delay; anything larger fires at once instead of later.
const MAX_TIMER_MS = 2_147_483_647

/** Checks a delay given to a helper, so a typo fails where it was written rather than as an instant reply. */
export function checkDelay(where: string, ms: number): number {
  if (!Number.isFinite(ms) || ms < 0 || ms > MAX_TIMER_MS) {
    throw new MockError(
      `${where}: the delay must be a number of ms from 0 to ${MAX_TIMER_MS}, got ${ms}; use hang() for a server that never answers.`,
    )
  }
  return ms
}

/** Resolves `true` after `ms`, or `false` as soon as `signal` aborts. */
export function pause(ms: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false)
  return new Promise((resolve) => {
    const onAbort = (): void => {
      clearTimeout(timer)
      resolve(false)
    }
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort)
      resolve(true)
    }, ms)
    signal.addEventListener('abort', onAbort, { once: true })
  })
}

/** Resolves once `signal` aborts, and never otherwise: no timer keeps the process alive meanwhile. */
export function untilAborted(signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve()
  return new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }))
}

import { raiseListenerLimit } from '../core/listeners.js'
import { MAX_TIMER_MS } from './limits.js'
import type { Clock } from './options.js'

/** Waits `ms` (clamped to a timer's range), or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason)
      return
    }
    const onAbort = (): void => {
      clearTimeout(timer)
      reject(signal?.reason)
    }
    const timer = setTimeout(
      () => {
        signal?.removeEventListener('abort', onAbort)
        resolve()
      },
      Math.min(Math.max(0, ms), MAX_TIMER_MS),
    )
    if (signal) {
      // Many calls waiting to retry on one shared signal are no leak (see core/listeners.ts).
      raiseListenerLimit(signal)
      signal.addEventListener('abort', onAbort, { once: true })
    }
  })
}

/** A real one-shot timer (ms clamped to a timer's range); the returned function cancels it. */
function setTimer(fire: () => void, ms: number): () => void {
  const timer = setTimeout(fire, Math.min(Math.max(0, ms), MAX_TIMER_MS))
  return () => clearTimeout(timer)
}

/** The real clock. */
export const systemClock: Clock = { now: Date.now, sleep, random: Math.random, setTimer }

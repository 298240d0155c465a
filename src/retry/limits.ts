/**
 * The longest delay a timer can be given: `setTimeout` stores it as a signed 32-bit integer, and a larger
 * value does not wait longer, it fires at once (Node prints `TimeoutOverflowWarning` and uses 1 ms;
 * browsers do the same, per the HTML timer steps). So a server that asks for a week must get this instead.
 */
export const MAX_TIMER_MS = 2_147_483_647 // 2 ** 31 - 1, about 24.8 days

/**
 * Turns a computed wait into one a timer can honour: whole milliseconds, rounded up so that a retry never
 * goes out before the moment the server named, never negative (a time in the past means "now"), and never
 * above {@link MAX_TIMER_MS}. `NaN` gives 0: it only comes from a non-finite `now`, which is the caller's bug.
 */
export function clampWaitMs(ms: number): number {
  if (!(ms > 0)) return 0
  return Math.min(MAX_TIMER_MS, Math.ceil(ms))
}

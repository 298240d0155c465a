import type { Clock } from '../../src/index.js'

/** The instant every test clock starts at. */
export const NOW = Date.UTC(2026, 10, 25, 12, 0, 0)

/**
 * A clock that records every retry wait asked for and returns at once, moving its time on by the wait.
 * `random()` returns `random` (0 by default, so jitter adds nothing).
 */
export function testClock(random = 0): { readonly clock: Clock; readonly waits: number[] } {
  const waits: number[] = []
  let now = NOW
  const clock: Clock = {
    now: () => now,
    sleep: async (ms, signal) => {
      signal?.throwIfAborted()
      waits.push(ms)
      now += ms
    },
    random: () => random,
    // Time limits stay real here: the tests with this clock are about the waits between attempts.
    setTimer: (fire, ms) => {
      const timer = setTimeout(fire, ms)
      return () => clearTimeout(timer)
    },
  }
  return { clock, waits }
}

// Notices when the event loop was blocked. A blocked loop delays every call in flight, so a case that
// was late while another case blocked the loop says so in its report, rather than looking guilty.
const TICK_MS = 20
/** A block shorter than this is ordinary scheduling noise. */
const NOTABLE_MS = 100

export interface LoopWatch {
  /** How long the loop was blocked in all during [from, to] (performance.now() times), in ms. */
  blockedDuring(from: number, to: number): number
  stop(): void
}

export function watchLoop(): LoopWatch {
  const blocks: { end: number; ms: number }[] = []
  let last = performance.now()
  const timer = setInterval(() => {
    const now = performance.now()
    const gap = now - last - TICK_MS
    if (gap > NOTABLE_MS) blocks.push({ end: now, ms: Math.round(gap) })
    if (blocks.length > 1_000) blocks.splice(0, 500)
    last = now
  }, TICK_MS)
  return {
    blockedDuring: (from, to) =>
      blocks.filter((b) => b.end >= from && b.end - b.ms <= to).reduce((sum, b) => sum + b.ms, 0),
    stop: () => clearInterval(timer),
  }
}

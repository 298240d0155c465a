// Runs fuzzed cases on one transport, many at a time, and sums up what happened. Cases come from
// fc.sample in blocks of BLOCK: case i of the block with seed s replays as `--seed s --path i`.
import { Socket } from 'node:net'
import fc from 'fast-check'
import type { TransportEntry } from '../transports/transports.js'
import { type Scenario, scenarioArb } from './arbitraries.js'
import { watchLoop } from './loop-watch.js'
import { closeExcused, mayLeaveConnecting } from './known-leaks.js'
import { type CaseReport, runCase, type Serve } from './property.js'
import { describeWire } from './wire.js'

const BLOCK = 250
const CLOSE_BOUND_MS = 3_000

export interface FailedCase extends CaseReport {
  readonly seed: number
  readonly path: string
  readonly scenario: Scenario
}

export interface Summary {
  readonly transport: string
  readonly seed: number
  calls: number
  hangs: number
  rejections: number
  unknownKinds: number
  pollutions: number
  /** Results the oracle knows to be wrong (oracle.ts). */
  wrongResults: number
  unhandledRejections: number
  /** Process warnings by name, e.g. TimeoutOverflowWarning (a timer above 2^31-1 ms). */
  warnings: Record<string, number>
  /** Active resources left after every call, server and transport was done with, beyond the start's. */
  leakedHandles: string[]
  /** The cases whose connections are among them (found by the server port a socket is connected to). */
  leakedBy: string[]
  /** TLS handshakes Node's fetch leaves connecting, excused and closed by the harness (known-leaks.ts). */
  excusedLeaks: string[]
  kinds: Record<string, number>
  /** The latest settle relative to its deadline, in ms (negative: before it). */
  worstLatenessMs: number
  /** That case, and how long the event loop was blocked while it ran. */
  worstLateCase: string
  failures: FailedCase[]
}

export interface RunOptions {
  readonly entry: TransportEntry
  readonly seed: number
  /** Stop after this many cases... */
  readonly runs?: number
  /** ...or start no new case after this many seconds... */
  readonly seconds?: number
  /** ...or run only this case of the seed's block (a replay). */
  readonly path?: number
  readonly concurrency: number
  readonly serve: Serve
  readonly onFailure?: (failure: FailedCase) => void
}

function* cases(
  seed: number,
  runs: number | undefined,
  only: number | undefined,
): Generator<{ seed: number; path: string; scenario: Scenario }> {
  if (only !== undefined) {
    const scenario = fc.sample(scenarioArb, { seed, numRuns: only + 1 })[only] as Scenario
    yield { seed, path: String(only), scenario }
    return
  }
  for (let block = 0; ; block++) {
    const blockSeed = (seed + block) | 0
    const size = runs === undefined ? BLOCK : Math.min(BLOCK, runs - block * BLOCK)
    if (size <= 0) return
    const scenarios = fc.sample(scenarioArb, { seed: blockSeed, numRuns: size })
    for (const [i, scenario] of scenarios.entries()) yield { seed: blockSeed, path: String(i), scenario }
  }
}

export async function runFuzz(options: RunOptions): Promise<Summary> {
  const { entry } = options
  const summary: Summary = {
    transport: entry.name,
    seed: options.seed,
    calls: 0,
    hangs: 0,
    rejections: 0,
    unknownKinds: 0,
    pollutions: 0,
    wrongResults: 0,
    unhandledRejections: 0,
    warnings: {},
    leakedHandles: [],
    leakedBy: [],
    excusedLeaks: [],
    kinds: {},
    worstLatenessMs: Number.NEGATIVE_INFINITY,
    worstLateCase: '',
    failures: [],
  }
  const baseline = process.getActiveResourcesInfo()
  const onUnhandled = (): void => void summary.unhandledRejections++
  const onWarning = (warning: Error): void => {
    summary.warnings[warning.name] = (summary.warnings[warning.name] ?? 0) + 1
  }
  process.on('unhandledRejection', onUnhandled)
  process.on('warning', onWarning)

  const watch = watchLoop()
  const labels = new Map<number, string>()
  const excused = new Set<string>()
  const serve: Serve = async (response, label) => {
    const served = await options.serve(response, label)
    labels.set(Number(new URL(served.url).port), label)
    return served
  }
  const stopAt =
    options.seconds === undefined ? Number.POSITIVE_INFINITY : Date.now() + options.seconds * 1_000
  const source = cases(options.seed, options.runs, options.path)
  const worker = async (): Promise<void> => {
    for (let next = source.next(); !next.done && Date.now() < stopAt; next = source.next()) {
      const { seed, path, scenario } = next.value
      if (mayLeaveConnecting(entry, scenario)) excused.add(replayArgs(entry, seed, path))
      const report = await runCase(entry, scenario, {
        serve,
        label: replayArgs(entry, seed, path),
        watch,
      })
      summary.calls++
      summary.kinds[report.kind] = (summary.kinds[report.kind] ?? 0) + 1
      if (report.settleMs - report.deadlineMs > summary.worstLatenessMs) {
        summary.worstLatenessMs = report.settleMs - report.deadlineMs
        summary.worstLateCase = `${replayArgs(entry, seed, path)} (${report.kind}; event loop blocked ${report.loopBlockedMs} ms meanwhile)`
      }
      if (report.failure === undefined) continue
      const key = (
        {
          hang: 'hangs',
          rejection: 'rejections',
          'unknown-kind': 'unknownKinds',
          pollution: 'pollutions',
          'wrong-result': 'wrongResults',
        } as const
      )[report.failure.class]
      summary[key]++
      const failed: FailedCase = { ...report, seed, path, scenario }
      if (summary.failures.length < 50) summary.failures.push(failed)
      options.onFailure?.(failed)
    }
  }
  await Promise.all(Array.from({ length: options.concurrency }, worker))
  watch.stop()
  // A transport whose close() waits for a request that never ends (issue 13, item 3) is a leak too.
  let closeTimer: ReturnType<typeof setTimeout> | undefined
  const closed = await Promise.race([
    entry.close().then(() => true),
    new Promise<false>((resolve) => {
      closeTimer = setTimeout(() => resolve(false), CLOSE_BOUND_MS)
    }),
  ])
  clearTimeout(closeTimer)
  // Let closing sockets finish closing before looking for what is left.
  await new Promise((resolve) => setTimeout(resolve, 200))
  const labelOf = (socket: Socket): string | undefined =>
    socket.remotePort === undefined ? undefined : labels.get(socket.remotePort)
  summary.excusedLeaks = await closeExcused(openSockets(), labelOf, excused)
  summary.leakedHandles = leftOver(baseline, process.getActiveResourcesInfo())
  summary.leakedBy = openSockets().map(
    (socket) => labelOf(socket) ?? `a connection to port ${socket.remotePort}`,
  )
  if (!closed) summary.leakedHandles.push(`transport.close() still pending after ${CLOSE_BOUND_MS} ms`)
  process.off('unhandledRejection', onUnhandled)
  process.off('warning', onWarning)
  return summary
}

/** The connected sockets that keep this process alive (an undocumented but long-standing API). */
function openSockets(): Socket[] {
  const handles = (process as unknown as { _getActiveHandles(): unknown[] })._getActiveHandles()
  return handles.filter((h): h is Socket => h instanceof Socket && h.remotePort !== undefined)
}

function leftOver(before: readonly string[], after: readonly string[]): string[] {
  const remaining = [...before]
  return after.filter((name) => {
    const i = remaining.indexOf(name)
    if (i < 0) return true
    remaining.splice(i, 1)
    return false
  })
}

export function replayArgs(entry: TransportEntry, seed: number, path: string): string {
  return `--transport ${entry.name.split(' ')[0]} --seed ${seed} --path ${path}`
}

/** A failed case as a reader needs it: how to replay it, what the server sent, how the client called. */
export function describeFailure(transport: string, failure: FailedCase): string {
  return [
    `FAILED [${transport}] ${failure.failure?.class}: ${failure.failure?.detail}`,
    `  replay: npm run fuzz -- --transport ${transport.split(' ')[0]} --seed ${failure.seed} --path ${failure.path}`,
    `  kind ${failure.kind}, settled after ${failure.settleMs} ms, deadline ${failure.deadlineMs} ms` +
      (failure.loopBlockedMs > 0
        ? `; the event loop was blocked for ${failure.loopBlockedMs} ms meanwhile`
        : ''),
    `  call: ${JSON.stringify(failure.scenario.call)}`,
    `  pauses: ${JSON.stringify(failure.scenario.response.pauses)}, ending: ${failure.scenario.response.ending}`,
    `  body: ${JSON.stringify(failure.scenario.response.body).slice(0, 300)}, encoding: ${JSON.stringify(failure.scenario.response.encoding)}, framing: ${failure.scenario.response.framing}`,
    `  wire: ${describeWire(failure.scenario.response, 'http://127.0.0.1:PORT')}`,
  ].join('\n')
}

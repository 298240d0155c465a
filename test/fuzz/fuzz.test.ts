// Issue 13's fuzz test: fuzzed responses from raw sockets, on each transport, in a child process so that
// a call leaving a socket or timer behind shows as a process that does not exit. A failure prints how to
// replay it (`npm run fuzz -- --transport ... --seed ... --path ...`) and the response that caused it.
import { describe, expect, it } from 'vitest'
import { superviseFuzz } from './supervise.js'

const SEED = 20_261_130
const RUNS = 200
/** The child closes its servers and transport before its summary; after that it should end at once. */
const EXIT_BOUND_MS = 3_000

describe.each(['fetch', 'undici'])('fuzzed responses on the %s transport', (transport) => {
  it(`settle by their deadline, resolve to a known kind, keep Object.prototype clean and leave nothing running (${RUNS} calls, seed ${SEED})`, async () => {
    const run = await superviseFuzz(
      ['--transport', transport, '--seed', String(SEED), '--runs', String(RUNS)],
      {
        exitBoundMs: EXIT_BOUND_MS,
        overallMs: 50_000,
      },
    )
    const summary = run.summary
    expect(summary, `no summary; stderr:\n${run.stderr}`).toBeDefined()
    if (summary === undefined) return
    // summary.excusedLeaks is left out on purpose: an https:// call whose handshake never completes leaves
    // a socket in Node's own fetch until undici's connect timeout (nodejs/undici#386), which the harness
    // counts and closes (known-leaks.ts); any other leftover socket still fails here.
    expect({
      hangs: summary.hangs,
      rejections: summary.rejections,
      unknownKinds: summary.unknownKinds,
      wrongResults: summary.wrongResults,
      pollutions: summary.pollutions,
      unhandledRejections: summary.unhandledRejections,
      timerOverflows: summary.warnings.TimeoutOverflowWarning ?? 0,
      leakedHandles: summary.leakedHandles,
      leakedBy: summary.leakedBy,
      failures: summary.failures,
    }).toEqual({
      hangs: 0,
      rejections: 0,
      unknownKinds: 0,
      wrongResults: 0,
      pollutions: 0,
      unhandledRejections: 0,
      timerOverflows: 0,
      leakedHandles: [],
      leakedBy: [],
      failures: [],
    })
    expect(summary.calls).toBe(RUNS)
    expect(
      run.exitAfterSummaryMs,
      'the fuzz process did not exit by itself after its last call',
    ).toBeDefined()
    expect(run.exitCode).toBe(0)
  }, 60_000)
})

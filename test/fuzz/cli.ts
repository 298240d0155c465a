// `npm run fuzz -- [--seconds 120] [--transport fetch|undici] [--seed N] [--concurrency 16]`: a long
// fuzz run per transport with a random (printed) seed, then a summary per transport.
// `npm run fuzz -- --transport fetch --seed N --path P` replays one case (with its summary: a leak shows
// there too); `--shrink` lets fast-check shrink a failing one instead.
import { parseArgs } from 'node:util'
import { type Supervised, superviseFuzz } from './supervise.js'

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '120' },
    transport: { type: 'string', multiple: true },
    seed: { type: 'string' },
    path: { type: 'string' },
    shrink: { type: 'boolean', default: false },
    concurrency: { type: 'string', default: '16' },
  },
})
const transports = values.transport ?? ['fetch', 'undici']
const seed = values.seed ?? String(Math.floor(Math.random() * 2 ** 31))
const seconds = Number(values.seconds)
const EXIT_BOUND_MS = 5_000

function print(transport: string, run: Supervised): boolean {
  const { summary, exitAfterSummaryMs: exitMs } = run
  if (summary === undefined) {
    console.log(`\n${transport}: no summary (the fuzz process crashed or was killed)`)
    return false
  }
  const kinds = Object.entries(summary.kinds).sort(([, a], [, b]) => b - a)
  console.log(`\n== ${summary.transport}, seed ${summary.seed}`)
  console.log(
    `calls ${summary.calls}, hangs ${summary.hangs}, rejections ${summary.rejections}, unknown kinds ${summary.unknownKinds}, Object.prototype pollutions ${summary.pollutions}, wrong results ${summary.wrongResults}`,
  )
  console.log(
    `unhandled rejections ${summary.unhandledRejections}, warnings ${JSON.stringify(summary.warnings)}`,
  )
  console.log(
    `leaked handles after close ${JSON.stringify(countOf(summary.leakedHandles))}; process exit after last call: ${exitMs === undefined ? `NOT within ${EXIT_BOUND_MS} ms` : `${exitMs} ms`}`,
  )
  console.log(`cases whose socket was left open: ${summary.leakedBy.length}`)
  for (const label of summary.leakedBy.slice(0, 20)) console.log(`  ${label}`)
  console.log(
    `TLS handshakes Node's fetch left connecting, excused and closed (known-leaks.ts): ${summary.excusedLeaks.length}`,
  )
  console.log(`worst settle relative to deadline: ${summary.worstLatenessMs} ms, ${summary.worstLateCase}`)
  console.log(`kinds: ${kinds.map(([kind, n]) => `${kind} ${n}`).join(', ')}`)
  return (
    summary.hangs +
      summary.rejections +
      summary.unknownKinds +
      summary.wrongResults +
      summary.pollutions +
      summary.unhandledRejections ===
      0 &&
    summary.leakedHandles.length === 0 &&
    exitMs !== undefined
  )
}

function countOf(names: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const name of names) counts[name] = (counts[name] ?? 0) + 1
  return counts
}

let clean = true
for (const transport of transports) {
  const args = ['--transport', transport, '--seed', seed, '--concurrency', values.concurrency]
  if (values.path !== undefined) args.push('--path', values.path)
  else args.push('--seconds', String(seconds))
  if (values.shrink) args.push('--shrink')
  console.log(
    `fuzzing ${transport} ${values.path === undefined ? `for ${seconds} s` : `case ${values.path}`}, seed ${seed}`,
  )
  const run = await superviseFuzz(args, {
    exitBoundMs: EXIT_BOUND_MS,
    overallMs: seconds * 1_000 + 300_000,
    echo: true,
  })
  clean = (values.shrink ? run.exitCode === 0 : print(transport, run)) && clean
}
process.exitCode = clean ? 0 : 1

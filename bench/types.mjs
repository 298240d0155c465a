// `npm run bench:types` (or `npm run bench -- --types`): what a large contract costs the type checker.
// Generates one contract of N endpoints (each with two path parameters, a body and three declared
// statuses) and a consumer that calls every endpoint and narrows each declared status, once for
// honest-fetch and once for @ts-rest/core, then runs `tsc --noEmit --extendedDiagnostics` on each.
// ts-rest needs zod 3, which conflicts with the project's zod 4, so it is installed (once) into
// bench/.cache/types/deps by this script; honest-fetch is checked with both zods, so the comparison with
// ts-rest is like for like.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { buildLibrary, CACHE, LIB, ROOT } from './harness.mjs'

const ENDPOINTS = Number(process.env.BENCH_ENDPOINTS ?? 200)
const RUNS = Number(process.env.BENCH_TYPE_RUNS ?? 3)
const DIR = `${CACHE}types`
const DEPS = `${DIR}/deps`
const DEPENDENCIES = { '@ts-rest/core': '3.52.1', zod: '3.25.76' }

function installDeps() {
  const manifest = JSON.stringify({ private: true, dependencies: DEPENDENCIES }, null, 2)
  const current = existsSync(`${DEPS}/package.json`) ? readFileSync(`${DEPS}/package.json`, 'utf8') : ''
  if (current === manifest && existsSync(`${DEPS}/node_modules/@ts-rest/core`)) return
  mkdirSync(DEPS, { recursive: true })
  writeFileSync(`${DEPS}/package.json`, manifest)
  process.stderr.write('installing @ts-rest/core and zod 3 into bench/.cache/types/deps ...\n')
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  const run = spawnSync(npm, ['install', '--no-audit', '--no-fund', '--no-package-lock'], {
    cwd: DEPS,
    stdio: 'inherit',
  })
  if (run.status !== 0) throw new Error('npm install of the ts-rest comparison failed')
}

// The same shapes for both libraries: a body, a 200 resource, a 404 problem and a 422 error list.
const schemas = (i) => ({
  body: `z.object({ name${i}: z.string(), count: z.number(), tags: z.array(z.string()).optional() })`,
  ok: `z.object({ id: z.string(), value${i}: z.number(), createdAt: z.string() })`,
  invalid: `z.object({ errors${i}: z.array(z.object({ path: z.string(), message: z.string() })) })`,
})
const PROBLEM = 'const Problem = z.object({ type: z.string(), title: z.string(), status: z.number() })'
const indices = Array.from({ length: ENDPOINTS }, (_, i) => i)

function honestSources() {
  const contract = [
    "import { z } from 'zod'",
    "import { defineApi } from 'honest-fetch'",
    PROBLEM,
    'export const api = defineApi({',
    ...indices.map((i) => {
      const s = schemas(i)
      return `  ep${i}: { method: 'POST', path: '/things${i}/:id/parts/:partId', body: ${s.body}, responses: { 200: ${s.ok}, 404: Problem, 422: ${s.invalid} } },`
    }),
    '})',
  ]
  const consumer = [
    "import { createApiClient } from 'honest-fetch'",
    "import { api } from './contract.js'",
    "const client = createApiClient(api, { baseURL: 'http://localhost' })",
    'export async function run(): Promise<number> {',
    '  let total = 0',
    ...indices.flatMap((i) => [
      `  const r${i} = await client.ep${i}({ params: { id: '1', partId: 2 }, body: { name${i}: 'x', count: 1 } })`,
      `  if (r${i}.kind === 'ok') total += r${i}.data.value${i}`,
      `  else if (r${i}.kind === 'notFound') total += r${i}.data.title.length`,
      `  else if (r${i}.kind === 'unprocessableEntity') total += r${i}.data.errors${i}.length`,
    ]),
    '  return total',
    '}',
  ]
  return { contract, consumer }
}

function tsRestSources() {
  const contract = [
    "import { initContract } from '@ts-rest/core'",
    "import { z } from 'zod'",
    'const c = initContract()',
    PROBLEM,
    'export const contract = c.router({',
    ...indices.map((i) => {
      const s = schemas(i)
      return `  ep${i}: { method: 'POST', path: '/things${i}/:id/parts/:partId', body: ${s.body}, responses: { 200: ${s.ok}, 404: Problem, 422: ${s.invalid} } },`
    }),
    '})',
  ]
  const consumer = [
    "import { initClient } from '@ts-rest/core'",
    "import { contract } from './contract.js'",
    "const client = initClient(contract, { baseUrl: 'http://localhost', baseHeaders: {} })",
    'export async function run(): Promise<number> {',
    '  let total = 0',
    ...indices.flatMap((i) => [
      `  const r${i} = await client.ep${i}({ params: { id: '1', partId: '2' }, body: { name${i}: 'x', count: 1 } })`,
      `  if (r${i}.status === 200) total += r${i}.body.value${i}`,
      `  else if (r${i}.status === 404) total += r${i}.body.title.length`,
      `  else if (r${i}.status === 422) total += r${i}.body.errors${i}.length`,
    ]),
    '  return total',
    '}',
  ]
  return { contract, consumer }
}

/** Writes a project: its sources, and a tsconfig a typical strict consumer would have. */
function writeProject(dir, { contract, consumer }, honest) {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  writeFileSync(`${dir}/contract.ts`, `${contract.join('\n')}\n`)
  writeFileSync(`${dir}/consumer.ts`, `${consumer.join('\n')}\n`)
  const compilerOptions = {
    target: 'ES2022',
    lib: ['ES2022', 'DOM'],
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
    // honest-fetch as users get it: the declarations `npm run build` emits.
    ...(honest ? { paths: { 'honest-fetch': [`${LIB}/index.d.ts`] } } : {}),
  }
  writeFileSync(`${dir}/tsconfig.json`, JSON.stringify({ compilerOptions, files: ['consumer.ts'] }, null, 2))
}

function check(dir) {
  const tsc = `${ROOT}node_modules/typescript/bin/tsc`
  const run = spawnSync(process.execPath, [tsc, '-p', `${dir}/tsconfig.json`, '--extendedDiagnostics'], {
    encoding: 'utf8',
  })
  const out = `${run.stdout}${run.stderr}`
  const figure = (label) => Number(new RegExp(`^${label}:\\s+([\\d.]+)`, 'm').exec(out)?.[1])
  const errors = out.split('\n').filter((line) => /error TS\d+/.test(line))
  return {
    checkS: figure('Check time'),
    totalS: figure('Total time'),
    instantiations: figure('Instantiations'),
    types: figure('Types'),
    memoryK: figure('Memory used'),
    errors,
    tooDeep: /excessively deep|TS2589/.test(out),
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

export async function runTypeBench() {
  if (!existsSync(`${LIB}/index.d.ts`)) buildLibrary()
  installDeps()
  const projects = [
    { name: 'honest-fetch + zod 4', dir: `${DIR}/honest-zod4`, sources: honestSources(), honest: true },
    { name: 'honest-fetch + zod 3', dir: `${DEPS}/honest-zod3`, sources: honestSources(), honest: true },
    { name: '@ts-rest/core + zod 3', dir: `${DEPS}/ts-rest`, sources: tsRestSources(), honest: false },
  ]
  for (const p of projects) writeProject(p.dir, p.sources, p.honest)
  const samples = new Map(projects.map((p) => [p.name, []]))
  for (let i = 0; i < RUNS; i++) {
    for (const p of projects) {
      process.stderr.write('.')
      samples.get(p.name).push(check(p.dir))
    }
  }
  process.stderr.write('\n')
  const rows = projects.map((p) => {
    const list = samples.get(p.name)
    const last = list[list.length - 1]
    return {
      name: p.name,
      checkS: median(list.map((s) => s.checkS)),
      totalS: median(list.map((s) => s.totalS)),
      instantiations: last.instantiations,
      types: last.types,
      memoryMB: last.memoryK / 1024,
      errors: last.errors,
      tooDeep: last.tooDeep,
    }
  })
  const tsRest = rows.find((r) => r.name.startsWith('@ts-rest'))
  const lines = [
    `## Type-check cost: ${ENDPOINTS} endpoints, each with 2 path parameters, a body and 3 declared statuses`,
    '',
    `TypeScript ${JSON.parse(readFileSync(`${ROOT}node_modules/typescript/package.json`, 'utf8')).version}, ` +
      `\`tsc --noEmit --extendedDiagnostics\`, median of ${RUNS} runs; the consumer calls every endpoint and narrows every declared status.`,
    '',
    '| library | check time s | × ts-rest | total s | instantiations | types | memory MB | errors | excessively deep |',
    '|---|--:|--:|--:|--:|--:|--:|--:|---|',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.checkS.toFixed(2)} | ${(r.checkS / tsRest.checkS).toFixed(2)} | ${r.totalS.toFixed(2)} | ` +
        `${r.instantiations} | ${r.types} | ${r.memoryMB.toFixed(0)} | ${r.errors.length} | ${r.tooDeep ? 'yes' : 'no'} |`,
    ),
  ]
  for (const r of rows) for (const e of r.errors.slice(0, 5)) lines.push(`\n${r.name}: ${e}`)
  const markdown = `${lines.join('\n')}\n`
  mkdirSync(new URL('results/', import.meta.url), { recursive: true })
  writeFileSync(new URL('results/types.md', import.meta.url), markdown)
  process.stdout.write(`\n${markdown}`)
  return rows
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  buildLibrary()
  await runTypeBench()
}

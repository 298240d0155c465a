// Start-up cost: how long a fresh Node process takes to import a module, measured inside the process
// (the `import()` alone) and from outside (the whole process, Node's own start included).
import { spawnSync } from 'node:child_process'
import { pathToFileURL } from 'node:url'
import { LIB, ROOT } from './harness.mjs'

export const TARGETS = {
  ofetch: 'ofetch',
  'honest-fetch': pathToFileURL(`${LIB}/index.js`).href,
  'honest-fetch/undici': pathToFileURL(`${LIB}/transport/undici.js`).href,
}

function once(specifier) {
  const code = `const t = performance.now(); await import(${JSON.stringify(specifier)}); process.stdout.write(String(performance.now() - t))`
  const started = performance.now()
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
    cwd: ROOT,
    encoding: 'utf8',
  })
  const processMs = performance.now() - started
  if (run.status !== 0) throw new Error(`import of ${specifier} failed:\n${run.stderr}`)
  return { importMs: Number(run.stdout), processMs }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

/** Median over `runs` fresh processes per target, the targets interleaved run by run. */
export function measureColdImport(runs) {
  const samples = Object.fromEntries(Object.keys(TARGETS).map((name) => [name, []]))
  for (let i = 0; i < runs; i++) {
    for (const [name, specifier] of Object.entries(TARGETS)) samples[name].push(once(specifier))
  }
  return Object.entries(samples).map(([name, list]) => ({
    name,
    importMs: median(list.map((s) => s.importMs)),
    processMs: median(list.map((s) => s.processMs)),
  }))
}

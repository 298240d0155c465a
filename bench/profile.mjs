// `node bench/profile.mjs [--payload=small] [--concurrency=64] [--seconds=4] CLIENT [BASELINE]`: runs a
// client under load with `node --cpu-prof` and prints where its CPU time went, in µs per request, by
// function and by file. With a BASELINE client (e.g. `fetch + timeout`), each line also shows the
// baseline's figure, so what a library adds on top of the fetch it wraps stands out.
//   node bench/profile.mjs honest-fetch 'fetch + timeout'
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { buildLibrary, CACHE, startClient, startServer } from './harness.mjs'

const options = Object.fromEntries(
  process.argv
    .slice(2)
    .filter((a) => a.startsWith('--'))
    .map((a) => a.slice(2).split('=')),
)
const names = process.argv.slice(2).filter((a) => !a.startsWith('--'))
if (names.length === 0) names.push('honest-fetch')
const payload = options.payload ?? 'small'
const concurrency = Number(options.concurrency ?? 64)
const seconds = Number(options.seconds ?? 4)

/** Self time per function and per file, in µs per measured request. */
async function profile(origin, name, index) {
  const dir = `${CACHE}profiles/${index}`
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const client = await startClient(name, {
    origin,
    payload,
    concurrency,
    execArgv: ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval=250'],
  })
  // The warm-up runs under the profiler too; it is subtracted below by keeping only the load's share.
  const figures = await client.run(2000, seconds * 1000)
  await client.stop()
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'))
  const data = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8'))
  const byId = new Map(data.nodes.map((node) => [node.id, node]))
  const functions = new Map()
  const files = new Map()
  let busy = 0
  data.samples.forEach((id, i) => {
    const { functionName, url, lineNumber } = byId.get(id).callFrame
    if (functionName === '(idle)') return
    const dt = data.timeDeltas[i] ?? 0
    busy += dt
    const where = url.replace(/^.*node_modules\//, '').replace(/^.*\.cache\/dist\//, 'honest-fetch/')
    const key = `${functionName || '(anonymous)'} ${where}${where ? `:${lineNumber + 1}` : ''}`
    functions.set(key, (functions.get(key) ?? 0) + dt)
    const fileKey = where || `${functionName}`
    files.set(fileKey, (files.get(fileKey) ?? 0) + dt)
  })
  // Scale the busy time of the whole run to the measured CPU per request.
  const scale = figures.cpuUsPerRequest / busy
  for (const map of [functions, files]) for (const [k, v] of map) map.set(k, v * scale)
  return { name, figures, functions, files }
}

function report(title, runs, key, n) {
  const [main, base] = runs
  const rows = [...main[key]].sort((a, b) => b[1] - a[1]).slice(0, n)
  console.log(`\n${title} (µs per request${base ? `; ${main.name} vs ${base.name}` : ''}):`)
  for (const [k, v] of rows) {
    const other = base ? (base[key].get(k) ?? 0).toFixed(1).padStart(7) : ''
    console.log(`${v.toFixed(1).padStart(7)}${other}  ${k}`)
  }
}

buildLibrary()
const server = await startServer()
const runs = []
try {
  for (const [i, name] of names.entries()) runs.push(await profile(server.origin, name, i))
} finally {
  server.stop()
}
for (const run of runs) console.log(run.name, JSON.stringify(run.figures))
report('self time by function', runs, 'functions', 45)
report('self time by file', runs, 'files', 30)

// `npm run bench:overhead`: honest-fetch's own work per call, apart from any network stack. The client runs
// on an in-process transport that answers at once with a prepared 208-byte JSON body, so what is timed is
// only what the library does around `fetch`: options, URL, headers, the attempt and its time limit, the
// body parse, the violation rules, the result. The reference is the least any client does with such a
// response: decode the bytes and JSON.parse them. Runs in this process, interleaved in rounds, and prints
// for each case its time per call and the time above the reference in the same round (medians over the
// rounds, in µs), so a change to the per-request path can be measured to a fraction of a µs where the
// load bench (`npm run bench`) varies by ±15%.
//
//   npm run bench:overhead                           9 rounds
//   npm run bench:overhead -- --against=/other/dist  also another build, e.g. of the commit before a change
import { pathToFileURL } from 'node:url'
import { buildLibrary, LIB } from './harness.mjs'
import { SMALL } from './payloads.mjs'

const option = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1]
const rounds = Number(option('rounds') ?? 9)
const against = option('against')
const CALLS = 20_000
const BATCH = 64 // calls in flight together, as in the load bench

buildLibrary()
const libraries = { '': LIB, ...(against ? { ' (--against)': against } : {}) }

const bytes = new TextEncoder().encode(JSON.stringify(SMALL))
const responseHeaders = () =>
  new Headers({ 'content-type': 'application/json', 'content-length': String(bytes.byteLength) })
/** A transport that answers every request at once, as a server on the same machine would, minus the socket. */
const transport = async () => ({
  status: 200,
  headers: responseHeaders(),
  readBody: async () => ({ type: 'complete', bytes }),
  discard: () => {},
})
const utf8 = new TextDecoder()

const CASES = {
  'decode + JSON.parse (reference)': async () => {
    const headers = responseHeaders()
    if (headers.get('content-type') === null) throw new Error('unreachable')
    return JSON.parse(utf8.decode(bytes))
  },
}
for (const [label, lib] of Object.entries(libraries)) {
  const { createClient } = await import(pathToFileURL(`${lib}/index.js`).href)
  const timed = createClient({ baseURL: 'http://127.0.0.1:1', transport })
  const untimed = createClient({ baseURL: 'http://127.0.0.1:1', transport, timeout: false })
  CASES[`honest-fetch${label}`] = () => timed.get('/small')
  CASES[`honest-fetch, timeout: false${label}`] = () => untimed.get('/small')
}

async function timeCase(call) {
  const started = process.hrtime.bigint()
  for (let done = 0; done < CALLS; done += BATCH) {
    const batch = []
    for (let i = 0; i < BATCH; i++) batch.push(call())
    const results = await Promise.all(batch)
    if (results[0]?.kind !== undefined && results[0].kind !== 'ok') throw new Error(results[0].kind)
  }
  return Number(process.hrtime.bigint() - started) / 1000 / CALLS
}

const names = Object.keys(CASES)
const perRound = Object.fromEntries(names.map((n) => [n, []]))
for (const name of names) await timeCase(CASES[name]) // warm-up: JIT and caches
for (let round = 0; round < rounds; round++) {
  for (let i = 0; i < names.length; i++) {
    const name = names[(i + round) % names.length]
    perRound[name].push(await timeCase(CASES[name]))
  }
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const reference = perRound[names[0]]
console.log(`Own work per call, in µs (median of ${rounds} rounds of ${CALLS} calls, ${BATCH} at a time):\n`)
console.log('| case | µs per call | above the reference, µs (min–max) |')
console.log('|---|--:|--:|')
for (const name of names) {
  const above = perRound[name].map((value, round) => value - reference[round])
  const spread = `${Math.min(...above).toFixed(2)}–${Math.max(...above).toFixed(2)}`
  console.log(`| ${name} | ${median(perRound[name]).toFixed(2)} | ${median(above).toFixed(2)} (${spread}) |`)
}

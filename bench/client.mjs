// One client under load, in its own process so its CPU time is its own. The parent sends
// `{ warmupMs, durationMs }` once per round; this process answers with what it measured. Between rounds it
// sits idle, so rounds of different clients can be interleaved without any of them paying a restart.
import { isDeepStrictEqual } from 'node:util'
import { makeClient } from './clients.mjs'
import { PAYLOADS } from './payloads.mjs'

const [name, origin, payload, concurrencyText, lib] = process.argv.slice(2)
const concurrency = Number(concurrencyText)
const { path, body: expected } = PAYLOADS[payload]
const one = await makeClient(name, { origin, path, lib, payload })

// Once, before any timing: the client must hand back exactly what the server sent.
const first = await one()
if (!isDeepStrictEqual(JSON.parse(JSON.stringify(first)), expected)) {
  throw new Error(`${name} returned something other than the ${payload} payload`)
}

/** Runs `concurrency` closed loops until `until`; records each request's latency in ms when asked. */
async function load(until, latencies) {
  let count = 0
  const worker = async () => {
    while (performance.now() < until) {
      const start = performance.now()
      await one()
      latencies?.push(performance.now() - start)
      count++
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  return count
}

function quantile(sorted, q) {
  if (sorted.length === 0) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
}

process.on('message', async ({ warmupMs, durationMs }) => {
  await load(performance.now() + warmupMs, undefined)
  const latencies = []
  const cpuBefore = process.cpuUsage()
  const start = performance.now()
  const requests = await load(start + durationMs, latencies)
  const elapsedMs = performance.now() - start
  const cpu = process.cpuUsage(cpuBefore)
  latencies.sort((a, b) => a - b)
  process.send({
    requests,
    rps: (requests / elapsedMs) * 1000,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    cpuUsPerRequest: (cpu.user + cpu.system) / requests,
  })
})
process.on('disconnect', () => process.exit(0))
process.send({ ready: true })

// Runs the smoke checks in whatever runtime executes this file (node, bun, deno run -A) against the smoke
// server whose URL is the first argument; with `undici` as the second, through honest-fetch/undici's
// transport instead of fetch (Node only). Prints one line per check and a closing count; exits 1 on a failure.
import process from 'node:process'
import { runChecks } from './checks.mjs'

const [baseURL, transportName = 'fetch'] = process.argv.slice(2)
if (!baseURL || !['fetch', 'undici'].includes(transportName)) {
  console.error('usage: smoke.mjs <base URL of the smoke server> [fetch|undici]')
  process.exit(2)
}

// Imported only when asked for, so that runtimes without undici never load it.
const transport =
  transportName === 'undici' ? (await import('honest-fetch/undici')).createUndiciTransport() : undefined
let results
try {
  results = await runChecks(baseURL, transport ? { transport } : {})
} finally {
  await transport?.close()
}
for (const { name, pass, detail } of results) console.log(`${pass ? 'ok  ' : 'FAIL'}  ${name}: ${detail}`)
const failed = results.filter((r) => !r.pass).length
console.log(`${results.length - failed} passed, ${failed} failed`)
process.exitCode = failed === 0 ? 0 : 1

// honest-fetch/msw in Node from the installed tarball, with msw/node's setupServer: no real server needed.
import process from 'node:process'
import { setupServer } from 'msw/node'
import { runMswChecks } from './msw-checks.mjs'

const baseURL = 'https://api.test'
const server = setupServer()
server.listen({ onUnhandledRequest: 'error' })
let results
try {
  results = await runMswChecks((...handlers) => server.use(...handlers), baseURL)
} finally {
  server.close()
}
const failed = results.filter((r) => !r.pass)
for (const { name, detail } of failed) console.log(`FAIL  ${name}: ${detail}`)
console.log(`msw from ESM: ${results.length - failed.length} passed, ${failed.length} failed`)
process.exitCode = failed.length === 0 ? 0 : 1

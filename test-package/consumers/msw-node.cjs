// The same honest-fetch/msw checks from a CommonJS test file: require() of the ES modules (Node >= 20.19).
const process = require('node:process')
const { setupServer } = require('msw/node')
const { mockApi } = require('honest-fetch/msw')
const { createUndiciTransport } = require('honest-fetch/undici')
const { runMswChecks } = require('./msw-checks.mjs')

async function main() {
  if (typeof mockApi !== 'function') throw new Error("require('honest-fetch/msw') gave no mockApi")
  if (typeof createUndiciTransport !== 'function') throw new Error("require('honest-fetch/undici') failed")
  const server = setupServer()
  server.listen({ onUnhandledRequest: 'error' })
  let results
  try {
    results = await runMswChecks((...handlers) => server.use(...handlers), 'https://api.test')
  } finally {
    server.close()
  }
  const failed = results.filter((r) => !r.pass)
  for (const { name, detail } of failed) console.log(`FAIL  ${name}: ${detail}`)
  console.log(`msw from CommonJS: ${results.length - failed.length} passed, ${failed.length} failed`)
  process.exitCode = failed.length === 0 ? 0 : 1
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})

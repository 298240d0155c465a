// The browser page's script: runs the smoke checks against the server that served the page, then the
// honest-fetch/msw checks through a service worker started with msw's setupWorker. Results go to
// window.smokeResults for the Node script that drives the browser.
import { setupWorker } from 'msw/browser'
import { runChecks } from './checks.mjs'
import { runMswChecks } from './msw-checks.mjs'

async function main() {
  const results = (await runChecks(location.origin)).map((r) => ({ ...r, name: `fetch: ${r.name}` }))
  const worker = setupWorker()
  try {
    await worker.start({ quiet: true, onUnhandledRequest: 'bypass' })
    const mswResults = await runMswChecks((...handlers) => worker.use(...handlers), location.origin)
    results.push(...mswResults.map((r) => ({ ...r, name: `setupWorker: ${r.name}` })))
  } catch (error) {
    results.push({ name: 'setupWorker: start', pass: false, detail: String(error) })
  } finally {
    worker.stop()
  }
  return results
}

main().then(
  (results) => {
    window.smokeResults = results
  },
  (error) => {
    window.smokeResults = [{ name: 'page', pass: false, detail: String(error?.stack ?? error) }]
  },
)

// Opens the test page built by build.mjs in Debian's Chromium, driven by playwright-core (which never
// downloads a browser), and reports the checks the page ran: the smoke checks over real fetch, and the
// honest-fetch/msw checks through MSW's service worker.
//
//   node test-package/browser/run.mjs <project dir>   (CHROMIUM=/path/to/chromium to use another binary)
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { chromium } from 'playwright-core'
import { startSmokeServer } from '../smoke/server.mjs'

const PAGE_TIMEOUT_MS = 60_000
const project = resolve(process.argv[2] ?? '')
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium'
const userDataDir = mkdtempSync(join(tmpdir(), 'honest-fetch-chromium-'))
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

const server = await startSmokeServer({ staticDir: join(project, 'www') })
// launchPersistentContext is how playwright takes a user data dir of our own: a fresh one per run.
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath,
  headless: true,
  args: FLAGS,
})
const log = []
let results
try {
  const page = context.pages()[0] ?? (await context.newPage())
  page.on('console', (message) => log.push(`console.${message.type()}: ${message.text()}`))
  page.on('pageerror', (error) => log.push(`page error: ${error.message}`))
  const version = context.browser()?.version() ?? (await page.evaluate(() => navigator.userAgent))
  console.log(`      chromium ${version}, page ${server.url}/`)
  await page.goto(`${server.url}/`)
  await page.waitForFunction(() => window.smokeResults !== undefined, null, { timeout: PAGE_TIMEOUT_MS })
  results = await page.evaluate(() => window.smokeResults)
} catch (error) {
  results = [{ name: 'browser', pass: false, detail: String(error?.message ?? error) }]
} finally {
  await context.close()
  await server.close()
  rmSync(userDataDir, { recursive: true, force: true })
}

for (const { name, pass, detail } of results) console.log(`${pass ? 'ok  ' : 'FAIL'}  ${name}: ${detail}`)
const failed = results.filter((r) => !r.pass).length
if (failed > 0 && log.length > 0) console.log(log.join('\n').replace(/^/gm, '      | '))
console.log(`browser: ${results.length - failed} passed, ${failed} failed`)
process.exitCode = failed === 0 ? 0 : 1

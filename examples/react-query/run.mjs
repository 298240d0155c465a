// Drives the built example app in Debian's Chromium with playwright-core (which never downloads a browser),
// one screen per MSW scenario, as a person would use it: looks at the list, submits the form, looks a user
// up. Checks what each screen shows, counts the requests the page sent, and saves a screenshot of each.
//
//   node examples/react-query/run.mjs <dist dir> <screenshot dir>   (CHROMIUM=/path to use another binary)
import { readFile, mkdir, rm } from 'node:fs/promises'
import { createServer } from 'node:http'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { extname, join, normalize, resolve } from 'node:path'
import process from 'node:process'
import { chromium } from 'playwright-core'

const dist = resolve(process.argv[2] ?? 'dist')
const shots = resolve(process.argv[3] ?? '.tmp/example-app')
const SCREEN_TIMEOUT_MS = 15_000
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
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' }

/** The built app, on 127.0.0.1, port 0; anything under /api is left to the service worker's mocks. */
async function serve(dir) {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname
    const file = normalize(join(dir, path === '/' ? 'index.html' : path))
    try {
      if (!file.startsWith(dir)) throw new Error('outside')
      const body = await readFile(file)
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body)
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
    }
  })
  await new Promise((done) => server.listen(0, '127.0.0.1', done))
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((done) => server.close(done)),
  }
}

const submitCreate = (fields) => async (page) => {
  for (const [name, value] of Object.entries(fields)) await page.fill(`#create input[name=${name}]`, value)
  await page.click('#create button')
}

/** Each screen: the scenario, what the person does, and what the page must then show. */
const SCREENS = [
  { name: 'list', expect: [['#users', 'Ada Lovelace']] },
  {
    name: 'create',
    act: submitCreate({ name: 'Grace Hopper' }),
    expect: [
      ['#create .success', 'Created Grace Hopper.'],
      ['#users', 'Grace Hopper'], // the mutation invalidated the list, which was fetched again
    ],
    requests: { 'GET /api/users': 2, 'POST /api/users': 1 },
  },
  {
    name: 'conflict',
    act: submitCreate({ name: 'Ada Lovelace' }),
    expect: [['#create [role=alert]', 'Conflict: A user with that name exists.']],
    requests: { 'POST /api/users': 1 },
  },
  {
    name: 'fieldErrors',
    act: submitCreate({ name: '', email: 'nope' }),
    expect: [
      ['#create label:has(input[name=name]) .field-error', 'Name must not be empty.'],
      ['#create label:has(input[name=email]) .field-error', 'Email must contain an @.'],
    ],
  },
  {
    name: 'notFound',
    act: async (page) => {
      await page.fill('#find input[name=id]', '99')
      await page.click('#find button')
    },
    expect: [['#find [role=alert]', 'Not found: No user 99.']],
    requests: { 'GET /api/users/99': 1 },
  },
  { name: 'unauthorized', expect: [['[role=alert]', 'Sign in to continue (Bearer realm="users").']] },
  {
    name: 'tooManyRequests',
    // Retry-After: 1, twice: the client's own retries, and no TanStack retries on top (3 requests, not 12).
    expect: [['[role=alert]', 'tried 3 times in all']],
    requests: { 'GET /api/users': 3 },
  },
  {
    name: 'protocolViolation',
    expect: [['[role=alert]', 'The server answered 200 with an error in the body']],
  },
  { name: 'networkError', expect: [['[role=alert]', 'Cannot reach the server']] },
  { name: 'timeout', expect: [['[role=alert]', 'The server did not answer within 1500 ms.']] },
]

const server = await serve(dist)
const userDataDir = mkdtempSync(join(tmpdir(), 'honest-fetch-example-'))
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: FLAGS,
  viewport: { width: 900, height: 760 },
})
await rm(shots, { recursive: true, force: true })
await mkdir(shots, { recursive: true })
console.log(`      chromium ${context.browser()?.version() ?? ''}, app ${server.url}/`)

let passed = 0
let failed = 0
try {
  for (const [i, screen] of SCREENS.entries()) {
    const page = await context.newPage()
    const log = []
    const sent = {}
    page.on('console', (m) => log.push(`console.${m.type()}: ${m.text()}`))
    page.on('pageerror', (e) => log.push(`page error: ${e.message}`))
    page.on('request', (request) => {
      const { pathname } = new URL(request.url())
      if (pathname.startsWith('/api/'))
        sent[`${request.method()} ${pathname}`] = (sent[`${request.method()} ${pathname}`] ?? 0) + 1
    })
    const file = join(shots, `${String(i + 1).padStart(2, '0')}-${screen.name}.png`)
    const started = Date.now()
    try {
      await page.goto(`${server.url}/?scenario=${screen.name}`)
      await page.locator('h1').waitFor({ timeout: SCREEN_TIMEOUT_MS })
      await screen.act?.(page)
      for (const [selector, text] of screen.expect) {
        await page.locator(selector).filter({ hasText: text }).first().waitFor({ timeout: SCREEN_TIMEOUT_MS })
      }
      for (const [request, count] of Object.entries(screen.requests ?? {})) {
        if (sent[request] !== count)
          throw new Error(`${request} sent ${sent[request] ?? 0} times, expected ${count}`)
      }
      await page.screenshot({ path: file, fullPage: true })
      passed++
      const requests = Object.entries(sent)
        .map(([r, n]) => `${r} x${n}`)
        .join(', ')
      console.log(
        `ok    ${screen.name}: ${screen.expect.map(([, t]) => JSON.stringify(t)).join(', ')} (${requests}; ${Date.now() - started} ms)`,
      )
    } catch (error) {
      failed++
      await page.screenshot({ path: file, fullPage: true }).catch(() => {})
      console.log(`FAIL  ${screen.name}: ${error?.message ?? error}`)
      const body = await page
        .locator('body')
        .textContent()
        .catch(() => '')
      console.log([...log, `page text: ${body}`].join('\n').replace(/^/gm, '      | '))
    }
    await page.close()
  }
} finally {
  await context.close()
  await server.close()
  rmSync(userDataDir, { recursive: true, force: true })
}
console.log(`      screenshots in ${shots}`)
console.log(`example-app: ${passed} passed, ${failed} failed`)
process.exitCode = failed === 0 ? 0 : 1

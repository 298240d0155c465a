// The smoke checks, shared by every runtime: Node, Bun and Deno run them through smoke.mjs, the browser
// page through its bundle. Plain JavaScript that imports the installed tarball by its package name and uses
// only what all of them have (fetch, AbortController, timers).
import { createApiClient, createClient, defineApi, match, unwrap } from 'honest-fetch'
import { z } from 'zod'

const User = z.object({ id: z.string(), name: z.string() })
const Problem = z.object({ title: z.string(), status: z.number() })
const api = defineApi({
  getUser: { method: 'GET', path: '/users/:id', responses: { 200: User, 404: Problem } },
})

/** Throws with a message that names what was expected and what came back. */
function expect(condition, what, result) {
  if (!condition) {
    const seen = result === undefined ? '' : ` (got ${describe(result)})`
    throw new Error(`expected ${what}${seen}`)
  }
}

function describe(result) {
  const { kind, status, attempts, code, violations } = result
  const rules = violations?.map((v) => `${v.rule}:${v.severity}`).join(',')
  return JSON.stringify({ kind, status, attempts, code, rules })
}

/** Each check: a name, and a function that resolves to a short detail or throws. */
function checks(baseURL, options) {
  const http = createClient({ ...options, baseURL })
  const users = createApiClient(api, http)
  return [
    [
      'ok with parsed data',
      async () => {
        const r = await http.get('/users/42')
        expect(r.kind === 'ok' && r.ok === true && r.status === 200, 'kind ok, status 200', r)
        expect(r.data?.name === 'Ada Lovelace', 'data.name "Ada Lovelace"', r)
        expect(r.attempts === 1 && r.violations.length === 0, 'one attempt, no violations', r)
        return 'GET /users/42 -> ok'
      },
    ],
    [
      '404 is notFound with its problem',
      async () => {
        const r = await http.get('/users/404')
        expect(r.kind === 'notFound' && r.status === 404 && r.ok === false, 'kind notFound', r)
        expect(r.problem?.title === 'Not Found', 'problem.title "Not Found"', r)
        return 'GET /users/404 -> notFound'
      },
    ],
    [
      '503 with Retry-After: 0 is retried',
      async () => {
        const key = Math.random().toString(36).slice(2)
        const r = await http.get(`/flaky/${key}`)
        expect(r.kind === 'ok' && r.attempts === 2, 'kind ok after 2 attempts', r)
        return 'attempts 2'
      },
    ],
    [
      '200 with an error payload is a protocolViolation',
      async () => {
        const r = await http.get('/lying/error-payload')
        expect(r.kind === 'protocolViolation' && r.status === 200, 'kind protocolViolation', r)
        const rule = r.violations.find((v) => v.severity === 'error')
        expect(rule?.rule === 'error-payload-in-success', 'an error-severity error-payload-in-success', r)
        return rule.rule
      },
    ],
    [
      'a stalled response times out',
      async () => {
        const started = Date.now()
        const r = await http.get('/stall', { timeout: 300, retry: false })
        const took = Date.now() - started
        expect(r.kind === 'timeout' && r.timeoutMs === 300, 'kind timeout with timeoutMs 300', r)
        expect(took < 5_000, `the call to end soon after 300 ms, not after ${took} ms`)
        return `after ${took} ms`
      },
    ],
    [
      'an aborted signal gives aborted',
      async () => {
        const controller = new AbortController()
        setTimeout(() => controller.abort(new Error('user left')), 100)
        const r = await http.get('/stall', { signal: controller.signal })
        expect(r.kind === 'aborted' && r.attempts === 1, 'kind aborted', r)
        expect(r.reason instanceof Error && r.reason.message === 'user left', 'the signal reason', r)
        return 'aborted'
      },
    ],
    [
      'a dropped connection is a networkError',
      async () => {
        const r = await http.get('/reset')
        expect(r.kind === 'networkError', 'kind networkError', r)
        return `code ${r.code}`
      },
    ],
    [
      'a truncated body is a networkError',
      async () => {
        const r = await http.get('/truncated')
        expect(r.kind === 'networkError', 'kind networkError', r)
        return `code ${r.code}`
      },
    ],
    [
      'a zod contract types, validates, matches and unwraps',
      async () => {
        const good = await users.getUser({ params: { id: '42' } })
        expect(good.kind === 'ok' && unwrap(good).name === 'Ada Lovelace', 'ok with a valid User', good)
        const bad = await users.getUser({ params: { id: 'bad' } })
        expect(bad.kind === 'schemaMismatch' && bad.statusKind === 'ok', 'kind schemaMismatch', bad)
        const missing = await users.getUser({ params: { id: '404' } })
        const said = match(missing, { notFound: (r) => r.data.title, _: (r) => r.kind })
        expect(said === 'Not Found', `match to give "Not Found", not "${said}"`)
        return 'ok, schemaMismatch, notFound'
      },
    ],
  ]
}

/** A check that neither resolves nor rejects must not hang the run. */
function withDeadline(promise, ms) {
  let timer
  const deadline = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)
  })
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer))
}

/**
 * Runs every check against the smoke server at `baseURL`, one after another.
 * @param {string} baseURL
 * @param {object} [options] more client options, e.g. `{ transport }`
 * @returns {Promise<Array<{ name: string, pass: boolean, detail: string }>>}
 */
export async function runChecks(baseURL, options = {}) {
  const results = []
  for (const [name, check] of checks(baseURL, options)) {
    try {
      results.push({ name, pass: true, detail: await withDeadline(check(), 10_000) })
    } catch (error) {
      results.push({ name, pass: false, detail: error instanceof Error ? error.message : String(error) })
    }
  }
  return results
}

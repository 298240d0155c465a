import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { HttpResult } from '../../src/index.js'
import { startHttpServer, type TestServer } from '../helpers/http-server.js'
import { TRANSPORTS } from '../transports/transports.js'
import { type DocumentedExample, loadGitHubExamples } from './github-examples.js'

// Issue 12: every success GitHub documents, served with its own media type to an untyped client that asks
// for that type, must come back without a finding of severity `error`. A real API's real successes are
// the false alarms that matter.

const EXAMPLES = loadGitHubExamples()
// Requests in flight at once: enough to keep the pool busy, few enough to reuse its connections.
const CONCURRENCY = 16

let server: TestServer
beforeAll(async () => {
  server = await startHttpServer((req, res) => {
    const example = EXAMPLES[Number(req.url?.slice(1))]
    if (example === undefined) {
      res.writeHead(500).end()
      return
    }
    res.writeHead(example.status, { 'content-type': example.mediaType })
    res.end(example.body)
  })
})
afterAll(async () => {
  await server.close()
  await Promise.all(TRANSPORTS.map((t) => t.close()))
})

/** Runs `work` over `items` with at most `limit` at a time, results in order. */
async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
) {
  const results: R[] = new Array(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++
      results[index] = await work(items[index] as T, index)
    }
  }
  await Promise.all(Array.from({ length: limit }, worker))
  return results
}

/** What is wrong with one example's result: not its own status, or an `error` finding. */
function problemsOf(example: DocumentedExample, result: HttpResult): string[] {
  const status = 'status' in result ? result.status : undefined
  const problems = status === example.status ? [] : [`${result.kind} instead of ${example.status}`]
  for (const v of result.violations) if (v.severity === 'error') problems.push(`${v.rule}: ${v.message}`)
  return problems.map((problem) => `${example.id}: ${problem}`)
}

it('holds the documented successes of the GitHub REST API', () => {
  // 1,023 in @octokit/openapi 23; far fewer would mean the description was not read.
  expect(EXAMPLES.length).toBeGreaterThan(1000)
})

describe.each(TRANSPORTS)('GitHub 2xx examples through $name', (transport) => {
  // About a second per transport on an idle machine; the limit is for a loaded one.
  it('come back with no finding of severity error, each asked for with its own media type', {
    timeout: 60_000,
  }, async () => {
    const http = transport.client({ baseURL: server.url, retry: false })
    const problems = await mapLimited(EXAMPLES, CONCURRENCY, async (example, index) => {
      const result = await http.request(example.method, `/${index}`, {
        headers: { accept: example.mediaType },
      })
      return problemsOf(example, result)
    })
    expect(problems.flat()).toEqual([])
  })
})

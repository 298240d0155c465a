import { createClient, type HttpResult, type RetryInfo } from '../src/index.js'
import { startDemoServer } from './server.js'
import { demoTracer } from './tracing.js'

interface Row {
  readonly method: string
  readonly path: string
  readonly status: string
  readonly kind: string
  readonly violations: string
  readonly attempts: string
  readonly note: string
}

const calls: Array<[method: string, path: string, body?: unknown]> = [
  ['GET', '/users/42'],
  ['POST', '/users', { name: 'Grace Hopper' }],
  ['DELETE', '/users/42'],
  ['GET', '/users/404'],
  ['GET', '/lying/error-payload'],
  ['GET', '/lying/html'],
  ['GET', '/lying/malformed-json'],
  ['GET', '/lying/unauthorized'],
  ['GET', '/rate-limited'],
  ['GET', '/rate-limited/hour'],
  ['GET', '/unavailable'],
  ['GET', '/slow'],
]

function note(result: HttpResult, waits: readonly RetryInfo[]): string {
  const parts = waits.map((w) => `waited ${w.waitMs} ms (${w.source})`)
  if (result.kind === 'created') parts.push(`location ${result.location}`)
  if (
    (result.kind === 'tooManyRequests' || result.kind === 'serviceUnavailable') &&
    result.retryAfterMs !== undefined
  ) {
    parts.push(`retryAfterMs ${result.retryAfterMs}`)
  }
  if (result.kind === 'timeout') parts.push(`after ${result.timeoutMs} ms`)
  if (result.kind === 'notFound' && result.problem) parts.push(`problem: ${result.problem.title}`)
  return parts.join('; ')
}

function printTable(rows: readonly Row[]): void {
  const headings: Row = {
    method: 'METHOD',
    path: 'PATH',
    status: 'HTTP',
    kind: 'RESULT KIND',
    violations: 'VIOLATIONS',
    attempts: 'ATTEMPTS',
    note: 'NOTE',
  }
  const keys = Object.keys(headings) as Array<keyof Row>
  const widths = keys.map((key) => Math.max(...[headings, ...rows].map((row) => row[key].length)))
  const line = (row: Row): string =>
    keys
      .map((key, i) => row[key].padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd()
  console.log(line(headings))
  console.log(widths.map((w) => '-'.repeat(w)).join('  '))
  for (const row of rows) console.log(line(row))
}

const server = await startDemoServer()
const tracer = demoTracer()
try {
  const http = createClient({
    baseURL: server.url,
    timeout: 500,
    retry: { limit: 2 },
    plugins: [tracer.plugin],
  })
  const rows: Row[] = []
  for (const [method, path, body] of calls) {
    const waits: RetryInfo[] = []
    const result = await http.request(method, path, {
      ...(body === undefined ? {} : { body }),
      retry: { onRetry: (info) => waits.push(info) },
    })
    rows.push({
      method,
      path,
      status: 'status' in result ? String(result.status) : '-',
      kind: result.kind,
      violations: result.violations.map((v) => `${v.rule} (${v.severity})`).join(', ') || '-',
      attempts: String(result.attempts),
      note: note(result, waits),
    })
  }
  console.log(`honest-fetch demo against ${server.url}\n`)
  printTable(rows)
  console.log(`\n${tracer.summary()}`)
} finally {
  await server.close()
}

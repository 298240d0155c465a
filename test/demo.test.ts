import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'

// `npm run demo` is the first thing a new user runs: it must print the table with what each endpoint is.
it('the demo prints one row per endpoint with the expected kind, violations and attempts', async () => {
  const main = fileURLToPath(new URL('../demo/main.ts', import.meta.url))
  const stdout = await new Promise<string>((resolve, reject) => {
    execFile(process.execPath, ['--import', 'tsx', main], { timeout: 30_000 }, (error, out) =>
      error ? reject(error) : resolve(out),
    )
  })
  const rows = new Map(
    stdout
      .split('\n')
      .map((line) => line.split(/\s{2,}/))
      .filter((cells) => cells[1]?.startsWith('/'))
      .map((cells) => [`${cells[0]} ${cells[1]}`, cells.slice(2)]),
  )
  expect(rows.get('GET /users/42')?.slice(0, 4)).toEqual(['200', 'ok', '-', '1'])
  // The otel plugin with an in-memory exporter: one span per attempt, one event per violation.
  expect(stdout).toMatch(/saw 15 spans and 4 violations; 11 spans failed, 3 of them with a 2xx status/)
  expect(rows.get('POST /users')?.[1]).toBe('created')
  expect(rows.get('DELETE /users/42')?.[1]).toBe('noContent')
  expect(rows.get('GET /users/404')?.[1]).toBe('notFound')
  expect(rows.get('GET /lying/error-payload')?.slice(1, 3)).toEqual([
    'protocolViolation',
    'error-payload-in-success (error)',
  ])
  expect(rows.get('GET /lying/html')?.slice(1, 3)).toEqual([
    'protocolViolation',
    'unexpected-content-type (error)',
  ])
  expect(rows.get('GET /lying/malformed-json')?.slice(1, 3)).toEqual([
    'protocolViolation',
    'malformed-json (error)',
  ])
  expect(rows.get('GET /lying/unauthorized')?.slice(1, 3)).toEqual([
    'unauthorized',
    'missing-www-authenticate (warn)',
  ])
  expect(rows.get('GET /rate-limited')?.slice(0, 4)).toEqual(['200', 'ok', '-', '2'])
  expect(rows.get('GET /rate-limited/hour')?.[4]).toBe('retryAfterMs 3600000')
  expect(rows.get('GET /unavailable')?.slice(1, 4)).toEqual(['serviceUnavailable', '-', '3'])
  expect(rows.get('GET /slow')?.slice(0, 2)).toEqual(['-', 'timeout'])
}, 40_000)

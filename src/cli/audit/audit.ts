// `audit(options)`: the probes of every operation sent through the library's own client, so findings
// carry the same `Violation` records a consumer would see. Bounded in time and concurrency, and sent
// only to the base URL given: redirects are reported, never followed.
import { resolve } from 'node:path'
import { createClient } from '../../client.js'
import { UsageError } from '../../errors/usage-error.js'
import type { HttpResult } from '../../result.js'
import type { FetchFunction } from '../../transport/fetch-transport.js'
import type { Violation } from '../../violation.js'
import { loadDescription } from '../openapi/load.js'
import { type AuditOperation, auditOperations } from './operations.js'
import { type Probe, type ProbeName, probesOf, wrongMethodProbe } from './probes.js'
import { judge, type Verdict } from './verdict.js'

export interface AuditOptions {
  /** The OpenAPI 3.0/3.1 description: a file (JSON or YAML) or the parsed document. */
  readonly openapi: string | Record<string, unknown>
  /** Where the API runs; the only origin the audit sends to. @example 'http://127.0.0.1:3000/v1' */
  readonly baseURL: string
  /** Sent with every request but the `no-credentials` probes. @example { authorization: 'Bearer t0ken' } */
  readonly headers?: Readonly<Record<string, string>>
  /**
   * Also probe POST, PUT, PATCH and DELETE operations, which may change data (even a request that must
   * fail changes it on a server that wrongly accepts it). Only against a server meant for it.
   * @default false
   */
  readonly unsafe?: boolean
  /** Time limit of each request, in ms. @default 5_000 */
  readonly timeout?: number
  /** Time limit of the whole audit, in ms; probes not answered by then fail. @default 60_000 */
  readonly maxTime?: number
  /** Requests in flight at once. @default 4 */
  readonly concurrency?: number
  /** The `fetch` to send with. @default globalThis.fetch */
  readonly fetch?: FetchFunction
}

export interface AuditFinding {
  /** `GET /users/{id}` */
  readonly operation: string
  readonly probe: ProbeName
  readonly expected: string
  readonly url: string
  /** The response status; `null` when there was no response (timeout, network error). */
  readonly status: number | null
  /** The result's kind; `notSent` when the client refused a value of the description (a warning). */
  readonly kind: HttpResult['kind'] | 'notSent'
  readonly violations: readonly Violation[]
  readonly verdict: Verdict
  readonly reason: string
}

export interface AuditReport {
  readonly findings: readonly AuditFinding[]
  readonly summary: { readonly pass: number; readonly fail: number; readonly warn: number }
  /** Operations not probed, and why (a method that changes data, without `unsafe`). */
  readonly skipped: readonly { readonly operation: string; readonly reason: string }[]
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])
const MAX_TIMER = 2 ** 31 - 1

function bounded(name: string, value: number | undefined, fallback: number, max = MAX_TIMER): number {
  if (value === undefined) return fallback
  if (!Number.isInteger(value) || value < 1 || value > max)
    throw new UsageError(`${name} must be a whole number from 1 to ${max}, got ${value}.`)
  return value
}

async function inPool<T, R>(items: readonly T[], size: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = []
  let next = 0
  const worker = async (): Promise<void> => {
    for (let i = next++; i < items.length; i = next++) results[i] = await run(items[i] as T)
  }
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker))
  return results
}

/** Sends every probe of every operation of the description and judges each response. */
export async function audit(options: AuditOptions): Promise<AuditReport> {
  const timeout = bounded('timeout', options.timeout, 5_000)
  const maxTime = bounded('maxTime', options.maxTime, 60_000)
  const concurrency = bounded('concurrency', options.concurrency, 4, 64)
  const send = options.fetch ?? ((input, init) => globalThis.fetch(input, init))
  const client = createClient({
    baseURL: options.baseURL,
    timeout,
    retry: false,
    // A redirect elsewhere would send the probe to a host the user did not name: the 3xx is the finding.
    redirect: 'manual',
    fetch: send,
  })
  const doc =
    typeof options.openapi === 'string' ? await loadDescription(resolve(options.openapi)) : options.openapi
  const probes: Probe[] = []
  const skipped: { operation: string; reason: string }[] = []
  const byPath = new Map<string, AuditOperation[]>()
  for (const op of auditOperations(doc)) {
    byPath.set(op.path, [...(byPath.get(op.path) ?? []), op])
    if (!options.unsafe && !SAFE_METHODS.has(op.method))
      skipped.push({ operation: op.name, reason: `${op.method} may change data; probed with --unsafe` })
    else probes.push(...probesOf(doc, op, options.headers ?? {}))
  }
  for (const ops of byPath.values()) {
    const probe = wrongMethodProbe(doc, ops, options.headers ?? {}, options.unsafe ?? false)
    if (probe !== undefined) probes.push(probe)
  }
  const deadline = new AbortController()
  const timer = setTimeout(() => deadline.abort(new Error('the audit ran out of time')), maxTime)
  try {
    const findings = await inPool(probes, concurrency, async (probe): Promise<AuditFinding> => {
      let result: HttpResult
      try {
        result = await client.request(probe.method, probe.path, {
          query: probe.query,
          headers: probe.headers,
          ...(probe.body === undefined ? {} : { body: probe.body }),
          signal: deadline.signal,
          ...(probe.rules === undefined ? {} : { violations: { rules: probe.rules } }),
        })
      } catch (error) {
        // A value of the description the client refuses to send (a header example with a line break):
        // the description's to fix, and no reason to give up the other probes.
        if (!(error instanceof UsageError)) throw error
        const { operation, expected } = probe
        const reason = `not sent: ${error.message.replace(/^\[honest-fetch\] /, '')}`
        return {
          operation,
          probe: probe.probe,
          expected,
          url: probe.path,
          status: null,
          kind: 'notSent',
          violations: [],
          verdict: 'warn',
          reason,
        }
      }
      const judged =
        result.kind === 'aborted'
          ? { verdict: 'fail' as const, reason: `not answered within the audit's time limit (${maxTime} ms)` }
          : judge(probe, result)
      return {
        operation: probe.operation,
        probe: probe.probe,
        expected: probe.expected,
        url: result.request.url,
        status: 'status' in result ? result.status : null,
        kind: result.kind,
        violations: result.violations.map((v) => ({ ...v })),
        ...judged,
      }
    })
    const count = (verdict: Verdict): number => findings.filter((f) => f.verdict === verdict).length
    return { findings, summary: { pass: count('pass'), fail: count('fail'), warn: count('warn') }, skipped }
  } finally {
    clearTimeout(timer)
  }
}

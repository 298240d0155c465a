// The property every fuzzed call must keep: it settles by its deadline (+ a margin), resolves rather than
// rejects, to a result with a known kind, and leaves Object.prototype as it was.
import type { ClientOptions, HttpResult, RetryOptions } from '../../src/index.js'
import { STATUS_KINDS } from '../../src/index.js'
import type { TransportEntry } from '../transports/transports.js'
import { type CallSpec, deadlineOf, type ResponseSpec, type Scenario } from './arbitraries.js'
import type { LoopWatch } from './loop-watch.js'
import { callTyped } from './contracts.js'
import { wrongResult } from './oracle.js'
import type { Served } from './remote.js'

/**
 * Generous on purpose: a 2-core machine running the suite in parallel can be late by a second, while a
 * call that ignores its deadline is late by the server's whole stall (or forever).
 */
export const MARGIN_MS = 1_500

const KNOWN_KINDS: ReadonlySet<string> = new Set([
  ...Object.values(STATUS_KINDS),
  ...['success', 'redirection', 'clientError', 'serverError'],
  ...['protocolViolation', 'schemaMismatch', 'bodyTooLarge', 'networkError', 'timeout', 'aborted'],
  'invalidRequest',
])

export type FailureClass = 'hang' | 'rejection' | 'unknown-kind' | 'pollution' | 'wrong-result'

export interface CaseReport {
  /** The result's kind, or what went wrong instead of a result. */
  readonly kind: string
  readonly settleMs: number
  readonly deadlineMs: number
  /** How long the event loop was blocked during the call (by any case), when watched. */
  readonly loopBlockedMs: number
  readonly failure: { readonly class: FailureClass; readonly detail: string } | undefined
}

const EAGER: RetryOptions = {
  limit: 3,
  networkErrors: true,
  statuses: [429, 500, 502, 503, 504],
  backoff: { baseMs: 20, maxMs: 100 },
}

function clientOptions(url: string, call: CallSpec): ClientOptions {
  return {
    baseURL: url,
    timeout: call.timeout,
    ...(call.totalTimeout === undefined ? {} : { totalTimeout: call.totalTimeout }),
    ...(call.maxBodyBytes === undefined ? {} : { maxBodyBytes: call.maxBodyBytes }),
    ...(call.retry === 'default' ? {} : { retry: call.retry === 'eager' ? EAGER : false }),
  }
}

const prototypeKeys = (): string =>
  [Object.prototype, Array.prototype].map((p) => Object.getOwnPropertyNames(p).sort().join()).join('|')
const CLEAN_PROTOTYPES = prototypeKeys()

function pollution(): string | undefined {
  if (prototypeKeys() !== CLEAN_PROTOTYPES) return `Object/Array.prototype keys changed: ${prototypeKeys()}`
  const probe: Record<string, unknown> = {}
  return probe.fuzzPolluted === undefined ? undefined : 'a fresh object has fuzzPolluted'
}

/** Starts a server that answers with `response` (host.ts, through remote.ts). */
export type Serve = (response: ResponseSpec, label: string) => Promise<Served>

/** Runs one scenario on one transport against its own server, and reports what the call did. */
export async function runCase(
  entry: TransportEntry,
  scenario: Scenario,
  { serve, label, watch }: { serve: Serve; label: string; watch?: LoopWatch },
): Promise<CaseReport> {
  const { call } = scenario
  const server = await serve(scenario.response, label)
  const deadlineMs = deadlineOf(call)
  const controller = call.abortAfterMs === undefined ? undefined : new AbortController()
  if (call.abortAfterMs === 0) controller?.abort()
  const abortTimer =
    controller && call.abortAfterMs ? setTimeout(() => controller.abort(), call.abortAfterMs) : undefined
  let bound: ReturnType<typeof setTimeout> | undefined
  const started = performance.now()
  try {
    const options = {
      ...(call.method === 'POST' ? { body: { hello: 'world' } } : {}),
      ...(controller ? { signal: controller.signal } : {}),
    }
    // Inside an async function, so that a synchronous throw counts as the rejection it amounts to.
    const pending = (async () => {
      const url = call.tls ? server.url.replace('http:', 'https:') : server.url
      const client = entry.client(clientOptions(url, call))
      return call.contract === 'none'
        ? client.request(call.method, '/fuzz', options)
        : callTyped(client, call.contract, call.method, options)
    })()
    // The hard bound turns a call that never settles into a reported failure instead of a stuck run.
    const outcome = await Promise.race([
      pending.then(
        (result) => ({ type: 'result' as const, result }),
        (error: unknown) => ({ type: 'rejection' as const, error }),
      ),
      new Promise<{ type: 'hang' }>((resolve) => {
        bound = setTimeout(() => resolve({ type: 'hang' }), deadlineMs + MARGIN_MS)
      }),
    ])
    const ended = performance.now()
    const settleMs = Math.round(ended - started)
    const loopBlockedMs = watch?.blockedDuring(started, ended) ?? 0
    const polluted = pollution()
    const report = (kind: string, failure: CaseReport['failure']): CaseReport => ({
      kind,
      settleMs,
      deadlineMs,
      loopBlockedMs,
      failure: failure ?? (polluted === undefined ? undefined : { class: 'pollution', detail: polluted }),
    })
    if (outcome.type === 'hang') {
      return report('(pending)', {
        class: 'hang',
        detail: `not settled ${deadlineMs + MARGIN_MS} ms after the call`,
      })
    }
    if (outcome.type === 'rejection') {
      return report('(rejected)', {
        class: 'rejection',
        detail: String((outcome.error as Error)?.stack ?? outcome.error),
      })
    }
    return checkResult(scenario, outcome.result, report)
  } finally {
    clearTimeout(bound)
    clearTimeout(abortTimer)
    server.done()
  }
}

function checkResult(
  scenario: Scenario,
  result: HttpResult,
  report: (kind: string, failure: CaseReport['failure']) => CaseReport,
): CaseReport {
  const kind = typeof result === 'object' && result !== null ? String(result.kind) : typeof result
  const wellFormed =
    KNOWN_KINDS.has(kind) &&
    typeof result.attempts === 'number' &&
    Array.isArray(result.violations) &&
    (kind !== 'networkError' || typeof (result as { code?: unknown }).code === 'string')
  if (!wellFormed) return report(kind, { class: 'unknown-kind', detail: `not a result: ${safeJson(result)}` })
  const wrong = wrongResult(scenario, result)
  if (wrong !== undefined) return report(kind, { class: 'wrong-result', detail: wrong })
  // The network error's code tells apart the many ways a response can be unusable.
  return report('code' in result ? `${kind}/${String(result.code)}` : kind, undefined)
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value)?.slice(0, 500) ?? String(value)
  } catch {
    return String(value)
  }
}

import { isJsonMediaType, mediaTypeOf, PROBLEM_JSON } from '../body/media-type.js'
import { dataOf, hasNoContent, parseBody } from '../body/parse.js'
import type { ParsedBody } from '../body/parsed-body.js'
import { toProblem } from '../body/problem.js'
import { namesMediaType } from '../request/accept.js'
import type { HttpResult } from '../result.js'
import { type ServerWait, serverWait } from '../retry/policy.js'
import { statusKind } from '../status.js'
import { classifyNetworkError, type FailureStage } from '../transport/network-error.js'
import type { TransportResponse } from '../transport/types.js'
import { findViolations } from '../violations/engine.js'
import type { CallPlan } from './plan.js'
import {
  abortedResult,
  bodyTooLargeResult,
  networkErrorResult,
  protocolViolationResult,
  schemaMismatchResult,
  statusResult,
  timeoutResult,
} from './results.js'
import type { Runtime } from './runtime.js'
import { validate } from './validate.js'

/** What one attempt produced, with what the retry loop needs to decide on the next one. */
export interface AttemptOutcome {
  readonly result: HttpResult
  /** The wait the server asked for (429/503 and friends), already parsed. */
  readonly serverWait: ServerWait | undefined
  /** A network failure before any response byte arrived: the only kind that may be retried safely. */
  readonly failedBeforeResponse: boolean
}

const NO_BODY: ParsedBody = { type: 'none' }

/** An outcome that nothing can follow up on: no server-directed wait, not a pre-response failure. */
function final(result: HttpResult): AttemptOutcome {
  return { result, serverWait: undefined, failedBeforeResponse: false }
}

/** Thrown into the attempt's signal when its time is up, so a timeout is never mistaken for an abort. */
class AttemptTimeout extends Error {
  override name = 'TimeoutError' as const
}

/** Sends one request and turns whatever happens into a result. Never rejects for network or server. */
export async function runAttempt(
  rt: Runtime,
  plan: CallPlan,
  attempt: number,
  limitMs: number | undefined,
  limitIsTotal: boolean,
): Promise<AttemptOutcome> {
  const common = { request: plan.summary, attempts: attempt }
  const callerSignal = plan.signal
  // A signal has a price on Node 20: making an AbortController is costly there, and fetch follows the
  // signal with a WeakRef and a FinalizationRegistry entry per request. So one is made only for a time
  // limit; with just the caller's signal, that one is handed over as it is.
  let controller: AbortController | undefined
  let timer: ReturnType<typeof setTimeout> | undefined
  let onCallerAbort: (() => void) | undefined
  if (limitMs !== undefined) {
    const ours = new AbortController()
    controller = ours
    timer = setTimeout(() => ours.abort(new AttemptTimeout(`timed out after ${limitMs} ms`)), limitMs)
    if (callerSignal) {
      onCallerAbort = () => ours.abort(callerSignal.reason)
      callerSignal.addEventListener('abort', onCallerAbort, { once: true })
    }
  }

  let stage: FailureStage = 'head'
  try {
    if (rt.onRequest)
      await rt.onRequest({ method: plan.method, url: plan.url, headers: plan.headers, attempt })
    const response = await rt.transport({
      method: plan.method,
      url: plan.url,
      headers: plan.headers,
      body: plan.body,
      signal: controller?.signal ?? callerSignal,
    })
    stage = 'body'
    return await readResponse(rt, plan, attempt, response)
  } catch (error) {
    if (callerSignal?.aborted) return final(abortedResult(common, callerSignal.reason))
    if (controller?.signal.reason instanceof AttemptTimeout) {
      const timeoutMs = limitIsTotal ? (plan.totalTimeout ?? limitMs ?? 0) : (limitMs ?? 0)
      return final(timeoutResult(common, timeoutMs))
    }
    if (error !== null && typeof error === 'object' && (error as Error).name === 'UsageError') throw error
    const cause = unwrapTransportError(error)
    return {
      result: networkErrorResult(common, classifyNetworkError(cause, stage), cause),
      serverWait: undefined,
      failedBeforeResponse: stage === 'head',
    }
  } finally {
    clearTimeout(timer)
    if (onCallerAbort) callerSignal?.removeEventListener('abort', onCallerAbort)
  }
}

/** ofetch wraps fetch's rejection in a FetchError; the caller wants the runtime's own error. */
function unwrapTransportError(error: unknown): unknown {
  if (error instanceof Error && error.name === 'FetchError' && error.cause !== undefined) return error.cause
  return error
}

async function readResponse(
  rt: Runtime,
  plan: CallPlan,
  attempts: number,
  response: TransportResponse,
): Promise<AttemptOutcome> {
  const { status, headers } = response
  const common = { request: plan.summary, attempts }
  const contentType = headers.get('content-type')
  const mediaType = mediaTypeOf(contentType)
  const declared = plan.responses?.get(status)
  // Named, not reached through */*: a caller sending fetch's default */* expects nothing in particular.
  const expectsJson =
    declared === undefined ? namesMediaType(plan.accept, isJsonMediaType) : declared.body?.format === 'json'
  let body: ParsedBody
  if (hasNoContent(plan.method, status)) {
    response.discard()
    body = NO_BODY
  } else {
    const read = await response.readBody(rt.maxBodyBytes)
    if (read.type === 'tooLarge') return final(bodyTooLargeResult(common, status, headers, rt.maxBodyBytes))
    // The declared format applies to the declared media type only: an HTML page is read as what it is.
    const readAs = declared?.body?.mediaType === mediaType ? declared?.body?.format : undefined
    body = parseBody(read.bytes, contentType, mediaType, readAs, expectsJson)
  }

  const now = rt.clock.now()
  const violations = findViolations(
    {
      method: plan.method,
      status,
      headers,
      mediaType,
      body,
      expectsJson,
      accept: plan.accept,
      declared: declared?.body,
      declaredKeys: declared?.declaredKeys,
      contentRequired: declared?.schema != null,
      now,
    },
    plan.rules,
  )
  if (violations.length > 0 && rt.onViolation) {
    for (const violation of violations) rt.onViolation(violation, plan.summary)
  }
  const kind = statusKind(status)
  let data = dataOf(body)
  if (violations.some((v) => v.severity === 'error')) {
    return final(protocolViolationResult({ status, headers, data, ...common, violations }, kind))
  }
  if (declared?.schema) {
    let checked = validate(declared.schema, data)
    if (checked instanceof Promise) checked = await checked
    if (checked.issues) {
      return final(
        schemaMismatchResult({ status, headers, data, ...common, violations }, kind, checked.issues),
      )
    }
    data = checked.value
  }
  const wait =
    status === 429 || status === 503 || plan.retry.statuses.has(status)
      ? serverWait(plan.retry, headers, now)
      : undefined
  const ok = status >= 200 && status < 300 && (plan.responses === undefined || declared !== undefined)
  const result = statusResult(
    kind,
    ok,
    { status, headers, data, ...common, violations },
    {
      location: kind === 'created' ? resolveLocation(headers.get('location'), plan.url) : undefined,
      problem: mediaType === PROBLEM_JSON && body.type === 'json' ? toProblem(body.value) : undefined,
      retryAfterMs: wait?.ms,
    },
  )
  return { result, serverWait: wait, failedBeforeResponse: false }
}

/** RFC 9110 §10.2.2: Location may be relative; it is resolved against the target URI. */
function resolveLocation(location: string | null, requestUrl: string): string | undefined {
  if (location === null) return undefined
  try {
    return new URL(location, requestUrl).href
  } catch {
    return undefined
  }
}

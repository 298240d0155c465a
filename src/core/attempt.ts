import { isJsonMediaType, mediaTypeOf, PROBLEM_JSON } from '../body/media-type.js'
import { dataOf, hasNoContent, parseBody } from '../body/parse.js'
import type { ParsedBody } from '../body/parsed-body.js'
import { toProblem } from '../body/problem.js'
import { namesMediaType } from '../request/accept.js'
import type { HttpResult } from '../result.js'
import { asksForRetry, type ServerWait, serverWait } from '../retry/policy.js'
import { statusKind, WAIT_STATUSES } from '../status.js'
import { classifyNetworkError, type FailureStage } from '../transport/network-error.js'
import type { TransportResponse } from '../transport/types.js'
import { findViolations } from '../violations/engine.js'
import { type Deadline, startDeadline } from './deadline.js'
import { resolveLocation } from './location.js'
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
import type { RequestEvent, Runtime } from './runtime.js'
import { droppedConnection } from './stale-connection.js'
import { validate } from './validate.js'

/** What one attempt produced, with what the retry loop needs to decide on the next one. */
export interface AttemptOutcome {
  readonly result: HttpResult
  /** The wait the server asked for (429/503 and friends), already parsed. */
  readonly serverWait: ServerWait | undefined
  /** A network failure before any response byte arrived: the only kind that may be retried safely. */
  readonly failedBeforeResponse: boolean
  /** Before any response byte, the connection was dropped under the request (see stale-connection.ts). */
  readonly connectionDropped: boolean
}

const NO_BODY: ParsedBody = { type: 'none' }

/** An outcome that nothing can follow up on: no server-directed wait, not a pre-response failure. */
function final(result: HttpResult): AttemptOutcome {
  return { result, serverWait: undefined, failedBeforeResponse: false, connectionDropped: false }
}

/** Sends one request and turns whatever happens into a result. Never rejects for network or server. */
export async function runAttempt(
  rt: Runtime,
  plan: CallPlan,
  event: RequestEvent,
  limitMs: number | undefined,
  limitIsTotal: boolean,
): Promise<AttemptOutcome> {
  const { attempt } = event
  const common = { request: plan.summary, attempts: attempt }
  const callerSignal = plan.signal
  const deadline = startDeadline(limitMs, callerSignal)
  let stage: FailureStage = 'head'
  let sent: Promise<TransportResponse> | undefined
  let response: TransportResponse | undefined
  // A hook's own error is a bug of the caller's code, not a network failure: it rejects the call (issue 14).
  let inHook = false
  // No response, or one whose body is discarded unread: the transport may still hold its connection.
  let unread = true
  try {
    if (rt.onRequest) {
      inHook = true
      const hooked = rt.onRequest(event)
      if (hooked !== undefined) await deadline.within(Promise.resolve(hooked))
      inHook = false
    }
    sent = rt.transport({
      method: plan.method,
      url: plan.url,
      headers: plan.headers,
      body: plan.body,
      signal: deadline.signal,
      fetchOptions: plan.fetchOptions,
    })
    response = await deadline.within(sent)
    unread = hasNoContent(plan.method, response.status)
    stage = 'body'
    return await readResponse(rt, plan, attempt, response, deadline)
  } catch (error) {
    if (deadline.signal?.aborted) release(sent, response)
    if (callerSignal?.aborted) return final(abortedResult(common, callerSignal.reason))
    if (deadline.timedOut) {
      const timeoutMs = limitIsTotal ? (plan.totalTimeout ?? limitMs ?? 0) : (limitMs ?? 0)
      return final(timeoutResult(common, timeoutMs))
    }
    if (inHook || (error !== null && typeof error === 'object' && (error as Error).name === 'UsageError'))
      throw error
    return {
      result: networkErrorResult(common, classifyNetworkError(error, stage), error),
      serverWait: undefined,
      failedBeforeResponse: stage === 'head',
      connectionDropped: stage === 'head' && droppedConnection(error),
    }
  } finally {
    deadline.end()
    if (unread) deadline.release()
  }
}

/**
 * Frees what an attempt that ran out of time leaves behind, so no socket stays pinned: the response being
 * read, or the one a transport that ignored its signal may still deliver.
 */
function release(
  sent: Promise<TransportResponse> | undefined,
  response: TransportResponse | undefined,
): void {
  const discard = (late: TransportResponse): void => {
    try {
      late.discard()
    } catch {
      // A transport's discard must not throw; if one does, there is nothing more to free here.
    }
  }
  if (response !== undefined) discard(response)
  else sent?.then(discard, () => {})
}

async function readResponse(
  rt: Runtime,
  plan: CallPlan,
  attempts: number,
  response: TransportResponse,
  deadline: Deadline,
): Promise<AttemptOutcome> {
  const { status, headers } = response
  const common = { request: plan.summary, attempts }
  const contentType = headers.get('content-type')
  const mediaType = mediaTypeOf(contentType)
  const declared = plan.responses?.get(status)
  // Named, not reached through */*: a caller sending fetch's default */* expects nothing in particular.
  const expectsJson =
    declared === undefined ? namesMediaType(plan.accept, isJsonMediaType) : declared.body?.format === 'json'
  const streamAs = plan.responseType
  if (streamAs !== undefined && status >= 200 && status < 300 && !hasNoContent(plan.method, status)) {
    // The body is the caller's from here: no byte limit, and the attempt's timer stops now, so that it
    // can neither abort the body nor count the first load of the hand-over module, which a bundle
    // splits off so that pages that never stream do not download the parsers.
    deadline.end()
    const { handOver } = await import('../stream/hand-over.js')
    return handOver(rt, plan, attempts, response, streamAs)
  }
  let body: ParsedBody
  if (hasNoContent(plan.method, status)) {
    response.discard()
    body = NO_BODY
  } else {
    const read = await deadline.within(response.readBody(rt.maxBodyBytes))
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
  const kind = statusKind(status)
  let data = dataOf(body)
  if (violations.some((v) => v.severity === 'error')) {
    return final(protocolViolationResult({ status, headers, data, ...common, violations }, kind))
  }
  if (declared?.schema) {
    let checked = validate(declared.schema, data)
    if (checked instanceof Promise) checked = await deadline.within(checked)
    if (checked.issues) {
      return final(
        schemaMismatchResult({ status, headers, data, ...common, violations }, kind, checked.issues),
      )
    }
    data = checked.value
  }
  const wait =
    WAIT_STATUSES.has(status) || asksForRetry(plan.retry, status, headers)
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
  return { result, serverWait: wait, failedBeforeResponse: false, connectionDropped: false }
}

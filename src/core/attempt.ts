import { hasNoContent } from '../body/parse.js'
import type { HttpResult } from '../result.js'
import type { ServerWait } from '../retry/policy.js'
import { classifyNetworkError, type FailureStage } from '../transport/network-error.js'
import type { TransportResponse } from '../transport/types.js'
import { startDeadline } from './deadline.js'
import type { CallPlan } from './plan.js'
import { abortedResult, networkErrorResult, timeoutResult } from './results.js'
import { final, readResponse } from './response.js'
import type { RequestEvent, ClientSettings } from './settings.js'
import { droppedConnection } from './stale-connection.js'

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

/** Sends one request and turns whatever happens into a result. Never rejects for network or server. */
export async function runAttempt(
  settings: ClientSettings,
  plan: CallPlan,
  event: RequestEvent,
  limitMs: number | undefined,
  limitIsTotal: boolean,
): Promise<AttemptOutcome> {
  const { attempt } = event
  const common = { request: plan.summary, attempts: attempt }
  const callerSignal = plan.signal
  const deadline = startDeadline(limitMs, callerSignal, settings.clock)
  let stage: FailureStage = 'head'
  let sent: Promise<TransportResponse> | undefined
  let response: TransportResponse | undefined
  // A hook's own error is a bug of the caller's code, not a network failure: it rejects the call (issue 14).
  let inHook = false
  // No response, or one whose body is discarded unread: the transport may still hold its connection.
  let unread = true
  try {
    if (settings.onRequest) {
      inHook = true
      const hooked = settings.onRequest(event)
      if (hooked !== undefined) await deadline.within(Promise.resolve(hooked))
      inHook = false
    }
    sent = settings.transport({
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
    return await readResponse(settings, plan, attempt, response, deadline)
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

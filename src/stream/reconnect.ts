/**
 * The EventSource reconnection of the HTML standard, made opt-in: when the stream ends or breaks, wait
 * the server's last `retry:` (else a default) and send the call again with `Last-Event-ID`, through the
 * client's own loop, so the reconnection is classified and retried like any call (a 503's Retry-After
 * honoured). A 204 ends the stream for good, as the standard's "fail the connection"; any other result
 * that brings no events is thrown as a `ReconnectError`. The caller's abort and leaving the loop stop it.
 */
import { ReconnectError } from '../errors/reconnect-error.js'
import type { HttpResult } from '../result.js'
import type { Clock } from '../retry/options.js'
import type { ReconnectState, ServerSentEvent } from './types.js'

export interface Reconnection {
  readonly state: ReconnectState
  readonly clock: Clock
  readonly signal: AbortSignal | undefined
  /** Sends the call again, with the state the next stream starts from (Last-Event-ID from it). */
  readonly again: (next: ReconnectState) => Promise<HttpResult>
}

export async function* reconnecting<E extends ServerSentEvent>(
  events: AsyncIterable<E>,
  reconnection: Reconnection,
): AsyncGenerator<E> {
  const { left } = reconnection.state
  let { lastEventId, waitMs } = reconnection.state
  try {
    for await (const event of events) {
      if (event.id !== undefined) lastEventId = event.id
      if (event.retry !== undefined) waitMs = event.retry
      yield event
    }
  } catch (error) {
    // A body broken by the network is what reconnection is for; the caller's abort is not.
    if (reconnection.signal?.aborted || left <= 0) throw error
  }
  if (left <= 0) return
  await reconnection.clock.sleep(waitMs, reconnection.signal)
  if (reconnection.signal?.aborted) throw reconnection.signal.reason
  const result = await reconnection.again({ left: left - 1, lastEventId, waitMs })
  if (result.kind === 'noContent') return
  if (!result.ok) throw new ReconnectError(result)
  // The new stream reconnects itself in turn, with one reconnection fewer.
  yield* result.data as AsyncIterable<E>
}

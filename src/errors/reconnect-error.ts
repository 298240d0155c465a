import type { HttpResult } from '../result.js'

/**
 * Thrown out of a reconnecting event stream's loop when a reconnection did not bring events back: the
 * server answered it with an error status (`unauthorized`, `serviceUnavailable` once its retries are
 * spent, ...), a violation, or a network failure. `result` is that call's result, classified like any.
 */
export class ReconnectError extends Error {
  override name = 'ReconnectError' as const
  readonly result: HttpResult

  constructor(result: HttpResult) {
    super(`[honest-fetch] the event stream could not reconnect: ${result.kind}`)
    this.result = result
  }
}

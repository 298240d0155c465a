/**
 * Thrown (or rejected with) only for programmer mistakes found before anything is sent: bad client
 * options, a malformed header, a path that leaves the base origin. The message says what to fix.
 * Anything the server or the network does is a result kind instead, never this error.
 */
export class UsageError extends Error {
  override name = 'UsageError' as const

  constructor(message: string, options?: ErrorOptions) {
    super(`[honest-fetch] ${message}`, options)
  }
}

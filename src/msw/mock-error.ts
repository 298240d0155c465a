/**
 * Thrown when a mock is built wrong: a status the contract does not declare, a body that does not fit
 * its schema, a helper given an impossible value. Like `UsageError`, it is a programmer mistake found
 * before any request is answered, and the message says what to fix.
 */
export class MockError extends Error {
  override name = 'MockError' as const

  constructor(message: string, options?: ErrorOptions) {
    super(`[honest-fetch/msw] ${message}`, options)
  }
}

import type { HttpResult, RequestSummary } from '../result.js'
import type { Clock } from '../retry/options.js'
import type { Transport } from '../transport/types.js'
import type { Violation } from '../violation.js'

/** What a request hook sees, once per attempt. Headers may be changed here (e.g. a signature). */
export interface RequestEvent {
  readonly method: string
  readonly url: string
  readonly headers: Headers
  /** 1 for the first attempt, 2 for the first retry, ... */
  readonly attempt: number
}

/** A client's settings, resolved and validated once in createClient. */
export interface Runtime {
  readonly transport: Transport
  readonly maxBodyBytes: number
  readonly clock: Clock
  readonly onRequest: ((event: RequestEvent) => void | Promise<void>) | undefined
  readonly onResult: ((result: HttpResult) => void) | undefined
  readonly onViolation: ((violation: Violation, request: RequestSummary) => void) | undefined
}

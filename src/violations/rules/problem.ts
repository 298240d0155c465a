/**
 * Rules about RFC 9457 problem details (`application/problem+json`), the standard error body of HTTP APIs.
 */
import { PROBLEM_JSON } from '../../body/media-type.js'
import { isSuccess, jsonObjectOf } from '../inspect.js'
import type { Finding, ResponseFacts, Rule } from '../types.js'

/**
 * `problem-in-success`: a problem details document describes an error (RFC 9457 §3), so it cannot be the
 * representation of a success; the status must be the 4xx or 5xx the problem is about.
 */
export const problemInSuccess: Rule = {
  id: 'problem-in-success',
  defaultSeverity: 'error',
  check(facts: ResponseFacts): Finding | undefined {
    if (!isSuccess(facts.status) || facts.mediaType !== PROBLEM_JSON) return undefined
    const status = jsonObjectOf(facts)?.status
    const reported = typeof status === 'number' ? ` (the problem itself says ${status})` : ''
    return {
      message:
        `The server answered ${facts.status} with an application/problem+json error body${reported}; ` +
        'it should send the 4xx or 5xx status the problem describes (RFC 9457 §3), because monitoring, ' +
        'caches and retry logic take a 2xx as success.',
    }
  },
}

/**
 * `problem-status-mismatch`: the `status` member must be the status code the origin generated for this
 * occurrence (RFC 9457 §3.1.2). A mismatch usually means a gateway rewrote the status, or the server picked
 * the wrong one; either way one of the two is wrong. A 2xx is left to `problem-in-success`, and a
 * non-numeric `status` is ignored, as §3.1 tells consumers to ignore members of the wrong type.
 */
export const problemStatusMismatch: Rule = {
  id: 'problem-status-mismatch',
  defaultSeverity: 'warn',
  check(facts: ResponseFacts): Finding | undefined {
    if (facts.mediaType !== PROBLEM_JSON || isSuccess(facts.status)) return undefined
    const status = jsonObjectOf(facts)?.status
    if (typeof status !== 'number' || status === facts.status) return undefined
    return {
      message:
        `The server answered ${facts.status} but its problem details say "status": ${status}; the member ` +
        'should repeat the HTTP status (RFC 9457 §3.1.2), since clients that read either one will disagree ' +
        'on what happened.',
      pointer: '/status',
    }
  },
}

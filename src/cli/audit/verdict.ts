// The verdict on one response: did the server answer the probe with the status the rule names, and did
// every violation rule hold? Errors fail, warnings warn; the reason names the rule that decided.
import type { HttpResult } from '../../result.js'
import type { Probe, ProbeName } from './probes.js'

export type Verdict = 'pass' | 'fail' | 'warn'

export interface Judgement {
  readonly verdict: Verdict
  /** Why, in one sentence, with the rule id or the status rule that decided. */
  readonly reason: string
}

const ACCEPTS: Readonly<Record<ProbeName, (status: number) => boolean>> = {
  valid: (status) => status >= 200 && status < 300,
  'no-credentials': (status) => status === 401,
  'malformed-json': (status) => status === 400,
  'invalid-body': (status) => status === 400 || status === 422,
  'unknown-id': (status) => status === 404 || status === 410,
  'wrong-method': (status) => status === 405 || status === 404,
}

// Why the expected status, for the message of a finding that did not get it.
const BECAUSE: Readonly<Record<ProbeName, string>> = {
  valid: 'a valid request should succeed',
  'no-credentials':
    'a request without credentials to a protected operation is 401 with a WWW-Authenticate challenge (RFC 9110 §15.5.2); 403 is for known but not allowed',
  'malformed-json':
    'a body that is not JSON is the client’s fault: 400 (RFC 9110 §15.5.1), never a 2xx or 5xx',
  'invalid-body':
    'a body that breaks the schema is the client’s fault: 400, or 422 for well-formed but invalid content (RFC 9110 §15.5.21)',
  'unknown-id':
    'an identifier that names nothing is 404 (RFC 9110 §15.5.5), not a 2xx with an empty or error body',
  'wrong-method':
    'a method the resource does not support is 405 with an Allow header (RFC 9110 §15.5.6), or 404, never a 2xx',
}

/** The verdict on `result`, the response (or its absence) to `probe`. */
export function judge(probe: Probe, result: HttpResult): Judgement {
  if (!('status' in result)) {
    return { verdict: 'fail', reason: `no usable response (${result.kind}); expected ${probe.expected}` }
  }
  const errors = result.violations.filter((v) => v.severity === 'error')
  const first = errors[0]
  if (first !== undefined) return { verdict: 'fail', reason: `${first.rule}: ${first.message}` }
  const { status } = result
  if (!ACCEPTS[probe.probe](status)) {
    if (probe.probe !== 'no-credentials' && (status === 401 || status === 403)) {
      // Authentication comes first: what the probe tests is behind it, and unseen.
      return {
        verdict: 'warn',
        reason: `got ${status}, so the probe was not tested; pass credentials with --header`,
      }
    }
    if (probe.probe === 'valid' && status < 500) {
      // The audit built the request from the description; a 4xx may mean its sample names nothing.
      const hint =
        status < 400
          ? 'redirects are not followed, as the audit sends only to the base URL; name the final one'
          : 'give the parameter or body an example in the description'
      return { verdict: 'warn', reason: `the valid request got ${status}; ${hint}` }
    }
    return { verdict: 'fail', reason: `got ${status}, expected ${probe.expected}: ${BECAUSE[probe.probe]}` }
  }
  const warning = result.violations[0]
  if (warning !== undefined) return { verdict: 'warn', reason: `${warning.rule}: ${warning.message}` }
  return { verdict: 'pass', reason: `${status} as expected` }
}

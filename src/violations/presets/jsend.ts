/**
 * JSend (https://github.com/omniti-labs/jsend): every body is `{"status": "success" | "fail" | "error"}`.
 * `fail` is a rejected request (invalid input: a 4xx), `error` a failure to process it (a 5xx); sending
 * either with a 2xx hides the failure from everything that reads the status.
 */
import { isSuccess, jsonObjectOf, preview } from '../inspect.js'
import type { Finding, Preset, ResponseFacts, Rule } from '../types.js'

const JSEND_STATUSES: ReadonlySet<unknown> = new Set(['success', 'fail', 'error'])
const REPLACES = ['error-payload-in-success'] as const

// A JSend envelope is judged by the JSend rules, even one that is set to 'off'.
function isJsend(facts: ResponseFacts): boolean {
  return JSEND_STATUSES.has(jsonObjectOf(facts)?.status)
}

/** A rule for one JSend failure status sent with a 2xx; `describe` says what the body carried. */
function jsendRule(
  status: 'fail' | 'error',
  describe: (body: Record<string, unknown>) => string,
  should: string,
): Rule {
  return {
    id: `jsend-${status}`,
    defaultSeverity: 'error',
    replaces: REPLACES,
    claims: isJsend,
    check(facts: ResponseFacts): Finding | undefined {
      if (!isSuccess(facts.status)) return undefined
      const body = jsonObjectOf(facts)
      if (body?.status !== status) return undefined
      return {
        message:
          `The server answered ${facts.status} with a JSend "${status}"${describe(body)}; ${should}, because ` +
          'monitoring, caches and retry logic read the status, not the envelope.',
        pointer: '/status',
      }
    },
  }
}

const jsendFail = jsendRule(
  'fail',
  (body) => ` (data: ${preview(body.data)})`,
  'a rejected request should carry a 4xx status (RFC 9110 §15.5)',
)

const jsendError = jsendRule(
  'error',
  (body) => (typeof body.message === 'string' ? ` (${preview(body.message)})` : ''),
  'a failure to process the request should carry a 5xx status (RFC 9110 §15.6)',
)

export const jsend: Preset = { name: 'jsend', rules: [jsendFail, jsendError] }

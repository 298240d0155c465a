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

const jsendFail: Rule = {
  id: 'jsend-fail',
  defaultSeverity: 'error',
  replaces: REPLACES,
  claims: isJsend,
  check(facts: ResponseFacts): Finding | undefined {
    if (!isSuccess(facts.status)) return undefined
    const body = jsonObjectOf(facts)
    if (body?.status !== 'fail') return undefined
    return {
      message:
        `The server answered ${facts.status} with a JSend "fail" (data: ${preview(body.data)}); a rejected ` +
        'request should carry a 4xx status (RFC 9110 §15.5), because monitoring, caches and retry logic ' +
        'read the status, not the envelope.',
      pointer: '/status',
    }
  },
}

const jsendError: Rule = {
  id: 'jsend-error',
  defaultSeverity: 'error',
  replaces: REPLACES,
  claims: isJsend,
  check(facts: ResponseFacts): Finding | undefined {
    if (!isSuccess(facts.status)) return undefined
    const body = jsonObjectOf(facts)
    if (body?.status !== 'error') return undefined
    const said = typeof body.message === 'string' ? ` (${preview(body.message)})` : ''
    return {
      message:
        `The server answered ${facts.status} with a JSend "error"${said}; a failure to process the request ` +
        'should carry a 5xx status (RFC 9110 §15.6), because monitoring, caches and retry logic read the ' +
        'status, not the envelope.',
      pointer: '/status',
    }
  },
}

export const jsend: Preset = { name: 'jsend', rules: [jsendFail, jsendError] }

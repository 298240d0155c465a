/**
 * Rules about the body of a response: is it JSON at all where it says so, is it there. Whether it is the
 * type the client asked for is `unexpected-content-type`, in content-type.ts.
 */
import { isSuccess } from '../inspect.js'
import type { Finding, ResponseFacts, Rule } from '../types.js'

const QUOTE_LIMIT = 60

/**
 * `malformed-json`: the body claims a JSON media type (RFC 8259, RFC 6839 §3.1) but does not parse.
 * An error on a 2xx, where the client needed the data; a warning otherwise, where the status still says
 * what happened.
 */
export const malformedJson: Rule = {
  id: 'malformed-json',
  defaultSeverity: 'error',
  check(facts: ResponseFacts): Finding | undefined {
    const body = facts.body
    if (body.type !== 'malformedJson') return undefined
    const cut = body.text.length > QUOTE_LIMIT
    const quoted = `${JSON.stringify(body.text.slice(0, QUOTE_LIMIT))}${cut ? '…' : ''}`
    const finding = {
      message:
        `The server sent ${facts.mediaType ?? 'a JSON body'} that does not parse (${body.error.message}): ` +
        `${quoted}; it should send well-formed JSON (RFC 8259), because the client can read neither the ` +
        'data nor the error it carries.',
    }
    return isSuccess(facts.status) ? finding : { ...finding, severity: 'warn' }
  },
}

/**
 * `empty-success-body`: 200 with zero bytes. A success without content is 204 No Content (RFC 9110
 * §15.3.5); a 200 promises a representation (§15.3.1). An error when the endpoint declares a schema that
 * needs content, a warning otherwise, and nothing where the contract declares 200 without a body, or
 * when the server sent `Content-Length: 0`: it then said
 * on purpose that there is no content (Nest's void handlers, koa-router's OPTIONS), which is not a lost
 * body, and that is all the warning is about.
 */
export const emptySuccessBody: Rule = {
  id: 'empty-success-body',
  defaultSeverity: 'warn',
  check(facts: ResponseFacts): Finding | undefined {
    if (facts.status !== 200 || facts.body.type !== 'empty' || facts.declared === null) return undefined
    if (!facts.contentRequired && facts.headers.get('content-length')?.trim() === '0') return undefined
    const finding = {
      message:
        'The server answered 200 with an empty body; a success without content should be 204 No Content ' +
        '(RFC 9110 §15.3.5), because a client expecting a representation cannot tell this from a lost one.',
    }
    return facts.contentRequired ? { ...finding, severity: 'error' } : finding
  },
}

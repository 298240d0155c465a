/**
 * Rules about the body of a response: is it the JSON the client asked for, is it JSON at all, is it there.
 */
import { isSuccess } from '../inspect.js'
import type { Finding, ResponseFacts, Rule } from '../types.js'

const HTML_MEDIA_TYPES: ReadonlySet<string> = new Set(['text/html', 'application/xhtml+xml'])
// Anchored, so only leading whitespace is scanned; `\s` also covers a byte order mark.
const HTML_START = /^\s*<(?:!doctype\s+html|html)[\s>]/i
const JSON_START = /^\s*[[{]/
const NOT_BLANK = /\S/
const QUOTE_LIMIT = 60

/** An HTML page: by its markup, or by its label unless the text is plainly JSON mislabelled as HTML. */
function isHtml(facts: ResponseFacts): boolean {
  const body = facts.body
  if (body.type === 'text' && HTML_START.test(body.value)) return true
  const labelled = facts.mediaType !== undefined && HTML_MEDIA_TYPES.has(facts.mediaType)
  return labelled && !(body.type === 'text' && JSON_START.test(body.value))
}

/**
 * `unexpected-content-type`: JSON was expected (a schema, or `Accept: application/json`) and a 2xx brought
 * something else. An HTML page on a 2xx is the classic soft error: a login page, a captive portal, a
 * "not found" page served with 200 (RFC 9110 §15.3 and §12: the representation should be the one asked
 * for, or a 406). Empty bodies are left to `empty-success-body`.
 */
export const unexpectedContentType: Rule = {
  id: 'unexpected-content-type',
  defaultSeverity: 'error',
  check(facts: ResponseFacts): Finding | undefined {
    if (!facts.expectsJson || !isSuccess(facts.status)) return undefined
    const body = facts.body
    if (body.type !== 'text' && body.type !== 'binary') return undefined
    if (isHtml(facts)) {
      return {
        message:
          `The server answered ${facts.status} with an HTML page where JSON was expected (often a ` +
          'login page, captive portal or soft 404); it should send JSON, or the error status the page ' +
          'stands for, because a 2xx tells caches and monitoring that all went well.',
      }
    }
    const blank = body.type === 'text' ? !NOT_BLANK.test(body.value) : body.value.byteLength === 0
    if (blank) return undefined
    return {
      message:
        `The server answered ${facts.status} with ${facts.mediaType ?? 'an unlabelled body'} where JSON ` +
        'was expected; it should send JSON or answer 406 Not Acceptable (RFC 9110 §15.5.7), because the ' +
        'client cannot read data it did not ask for.',
    }
  },
}

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
 * needs content, a warning otherwise, and nothing when the server sent `Content-Length: 0`: it then said
 * on purpose that there is no content (Nest's void handlers, koa-router's OPTIONS), which is not a lost
 * body, and that is all the warning is about.
 */
export const emptySuccessBody: Rule = {
  id: 'empty-success-body',
  defaultSeverity: 'warn',
  check(facts: ResponseFacts): Finding | undefined {
    if (facts.status !== 200 || facts.body.type !== 'empty') return undefined
    if (!facts.contentRequired && facts.headers.get('content-length')?.trim() === '0') return undefined
    const finding = {
      message:
        'The server answered 200 with an empty body; a success without content should be 204 No Content ' +
        '(RFC 9110 §15.3.5), because a client expecting a representation cannot tell this from a lost one.',
    }
    return facts.contentRequired ? { ...finding, severity: 'error' } : finding
  },
}

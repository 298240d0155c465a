/**
 * `unexpected-content-type`: a 2xx brought a body of a media type that the call did not ask for.
 *
 * RFC 9110 §12.5.1 lets a server disregard Accept and send what it has, so a mismatch as such is a
 * warning. `error` is kept for the lie this library exists to catch: an HTML page on a 2xx where JSON
 * was acceptable and HTML was not (a login wall, an SPA fallback, a proxy's error page: a page standing
 * in for the data, under a status that says all went well), and a status the contract declares with a
 * JSON body receiving something that is not JSON. Decided case by case:
 * - No body, a blank one, or a body-less status's text (express `sendStatus(201)` sends text/plain
 *   "Created", koa the status message, `res.send('OK')` text/html "OK", and health checks "OK") on an
 *   untyped call, an undeclared status or one declared `null`: nothing the client could misread, so
 *   nothing to report. Nor is the answer to OPTIONS, whose content RFC 9110 §9.3.7 gives no format
 *   (express sends its Allow list as text).
 * - A status declared `null`: any other body is no violation either, unless it is an HTML page that the
 *   request did not accept (a login wall in front of a body-less endpoint is still the lie).
 * - A status declared with a media type: JSON must be JSON (error), its label may be any JSON type or the
 *   declared one (else a warning); any other format must come with the declared type (else a warning).
 * - Otherwise the response's media type is weighed against the request's Accept ranges; a `+json` type
 *   counts as accepted by `application/json` where no range names it, since the client reads every JSON
 *   type alike. An HTML page accepted only through `*\/*` or `text/*` beside a named JSON range (axios
 *   sends `application/json, text/plain, *\/*`) is a warning: the client preferred JSON.
 */
import { type BodyType, isJsonMediaType } from '../../body/media-type.js'
import { acceptance, type MediaRange, namesMediaType } from '../../request/accept.js'
import { isSuccess } from '../inspect.js'
import type { Finding, ResponseFacts, Rule } from '../types.js'

const HTML_MEDIA_TYPES: ReadonlySet<string> = new Set(['text/html', 'application/xhtml+xml'])
// Anchored, so only leading whitespace is scanned; `\s` also covers a byte order mark.
const HTML_START = /^\s*<(?:!doctype\s+html|html)[\s>]/i
const MARKUP_START = /^\s*</
const NOT_BLANK = /\S/
// The reason phrases of the 2xx codes (RFC 9110 §15.3, RFC 4918 §11.1, RFC 5842 §7.1, RFC 3229 §10.4.1).
const STATUS_TEXTS: ReadonlySet<string> = new Set([
  'ok',
  'created',
  'accepted',
  'non-authoritative information',
  'no content',
  'reset content',
  'partial content',
  'multi-status',
  'already reported',
  'im used',
])

/** A page by its markup; labelled HTML, it need only start with a tag ("OK" as text/html is no page). */
function isHtmlPage(facts: ResponseFacts): boolean {
  const body = facts.body
  if (body.type !== 'text') return false
  if (HTML_START.test(body.value)) return true
  return (
    facts.mediaType !== undefined && HTML_MEDIA_TYPES.has(facts.mediaType) && MARKUP_START.test(body.value)
  )
}

function isBlank(body: ResponseFacts['body']): boolean {
  if (body.type === 'text') return !NOT_BLANK.test(body.value)
  return body.type === 'binary' && body.value.byteLength === 0
}

function isStatusText(body: ResponseFacts['body']): boolean {
  return body.type === 'text' && STATUS_TEXTS.has(body.value.trim().toLowerCase())
}

/** The weight the request gives a type, a `+json` one falling back on `application/json`. */
function weight(accept: readonly MediaRange[], contentType: string, mediaType: string): number {
  const q = acceptance(accept, contentType)
  if (q === undefined && isJsonMediaType(mediaType)) return acceptance(accept, 'application/json') ?? 0
  return q ?? 0
}

function what(facts: ResponseFacts): string {
  const label = facts.mediaType ?? 'an unlabelled body'
  return facts.body.type === 'json' && facts.mediaType !== undefined ? `JSON labelled ${label}` : label
}

function pageFinding(status: number, wanted: string): Finding {
  return {
    message:
      `The server answered ${status} with an HTML page where ${wanted} (often a login page, captive ` +
      'portal or soft 404); it should send JSON or the error status the page stands for, because a 2xx ' +
      'tells caches and monitoring that all went well.',
  }
}

function checkDeclared(facts: ResponseFacts, declared: BodyType, page: boolean): Finding | undefined {
  const { status, mediaType, body } = facts
  if (declared.format === 'json') {
    if (page) return pageFinding(status, 'the contract declares JSON')
    if (body.type !== 'json') {
      return {
        message:
          `The server answered ${status} with ${what(facts)} where the contract declares a JSON body ` +
          `(${declared.mediaType}); it should send JSON or an error status, because the client cannot ` +
          'read the data from it.',
      }
    }
    if (mediaType === undefined || mediaType === declared.mediaType || isJsonMediaType(mediaType)) return
  } else if (mediaType === declared.mediaType) {
    return undefined
  }
  return {
    severity: 'warn',
    message:
      `The server answered ${status} with ${what(facts)} where the contract declares ${declared.mediaType}; ` +
      'it should label the body as what it is (RFC 9110 §8.3), because clients read it by its label.',
  }
}

function checkAccepted(facts: ResponseFacts, page: boolean): Finding | undefined {
  const { accept, status, mediaType } = facts
  const json = weight(accept, 'application/json', 'application/json') > 0
  if (page) {
    const type = mediaType !== undefined && HTML_MEDIA_TYPES.has(mediaType) ? mediaType : 'text/html'
    if (weight(accept, type, type) === 0) {
      return json ? pageFinding(status, 'JSON was expected') : mismatch(facts, 'an HTML page')
    }
    if (!namesMediaType(accept, isJsonMediaType) || namesMediaType(accept, (t) => HTML_MEDIA_TYPES.has(t)))
      return undefined
    return {
      ...pageFinding(status, 'JSON was preferred and HTML accepted only through a wildcard'),
      severity: 'warn',
    }
  }
  const type = mediaType ?? (facts.body.type === 'json' ? 'application/json' : 'application/octet-stream')
  const contentType = mediaType === undefined ? type : (facts.headers.get('content-type') ?? type)
  return weight(accept, contentType, type) > 0 ? undefined : mismatch(facts, what(facts))
}

function mismatch(facts: ResponseFacts, sent: string): Finding {
  const accepted = facts.accept.filter((r) => r.q > 0).map((r) => `${r.type}/${r.subtype}`)
  return {
    severity: 'warn',
    message:
      `The server answered ${facts.status} with ${sent} where the request accepted ` +
      `${accepted.join(', ') || 'nothing'}; RFC 9110 §12.5.1 lets it disregard Accept, but it should send ` +
      'an accepted type or 406 (§15.5.7), because the client may not read this one.',
  }
}

export const unexpectedContentType: Rule = {
  id: 'unexpected-content-type',
  defaultSeverity: 'error',
  check(facts: ResponseFacts): Finding | undefined {
    if (!isSuccess(facts.status) || facts.method === 'OPTIONS') return undefined
    const body = facts.body
    if (body.type === 'none' || body.type === 'empty' || body.type === 'malformedJson' || isBlank(body)) {
      return undefined
    }
    const page = isHtmlPage(facts)
    if (facts.declared) return checkDeclared(facts, facts.declared, page)
    if (!page && (facts.declared === null || isStatusText(body))) return undefined
    return checkAccepted(facts, page)
  },
}

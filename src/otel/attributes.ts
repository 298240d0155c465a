/**
 * Span attributes from OpenTelemetry's HTTP client semantic conventions (stable since 1.23; the names are
 * written out rather than imported, so `@opentelemetry/semantic-conventions` need not be installed).
 */
import type { Attributes } from '@opentelemetry/api'
import type { RequestEvent } from '../core/hooks.js'
import type { HttpResult } from '../result.js'

// "If the HTTP request method is not known to instrumentation, it MUST set the http.request.method
// attribute to _OTHER": the methods of RFC 9110 and PATCH (RFC 5789), as the conventions list them.
const KNOWN_METHODS = new Set([
  'CONNECT',
  'DELETE',
  'GET',
  'HEAD',
  'OPTIONS',
  'PATCH',
  'POST',
  'PUT',
  'TRACE',
])

// "url.full ... query string values for the following keys SHOULD be redacted by default".
const SECRET_QUERY_KEYS = ['AWSAccessKeyId', 'Signature', 'sig', 'X-Goog-Signature']

/** "url.full MUST NOT contain credentials": user info and signed-URL secrets become REDACTED. */
function fullURL(url: URL): string {
  if (url.username) url.username = 'REDACTED'
  if (url.password) url.password = 'REDACTED'
  for (const key of SECRET_QUERY_KEYS) if (url.searchParams.has(key)) url.searchParams.set(key, 'REDACTED')
  return url.href
}

/** The span's name ("{method}", as no route template is known here) and its start attributes. */
export function requestAttributes(event: RequestEvent): { name: string; attributes: Attributes } {
  const url = new URL(event.url)
  const known = KNOWN_METHODS.has(event.method)
  const attributes: Attributes = {
    'http.request.method': known ? event.method : '_OTHER',
    'url.full': fullURL(url),
    'server.address': url.hostname,
    'server.port': Number(url.port) || (url.protocol === 'https:' ? 443 : 80),
  }
  if (!known) attributes['http.request.method_original'] = event.method
  // "The ordinal number of request resending attempt": 1 for the first retry (or replay).
  if (event.attempt > 1) attributes['http.request.resend_count'] = event.attempt - 1
  return { name: known ? event.method : 'HTTP', attributes }
}

/**
 * `error.type` of an attempt, or undefined when it did not fail. The conventions: the status code as a
 * string when it says error (4xx and 5xx for a CLIENT span), else a low-cardinality identifier: here the
 * result's kind (`protocolViolation`, `timeout`, ...) or, for a network failure, its code.
 */
export function errorType(result: HttpResult): string | undefined {
  if (result.status !== undefined && result.status >= 400) return String(result.status)
  if (result.kind === 'networkError') return result.code
  return FAILED_KINDS.has(result.kind) ? result.kind : undefined
}

/** Kinds that are a failure whatever the status (a 2xx included). */
const FAILED_KINDS = new Set<string>([
  'protocolViolation',
  'schemaMismatch',
  'bodyTooLarge',
  'timeout',
  'aborted',
])

/**
 * The redirect rules of the Fetch standard's "HTTP-redirect fetch", plus the ones a server-side client
 * needs and fetch in a browser gets from CORS instead: credentials stay behind on another origin, no
 * downgrade from HTTPS, no credentials in a Location.
 */
import { isStream } from './request-body.js'
import type { TransportRequest } from './types.js'

const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308])

/** Headers that describe a request body; dropped when a redirect turns the request into a body-less GET. */
const BODY_HEADERS: readonly string[] = [
  'content-encoding',
  'content-language',
  'content-location',
  'content-type',
  'content-length',
]

/**
 * Never sent to another origin, whatever `sensitiveHeaders` says: what fetch drops (Authorization since
 * 2023; Cookie and Proxy-Authorization are what undici's CVE-2023-45143 and CVE-2024-24758 were about),
 * and Host, which names the origin it was written for.
 */
export const CREDENTIAL_HEADERS: readonly string[] = [
  'authorization',
  'proxy-authorization',
  'cookie',
  'host',
]

/** The usual custom credential headers (follow-redirects CVE-2024-28849 and axios CVE-2023-45857 class). */
export const DEFAULT_SENSITIVE_HEADERS: readonly string[] = [
  'x-api-key',
  'api-key',
  'x-auth-token',
  'x-access-token',
  'x-csrf-token',
  'x-xsrf-token',
]

/** Why a redirect was not followed: the request fails as a network error with code `redirect`. */
export class RedirectError extends TypeError {
  override name = 'RedirectError' as const
  /** Classified as `redirect` by network-error.ts. */
  readonly code = 'HONEST_FETCH_REDIRECT'
}

/** A status that fetch treats as a redirect (RFC 9110 §15.4; 300, 304 and 305 are not followed). */
export function isRedirectStatus(status: number): boolean {
  return REDIRECT_STATUSES.has(status)
}

/**
 * The request to send after a followed redirect. Throws a `RedirectError` (the request fails, as fetch
 * fails it) for a Location that is not an http(s) URL, one with user:password in it, one that leaves
 * HTTPS for HTTP, or a stream body that would have to be sent again.
 * @param sensitive lower-case names of the headers to drop, besides CREDENTIAL_HEADERS, on another origin
 */
export function nextRequest(
  request: TransportRequest,
  status: number,
  location: string,
  sensitive: readonly string[],
): TransportRequest {
  const from = new URL(request.url)
  let url: URL
  try {
    url = new URL(location, from)
  } catch (cause) {
    throw new RedirectError(`invalid redirect Location ${JSON.stringify(location)}`, { cause })
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new RedirectError(`redirect to a ${url.protocol} URL`)
  }
  if (url.username !== '' || url.password !== '') {
    // Following it would send the credentials in Authorization (undici did, to any origin).
    throw new RedirectError('redirect to a URL with user:password@ in it, not followed')
  }
  if (from.protocol === 'https:' && url.protocol === 'http:') {
    throw new RedirectError(`redirect from HTTPS to HTTP (${url.origin}), not followed`)
  }
  const { method } = request
  const dropBody =
    (status === 303 && method !== 'GET' && method !== 'HEAD') ||
    ((status === 301 || status === 302) && method === 'POST')
  // Fetch standard: a 307/308 sends the same body again, to another origin too. Only credentials are
  // ours to hold back; a body was written for the request, and the new target may be where it belongs.
  if (!dropBody && typeof request.body === 'object' && request.body !== null && isStream(request.body)) {
    throw new RedirectError('a redirect would send a stream body a second time')
  }
  const crossOrigin = url.origin !== from.origin
  let { headers } = request
  if (dropBody || crossOrigin) {
    headers = new Headers(headers)
    if (dropBody) for (const name of BODY_HEADERS) headers.delete(name)
    if (crossOrigin) for (const name of [...CREDENTIAL_HEADERS, ...sensitive]) headers.delete(name)
  }
  return {
    ...request,
    url: url.href,
    method: dropBody ? 'GET' : method,
    headers,
    body: dropBody ? undefined : request.body,
  }
}

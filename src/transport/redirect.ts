/**
 * The redirect rules of the Fetch standard's "HTTP-redirect fetch", for a transport that is not fetch but
 * must follow redirects exactly as fetch does.
 */

const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308])

/** Headers that describe a request body; dropped when a redirect turns the request into a body-less GET. */
export const BODY_HEADERS: readonly string[] = [
  'content-encoding',
  'content-language',
  'content-location',
  'content-type',
  'content-length',
]

/** Credentials that must not travel to another origin (fetch drops the same ones). */
export const CREDENTIAL_HEADERS: readonly string[] = [
  'authorization',
  'proxy-authorization',
  'cookie',
  'host',
]

/** Where a redirect leads, and what changes about the request on the way. */
export interface RedirectStep {
  readonly url: URL
  readonly method: string
  /** 303, and 301/302 after a POST: the next request is a GET without the body (and its headers). */
  readonly dropBody: boolean
  /** The next request goes to another origin, so credentials stay behind. */
  readonly crossOrigin: boolean
}

/** Whether fetch would follow this response: a redirect status with a Location field. */
export function isFollowed(status: number, location: string | undefined): location is string {
  return location !== undefined && REDIRECT_STATUSES.has(status)
}

/**
 * The next request after a followed redirect. Throws a `TypeError`, as fetch fails the whole request,
 * for a Location that is not an http(s) URL, or a body that cannot be sent again (a stream).
 */
export function redirectStep(
  status: number,
  location: string,
  from: URL,
  method: string,
  hasStreamBody: boolean,
): RedirectStep {
  let url: URL
  try {
    url = new URL(location, from)
  } catch (cause) {
    throw new TypeError(`invalid redirect Location ${JSON.stringify(location)}`, { cause })
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TypeError(`redirect to a ${url.protocol} URL`)
  }
  const dropBody =
    (status === 303 && method !== 'GET' && method !== 'HEAD') ||
    ((status === 301 || status === 302) && method === 'POST')
  if (hasStreamBody && !dropBody) throw new TypeError('a redirect would send a stream body a second time')
  return { url, method: dropBody ? 'GET' : method, dropBody, crossOrigin: url.origin !== from.origin }
}

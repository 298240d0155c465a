/**
 * Whether a shared cache (a CDN, a corporate proxy) may store a response and serve it to other users,
 * following RFC 9111. Used to warn that a 2xx carrying an error can outlive the failure that caused it.
 *
 * Simplifications, all on the side of fewer false alarms:
 * - only GET and HEAD: POST responses are cacheable only with explicit freshness and a Content-Location
 *   naming the request URI (RFC 9110 §9.3.3), which real caches rarely honour;
 * - the request's `Authorization` header is not known here; a shared cache would not store such a response
 *   without `public` or `s-maxage` (RFC 9111 §3.5), so this may over-warn on authenticated calls.
 */

/**
 * Statuses that are "heuristically cacheable" (RFC 9110 §15.1, RFC 9111 §4.2.2): a cache may store them
 * and assign a freshness lifetime without any explicit caching header.
 */
const HEURISTICALLY_CACHEABLE: ReadonlySet<number> = new Set([
  200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 501,
])

/** Cache-Control directives that forbid a shared cache from storing the response (RFC 9111 §5.2.2). */
const NOT_SHARED = new Set(['no-store', 'private'])

/** Directives that give explicit freshness or permission to store (RFC 9111 §3, §5.2.2). */
const EXPLICITLY_STORABLE = new Set(['max-age', 's-maxage', 'public'])

/** The directive names of a Cache-Control value, lower-cased (RFC 9111 §5.2: names are case-insensitive). */
function directiveNames(cacheControl: string): string[] {
  return cacheControl
    .split(',')
    .map((directive) => (directive.split('=', 1)[0] ?? '').trim().toLowerCase())
    .filter((name) => name !== '')
}

/**
 * Whether a shared cache may store this response (RFC 9111 §3): a GET or HEAD whose status is
 * heuristically cacheable, or that has explicit freshness (`max-age`, `s-maxage`, `public`, `Expires`),
 * and whose Cache-Control has neither `no-store` nor `private`.
 */
export function isSharedCacheable(method: string, status: number, headers: Headers): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false
  const cacheControl = headers.get('cache-control')
  const names = cacheControl === null ? [] : directiveNames(cacheControl)
  if (names.some((name) => NOT_SHARED.has(name))) return false
  if (names.some((name) => EXPLICITLY_STORABLE.has(name))) return true
  // An Expires field, even an invalid one (§5.3: read as "already expired"), still lets a cache store it.
  if (headers.has('expires')) return true
  return HEURISTICALLY_CACHEABLE.has(status)
}

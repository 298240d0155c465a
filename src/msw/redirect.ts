/**
 * Redirects in mocks. Fetch follows 301, 302, 303, 307 and 308 by itself, and under MSW the follow-up
 * request is answered by the same handlers, through @mswjs/interceptors' own redirect code, which counts
 * hops on the first request only and drops its signal: a redirect that leads back to its own route loops
 * in microtasks forever, so no timer (the client's `timeout` included) ever runs again (issue 12). The
 * mock refuses to build such a loop, and says so where the mock was written or in the failed response.
 */
import { matchRequestUrl } from 'msw'
import type { Route } from './handler.js'
import { MockError } from './mock-error.js'
import type { ReplyInit } from './options.js'
import type { RedirectStatus } from './types.js'

const REDIRECTS: ReadonlySet<number> = new Set<RedirectStatus>([301, 302, 303, 307, 308])

/**
 * The reply's headers with `init.location` as `Location`. A redirect status must have one: without it the
 * interceptor resolves the header as the relative URL `null`, and `<path>/null` often matches the same
 * `:param` route again.
 */
export function redirectHeaders(where: string, status: number, init: ReplyInit): HeadersInit | undefined {
  if (init.location === undefined) {
    if (REDIRECTS.has(status) && !new Headers(init.headers).has('location')) {
      throw new MockError(
        `${where}: a ${status} redirect needs a Location, or fetch follows it to "<path>/null"; pass one, e.g. reply(${status}, undefined, { location: '/users/42' }).`,
      )
    }
    return init.headers
  }
  const headers = new Headers(init.headers)
  headers.set('location', init.location)
  return headers
}

/** The method fetch sends the redirected request with (Fetch standard, HTTP-redirect fetch, step 12). */
function followedMethod(status: number, method: string): string {
  if (status === 303 && method !== 'GET' && method !== 'HEAD') return 'GET'
  if ((status === 301 || status === 302) && method === 'POST') return 'GET'
  return method
}

/** Throws when answering `request` with this redirect would send fetch straight back to the same route. */
export function checkRedirect(
  where: string,
  route: Route,
  status: number,
  headers: HeadersInit | undefined,
  request: Request,
): void {
  if (!REDIRECTS.has(status)) return
  const location = new Headers(headers).get('location')
  if (location === null || followedMethod(status, request.method) !== route.method) return
  let target: URL
  try {
    target = new URL(location, request.url)
  } catch {
    return
  }
  if (matchRequestUrl(target, route.url).matches) {
    throw new MockError(
      `${where}: Location ${location} leads back to ${route.method} ${route.path}, which fetch would follow forever (MSW's interceptor does not count the hops, and no timer runs meanwhile); point it at another route.`,
    )
  }
}

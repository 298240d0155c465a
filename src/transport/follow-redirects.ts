/**
 * The one redirect loop of every transport: where fetch hands back the real 3xx, the client follows
 * redirects itself, so that what reaches another origin is the client's decision (redirect.ts), not the
 * runtime's. In a browser fetch keeps following: it drops Authorization on another origin itself, and a
 * custom header needs that origin's CORS consent (a preflight) before it is sent at all.
 */
import { UsageError } from '../errors/usage-error.js'
import { DEFAULT_SENSITIVE_HEADERS, isRedirectStatus, nextRequest, RedirectError } from './redirect.js'
import type { RedirectLimit, RedirectMode, Transport, TransportRequest } from './types.js'
import { TOKEN } from '../request/token.js'

/** The Fetch standard's limit (HTTP-redirect fetch: "If request's redirect count is 20, return a network error"). */
const MAX_REDIRECTS = 20
const MODES: readonly RedirectMode[] = ['follow', 'manual', 'error']

interface ServerGlobals {
  readonly process?: { readonly versions?: { readonly node?: unknown }; readonly type?: unknown }
  readonly Deno?: unknown
  readonly navigator?: { readonly userAgent?: unknown }
}

/**
 * Whether `fetch(url, { redirect: 'manual' })` gives the 3xx with its Location, as on Node, Bun and Deno
 * (all three set `process.versions.node`; older Deno has only `Deno`) and Cloudflare Workers. A browser
 * gives an "opaque-redirect filtered response" instead (status 0, no headers), so anywhere else fetch
 * keeps following: an unknown runtime gets fetch's own behaviour, never a redirect it cannot see. An
 * Electron renderer has Node's `process` (with nodeIntegration) but Chromium's fetch.
 */
export function fetchShowsRedirects(): boolean {
  const g = globalThis as ServerGlobals
  return (
    (typeof g.process?.versions?.node === 'string' && g.process.type !== 'renderer') ||
    g.Deno !== undefined ||
    g.navigator?.userAgent === 'Cloudflare-Workers'
  )
}

function checkMode(mode: unknown, name: string): RedirectMode {
  if (MODES.includes(mode as RedirectMode)) return mode as RedirectMode
  throw new UsageError(`${name} must be 'follow', 'manual' or 'error'; got ${JSON.stringify(mode)}.`)
}

function checkSensitive(names: readonly string[] | undefined): readonly string[] {
  if (names === undefined) return DEFAULT_SENSITIVE_HEADERS
  if (!Array.isArray(names)) throw new UsageError('sensitiveHeaders must be an array of header names.')
  for (const name of names) {
    if (typeof name !== 'string' || !TOKEN.test(name)) {
      throw new UsageError(`sensitiveHeaders: ${JSON.stringify(name)} is not a header name.`)
    }
  }
  return [...DEFAULT_SENSITIVE_HEADERS, ...names.map((name) => name.toLowerCase())]
}

function follow(
  transport: Transport,
  mode: RedirectMode,
  limit: number,
  sensitive: readonly string[],
): Transport {
  return async (request) => {
    let current: TransportRequest = { ...request, redirect: 'manual' }
    for (let count = 0; ; count++) {
      const response = await transport(current)
      if (!isRedirectStatus(response.status)) return response
      // Fetch: mode "error" fails on any redirect status; "follow" returns one without a Location.
      const location = response.headers.get('location')
      if (mode === 'follow' && location === null) return response
      // Never waits for the body (issue 13 item 3: a 3xx body that never ends must not pin a socket).
      response.discard()
      if (mode === 'error') {
        throw new RedirectError(`a ${response.status} redirect, and redirect is 'error'`)
      }
      if (count >= limit) throw new RedirectError(`more than ${limit} redirects`)
      current = nextRequest(current, response.status, location as string, sensitive)
    }
  }
}

/** The client's transport per redirect mode, made once each, over the transport it was given. */
export interface RedirectingTransports {
  /** The transport for `mode`; throws a `UsageError` for a mode that is not one. */
  for(mode: RedirectMode | undefined): Transport
}

/**
 * Wraps `transport` so that on a server runtime redirects are followed here: by the Fetch standard's
 * rules, and on another origin without Authorization, Cookie, Proxy-Authorization or any of
 * `sensitiveHeaders` (which extends DEFAULT_SENSITIVE_HEADERS); never to HTTP from HTTPS, never to a
 * Location with credentials, at most 20 times (or the transport's `maxRedirections`).
 * @param shows whether fetch shows a redirect to `redirect: 'manual'`; a test may say it does not
 */
export function redirectingTransports(
  transport: Transport & RedirectLimit,
  options: {
    readonly redirect?: RedirectMode | undefined
    readonly sensitiveHeaders?: readonly string[] | undefined
  },
  shows: boolean = fetchShowsRedirects(),
): RedirectingTransports {
  const sensitive = checkSensitive(options.sensitiveHeaders)
  const fallback = options.redirect === undefined ? 'follow' : checkMode(options.redirect, 'redirect')
  const limit = transport.maxRedirections ?? MAX_REDIRECTS
  const wrap = (mode: RedirectMode): Transport => {
    if (!shows) {
      // 'error' is sent as 'manual' here: the opaque response then fails with a RedirectError (code
      // `redirect`), where fetch's own 'error' would reject with a TypeError that says nothing.
      const sent = mode === 'follow' ? 'follow' : 'manual'
      return (request) => transport({ ...request, redirect: sent })
    }
    if (mode === 'manual' || (mode === 'follow' && limit === 0)) {
      return (request) => transport({ ...request, redirect: 'manual' })
    }
    return follow(transport, mode, limit, sensitive)
  }
  const made = new Map<RedirectMode, Transport>()
  return {
    for(requested) {
      const mode = requested === undefined ? fallback : checkMode(requested, 'redirect')
      let wrapped = made.get(mode)
      if (wrapped === undefined) {
        wrapped = wrap(mode)
        made.set(mode, wrapped)
      }
      return wrapped
    },
  }
}

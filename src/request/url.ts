import { UsageError } from '../errors/usage-error.js'

const SCHEME = /^[a-z][a-z\d+.-]*:/i
const HTTP = /^https?:$/
// WHATWG URL parsing deletes every tab and line break from the input, so `/a\r\nb` would become `/ab`.
const CONTROL = /[\t\n\r]/

/** A client's `baseURL`, validated, with what every call joins a path to. */
export interface BaseURL {
  readonly url: URL
  /** The href without trailing slashes: a path is appended to it after one `/`. */
  readonly prefix: string
  /** The pathname without trailing slashes (`''` for the root): every resolved path stays under it. */
  readonly path: string
}

/**
 * Validates a client's `baseURL` once, at `createClient`. A relative one (`/api`) is resolved against the
 * page's location where there is a page (a browser), as `fetch('/api')` would be.
 */
export function parseBaseURL(baseURL: string | URL): BaseURL {
  const text = String(baseURL)
  const page = SCHEME.test(text) ? undefined : implicitBase()
  let url: URL
  try {
    url = new URL(text, page)
  } catch (cause) {
    throw new UsageError(
      page === undefined && !SCHEME.test(text)
        ? `baseURL ${JSON.stringify(text)} is relative, and there is no page to resolve it against (only a browser has one); use an absolute URL such as 'https://api.example.com'.`
        : `baseURL ${JSON.stringify(text)} is not a valid URL; use e.g. 'https://api.example.com'.`,
      { cause },
    )
  }
  if (!HTTP.test(url.protocol)) {
    throw new UsageError(`baseURL must be http: or https:, got ${JSON.stringify(url.protocol)}.`)
  }
  rejectCredentials(url)
  if (url.search !== '' || url.hash !== '') {
    throw new UsageError('baseURL must not have a query or fragment; pass `query` per call instead.')
  }
  const prefix = withoutTrailingSlashes(url.href)
  return { url, prefix, path: withoutTrailingSlashes(url.pathname) }
}

/** A loop: `/\/+$/` restarts at every slash of an inner run, quadratic in a base such as `/a////…/b`. */
function withoutTrailingSlashes(href: string): string {
  let end = href.length
  while (end > 0 && href.charCodeAt(end - 1) === 0x2f) end--
  return href.slice(0, end)
}

function rejectCredentials(url: URL): void {
  if (url.username !== '' || url.password !== '') {
    throw new UsageError(
      `${url.origin} has credentials in the URL, which fetch refuses to send; pass an Authorization header instead.`,
    )
  }
}

/** The base used when the client has none: the page's location in a browser, nothing elsewhere. */
function implicitBase(): URL | undefined {
  const href = (globalThis as { location?: { href?: unknown } }).location?.href
  return typeof href === 'string' ? new URL(href) : undefined
}

/**
 * Joins `path` to the base the way ofetch and ky do (the base's path is a prefix, so `/v1` + `/users` is
 * `/v1/users`), and refuses a path that would leave the base origin: an absolute URL elsewhere, or a
 * scheme-relative `//host` / `/\host` that WHATWG URL parsing turns into another host.
 */
export function resolveURL(base: BaseURL | undefined, path: string, allowOtherOrigins: boolean): URL {
  if (CONTROL.test(path)) {
    throw new UsageError(
      `path ${JSON.stringify(path)} has a tab, CR or LF, which URL parsing would silently drop; remove it.`,
    )
  }
  if (base !== undefined && !SCHEME.test(path) && !/^[/\\]{2}/.test(path)) {
    // The common case, on every call. After the prefix comes a `/`, which ends the authority, so the
    // origin cannot change here: there is nothing to compare.
    const url = new URL(path === '' ? base.prefix : `${base.prefix}/${path.replace(/^\/+/, '')}`)
    // The origin cannot change, but `..` (also spelled `%2e%2e`, `.%2E`, with `\\` for `/`) can climb out
    // of the base path, to `/admin` from `/v1`. Checked on the parsed result, so every spelling the URL
    // parser accepts is covered.
    const { pathname } = url
    if (base.path !== '' && pathname !== base.path && !pathname.startsWith(`${base.path}/`)) {
      throw new UsageError(
        `path ${JSON.stringify(path)} climbs out of the base path ${base.path} with a ".." segment; write it from the base.`,
      )
    }
    return url
  }
  const root = base?.url ?? implicitBase()
  let url: URL
  if (SCHEME.test(path)) {
    url = parseAbsolute(path)
  } else if (/^[/\\]{2}/.test(path)) {
    if (!allowOtherOrigins) {
      throw new UsageError(
        `path ${JSON.stringify(path)} starts with two slashes, which a URL parser reads as another host; remove one slash, or set allowOtherOrigins to reach another host.`,
      )
    }
    url = parseAbsolute(`${root?.protocol ?? 'https:'}${path.replaceAll('\\', '/')}`)
  } else if (root === undefined) {
    throw new UsageError(
      `path ${JSON.stringify(path)} is relative and the client has no baseURL; set baseURL in createClient.`,
    )
  } else {
    url = new URL(path, root)
  }
  if (root !== undefined && url.origin !== root.origin && !allowOtherOrigins) {
    throw new UsageError(
      `${url.origin} is not the base origin ${root.origin}; call a client made for that origin, or set allowOtherOrigins.`,
    )
  }
  return url
}

function parseAbsolute(text: string): URL {
  let url: URL
  try {
    url = new URL(text)
  } catch (cause) {
    throw new UsageError(`${JSON.stringify(text)} is not a valid URL.`, { cause })
  }
  if (!HTTP.test(url.protocol))
    throw new UsageError(`only http: and https: URLs can be fetched, got ${JSON.stringify(text)}.`)
  rejectCredentials(url)
  return url
}

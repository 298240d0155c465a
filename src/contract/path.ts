import { UsageError } from '../errors/usage-error.js'

type Lower = 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h' | 'i' | 'j' | 'k' | 'l' | 'm'
type Lower2 = 'n' | 'o' | 'p' | 'q' | 'r' | 's' | 't' | 'u' | 'v' | 'w' | 'x' | 'y' | 'z'
type Digit = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9'
type NameChar = Lower | Lower2 | Uppercase<Lower | Lower2> | Digit | '_'

/** The leading identifier of `S` (what the runtime's `:name` pattern takes): `'Sid.json'` gives `'Sid'`. */
type NameAt<S extends string, Taken extends string = ''> = S extends `${infer C}${infer Rest}`
  ? C extends NameChar
    ? NameAt<Rest, `${Taken}${C}`>
    : Taken
  : Taken

/**
 * The names of the `:param` segments of a path template, e.g. `'id' | 'postId'`. A name ends where an
 * identifier ends, so `/Accounts/:Sid.json` names `Sid`, and `:path*` names `path`.
 */
export type PathParamNames<P extends string> = P extends `${string}:${infer Rest}`
  ? Exclude<NameAt<Rest>, ''> | PathParamNames<Rest>
  : never

/** `params` of a path template: every parameter is a required key. */
export type PathParams<P extends string> = { readonly [K in PathParamNames<P>]: string | number }

// `:name` fills one segment; `:name*` fills one or more, e.g. GitHub's `/repos/:owner/:repo/contents/:path*`.
const PARAM = /:([A-Za-z_][A-Za-z0-9_]*)(\*?)/g

/** The parameter names of a template, in order; checked by defineApi. */
export function paramNames(template: string): string[] {
  return Array.from(template.matchAll(PARAM), (m) => m[1] ?? '')
}

/** One segment, encoded so it stays one; empty, `.` and `..` are refused since URL parsing drops or climbs them. */
function segment(endpoint: string, name: string, text: string): string {
  if (text === '' || text === '.' || text === '..') {
    throw new UsageError(
      `${endpoint}: path parameter "${name}" has the segment ${JSON.stringify(text)}, which would not stay in place; pass a real identifier.`,
    )
  }
  return encodeURIComponent(text)
}

/**
 * Fills a path template. A `:name` value is encoded as exactly one segment (`../admin` becomes
 * `..%2Fadmin`, which stays inside its parent); a `:name*` value is split at `/` and each segment encoded
 * on its own, with the same refusal of empty, `.` and `..` segments, so it cannot leave its prefix either.
 */
export function fillPath(
  endpoint: string,
  template: string,
  params: Readonly<Record<string, unknown>> | undefined,
): string {
  return template.replace(PARAM, (_match, name: string, many: string) => {
    const value = params?.[name]
    if (value === undefined || value === null) {
      throw new UsageError(`${endpoint}: path parameter "${name}" is missing; pass params: { ${name}: ... }.`)
    }
    const text = String(value)
    if (many === '') return segment(endpoint, name, text)
    return text
      .split('/')
      .map((part) => segment(endpoint, name, part))
      .join('/')
  })
}

import { UsageError } from '../errors/usage-error.js'

/** The names of the `:param` segments of a path template, e.g. `'id' | 'postId'`. */
export type PathParamNames<P extends string> = P extends `${string}:${infer Rest}`
  ? Rest extends `${infer Name}/${infer Tail}`
    ? Name | PathParamNames<`/${Tail}`>
    : Rest
  : never

/** `params` of a path template: every parameter is a required key. */
export type PathParams<P extends string> = { readonly [K in PathParamNames<P>]: string | number }

const PARAM = /:([A-Za-z_][A-Za-z0-9_]*)/g

/** The parameter names of a template, in order; checked by defineApi. */
export function paramNames(template: string): string[] {
  return Array.from(template.matchAll(PARAM), (m) => m[1] ?? '')
}

/**
 * Fills a path template. Each value is encoded as exactly one segment (`../admin` becomes
 * `..%2Fadmin`, which stays inside its parent), and a value that is empty, `.` or `..` is refused:
 * URL parsing would drop or climb such a segment and the request would reach another resource.
 */
export function fillPath(
  endpoint: string,
  template: string,
  params: Readonly<Record<string, unknown>> | undefined,
): string {
  return template.replace(PARAM, (_match, name: string) => {
    const value = params?.[name]
    if (value === undefined || value === null) {
      throw new UsageError(`${endpoint}: path parameter "${name}" is missing; pass params: { ${name}: ... }.`)
    }
    const text = String(value)
    if (text === '' || text === '.' || text === '..') {
      throw new UsageError(
        `${endpoint}: path parameter "${name}" is ${JSON.stringify(text)}, which would not stay one path segment; pass a real identifier.`,
      )
    }
    return encodeURIComponent(text)
  })
}

import { UsageError } from '../errors/usage-error.js'

// RFC 9110 §5.1: a field name is a token; §5.5: CR, LF and NUL are never allowed in a field value.
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/
const FORBIDDEN_IN_VALUE = /[\r\n\0]/

/** Headers as the caller may write them. `undefined` values are left out, so optional headers are easy. */
export type HeadersInput = HeadersInit | Readonly<Record<string, string | undefined>>

/**
 * Copies `input` into `target`, refusing names that are not tokens and values with CR, LF or NUL: the
 * Headers class would silently trim a trailing CRLF, and a header injection is a bug to fix, not to hide.
 */
export function mergeHeaders(target: Headers, input: HeadersInput | undefined): void {
  if (input === undefined) return
  const entries: Iterable<readonly [string, string | undefined]> =
    input instanceof Headers || Array.isArray(input)
      ? (input as Iterable<[string, string]>)
      : Object.entries(input as Record<string, string | undefined>)
  for (const [name, value] of entries) {
    if (value === undefined) continue
    if (!TOKEN.test(name))
      throw new UsageError(`header name ${JSON.stringify(name)} is not a valid HTTP token.`)
    if (FORBIDDEN_IN_VALUE.test(value)) {
      throw new UsageError(
        `header ${JSON.stringify(name)} has CR, LF or NUL in its value; remove them (header injection).`,
      )
    }
    target.set(name, value)
  }
}

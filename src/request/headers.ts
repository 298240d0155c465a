import { UsageError } from '../errors/usage-error.js'
import { TOKEN } from './token.js'

// RFC 9110 §5.1: a field name is a token; §5.5: CR, LF and NUL are never allowed in a field value.
const FORBIDDEN_IN_VALUE = /[\r\n\0]/
// Fetch's Headers takes a ByteString: each character is one byte, so nothing above U+00FF, and it throws
// a bare TypeError that names neither the header nor the fix.
const NOT_LATIN1 = /[^\0-\xff]/u

/** Headers as the caller may write them. `undefined` values are left out, so optional headers are easy. */
export type HeadersInput = HeadersInit | Readonly<Record<string, string | undefined>>

/**
 * Copies `input` into `target`, refusing names that are not tokens, values with CR, LF or NUL (the
 * Headers class would silently trim a trailing CRLF, and a header injection is a bug to fix, not to hide)
 * and values with a character above U+00FF, which Headers rejects with a bare `TypeError`.
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
    const wide = NOT_LATIN1.exec(value)?.[0]
    if (wide !== undefined) {
      const code = `U+${(wide.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
      throw new UsageError(
        `header ${JSON.stringify(name)} has ${JSON.stringify(wide)} (${code}), beyond Latin-1; percent-encode the value (encodeURIComponent).`,
      )
    }
    target.set(name, value)
  }
}

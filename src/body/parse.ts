import { parseJson } from './json.js'
import { charsetOf, isJsonMediaType, isTextMediaType } from './media-type.js'
import type { ParsedBody } from './parsed-body.js'

const EMPTY: ParsedBody = { type: 'empty' }

/** RFC 9110 §9.3.2, §15.3.5, §15.3.6, §15.4.5: these responses have no content, whatever is on the wire. */
export function hasNoContent(method: string, status: number): boolean {
  return method === 'HEAD' || status === 204 || status === 205 || status === 304
}

function decode(bytes: Uint8Array, contentType: string | null): string {
  const charset = charsetOf(contentType)
  if (charset === undefined || charset === 'utf-8' || charset === 'utf8') return utf8.decode(bytes)
  try {
    return new TextDecoder(charset).decode(bytes)
  } catch {
    // An unknown charset label is the server's mistake; UTF-8 is the web's default (WHATWG Encoding).
    return utf8.decode(bytes)
  }
}

// TextDecoder strips a leading UTF-8 BOM by default, which JSON.parse would otherwise reject.
const utf8 = new TextDecoder()

const LOOKS_LIKE_JSON = /^\s*[[{"]/

/**
 * Turns the bytes of a body into data according to its media type: JSON for `application/json` and any
 * `+json` type, a string for text types, bytes for the rest. An unlabelled body is JSON if it parses
 * as a JSON object, array or string, text otherwise.
 */
export function parseBody(
  bytes: Uint8Array,
  contentType: string | null,
  mediaType: string | undefined,
): ParsedBody {
  if (bytes.byteLength === 0) return EMPTY
  if (isJsonMediaType(mediaType)) {
    const text = decode(bytes, contentType)
    try {
      return { type: 'json', value: parseJson(text), text }
    } catch (error) {
      return { type: 'malformedJson', text, error: error as SyntaxError }
    }
  }
  if (mediaType === undefined) {
    const text = decode(bytes, contentType)
    if (LOOKS_LIKE_JSON.test(text)) {
      try {
        return { type: 'json', value: parseJson(text), text }
      } catch {
        // Unlabelled and not JSON: plain text is the honest reading.
      }
    }
    return { type: 'text', value: text }
  }
  if (isTextMediaType(mediaType)) return { type: 'text', value: decode(bytes, contentType) }
  return { type: 'binary', value: bytes }
}

/** The `data` a result hands out for a parsed body: never raw text where JSON was announced. */
export function dataOf(body: ParsedBody): unknown {
  switch (body.type) {
    case 'json':
    case 'text':
    case 'binary':
      return body.value
    default:
      return undefined
  }
}

import { parseJson } from './json.js'
import { type BodyFormat, charsetOf, formatOf } from './media-type.js'
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
// The labels frameworks and old PHP stacks put on JSON by default when the handler names none.
const JSON_MISLABELLED_AS: ReadonlySet<string> = new Set(['text/plain', 'text/html'])

/**
 * Turns the bytes of a body into data: as `readAs` says when the endpoint declares this media type
 * (GitHub's `application/vnd.github.object` is JSON without `+json`), else by the media type: JSON for
 * `application/json` and any `+json` type, a string for text types, bytes for the rest. An unlabelled body,
 * or one labelled text/plain or text/html where JSON was expected, is JSON if it parses as a JSON object,
 * array or string, text otherwise: what the server meant, so that the rules judge the data it sent.
 */
export function parseBody(
  bytes: Uint8Array,
  contentType: string | null,
  mediaType: string | undefined,
  readAs?: BodyFormat,
  jsonExpected = false,
): ParsedBody {
  if (bytes.byteLength === 0) return EMPTY
  const format = readAs ?? (mediaType === undefined ? 'text' : formatOf(mediaType))
  if (format === 'bytes') return { type: 'binary', value: bytes }
  const text = decode(bytes, contentType)
  if (format === 'json') {
    try {
      return { type: 'json', value: parseJson(text), text }
    } catch (error) {
      return { type: 'malformedJson', text, error: error as SyntaxError }
    }
  }
  const sniff = mediaType === undefined || (jsonExpected && JSON_MISLABELLED_AS.has(mediaType))
  if (sniff && LOOKS_LIKE_JSON.test(text)) {
    try {
      return { type: 'json', value: parseJson(text), text }
    } catch {
      // Not JSON after all: plain text is the honest reading.
    }
  }
  return { type: 'text', value: text }
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

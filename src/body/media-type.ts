/** The media type essence of a Content-Type value, lower-cased, without parameters (RFC 9110 §8.3.1). */
export function mediaTypeOf(contentType: string | null): string | undefined {
  if (contentType === null) return undefined
  const semicolon = contentType.indexOf(';')
  const essence = (semicolon === -1 ? contentType : contentType.slice(0, semicolon)).trim().toLowerCase()
  return essence === '' ? undefined : essence
}

/** The `charset` parameter, lower-cased, or `undefined`. */
export function charsetOf(contentType: string | null): string | undefined {
  if (contentType === null) return undefined
  const match = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType)
  return match?.[1]?.toLowerCase()
}

/** `application/json` and every structured-syntax `+json` type (RFC 6839 §3.1), e.g. problem+json. */
export function isJsonMediaType(mediaType: string | undefined): boolean {
  return mediaType !== undefined && (mediaType === 'application/json' || mediaType.endsWith('+json'))
}

/** Types whose body is text even though they are not `text/*`. */
export function isTextMediaType(mediaType: string): boolean {
  return (
    mediaType.startsWith('text/') ||
    mediaType.endsWith('+xml') ||
    mediaType === 'application/xml' ||
    mediaType === 'application/javascript' ||
    mediaType === 'application/x-www-form-urlencoded'
  )
}

export const PROBLEM_JSON = 'application/problem+json'

/** How a body is read (and, by the mocks, written): parsed JSON, a string, or the bytes as they came. */
export type BodyFormat = 'json' | 'text' | 'bytes'

/** What a typed endpoint declares about a status's body: its media type and how it is read. */
export interface BodyType {
  /** The media type essence, lower-cased, e.g. `application/vnd.github.object`. */
  readonly mediaType: string
  readonly format: BodyFormat
}

/** The format a media type is read in when nothing says otherwise. */
export function formatOf(mediaType: string): BodyFormat {
  if (isJsonMediaType(mediaType)) return 'json'
  return isTextMediaType(mediaType) ? 'text' : 'bytes'
}

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

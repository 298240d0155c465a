// Which reading of a body a media type asks for, as RFC 6839 and the registrations say.

export type BodyFormat = 'json' | 'text' | 'bytes'

/** `application/json`, and any `+json` suffix (RFC 6839 §3.1), are JSON a plain schema describes. */
export function isPlainJson(mediaType: string): boolean {
  const type = mediaType.split(';')[0]?.trim().toLowerCase() ?? ''
  return type === 'application/json' || type.endsWith('+json') || type === '*/*'
}

/**
 * How a body of this type is read. Vendor types without a `+json` suffix that say json in their name
 * (GitHub's `application/vnd.github.object`, answered as JSON) are JSON too.
 */
export function formatOf(mediaType: string): BodyFormat {
  const type = mediaType.split(';')[0]?.trim().toLowerCase() ?? ''
  if (isPlainJson(type) || /^application\/vnd\.github\.(object|v3)$/.test(type) || type.includes('json'))
    return 'json'
  if (type.startsWith('text/') || type.endsWith('+xml') || type === 'application/xml') return 'text'
  return 'bytes'
}

/** The preferred entry of a `content` map: plain JSON first, then any JSON, then the first listed. */
export function preferred(types: readonly string[]): string | undefined {
  return types.find(isPlainJson) ?? types.find((type) => formatOf(type) === 'json') ?? types[0]
}

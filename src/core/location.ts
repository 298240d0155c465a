/**
 * The `Location` of a response, as the URL a caller may follow: RFC 9110 §10.2.2 lets it be relative, so
 * it is resolved against the target URI. Only http(s) URLs come out: a server (or whatever sits between)
 * that answers `201` with `Location: javascript:...` or `data:...` must not hand the caller a URL that
 * runs code when a UI links to it, and a fetch client can follow nothing else anyway.
 */
export function resolveLocation(location: string | null, requestUrl: string): string | undefined {
  if (location === null) return undefined
  let url: URL
  try {
    url = new URL(location, requestUrl)
  } catch {
    return undefined
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined
}

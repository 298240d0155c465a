// The `Link` response header (RFC 8288 §3), as GitHub, GitLab and many others page their lists:
//   Link: <https://api.github.com/repositories/1300192/issues?page=2>; rel="next", <...?page=5>; rel="last"
// Hand-written rather than a package: http-link-header (the well-kept one) is a class with stringify and
// RFC 8187 encoding that does not tree-shake, 2.0 KB gzipped in a browser bundle, more than this whole
// adapter; parse-link-header needs Node's `querystring` and `url`. Only `rel` is needed here.

// One link-value: `<URI-Reference>` then `;`-separated params, whose values may be quoted strings that
// contain `,` or `;` (§3). The URI itself cannot contain `>` (RFC 3986 excludes it).
const LINK_VALUE = /<([^>]*)>((?:\s*;\s*[^\s;,=]+(?:\s*=\s*(?:"(?:[^"\\]|\\.)*"|[^\s;,"]*))?)*)/g
const PARAM = /;\s*([^\s;,=]+)(?:\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s;,"]*)))?/g

/**
 * The target of the first link whose relation types include `rel` (case-insensitive, §3.3: `rel` may hold
 * several space-separated types, and a link with two `rel` params keeps the first), resolved against
 * `base` (§3.1: a relative reference is resolved against the request's URL). `undefined` when there is none.
 */
export function findLink(header: string | null, rel: string, base: string): URL | undefined {
  if (header === null) return undefined
  const wanted = rel.toLowerCase()
  for (const [, target = '', params = ''] of header.matchAll(LINK_VALUE)) {
    let rels: string | undefined
    for (const [, name = '', quoted, token] of params.matchAll(PARAM)) {
      if (name.toLowerCase() === 'rel' && rels === undefined) {
        rels = quoted === undefined ? (token ?? '') : quoted.replace(/\\(.)/g, '$1')
      }
    }
    if (rels?.toLowerCase().split(/\s+/).includes(wanted)) {
      try {
        return new URL(target.trim(), base)
      } catch {
        // A target that is not a URI reference names no page: skip it, as a browser ignores a bad link.
      }
    }
  }
  return undefined
}

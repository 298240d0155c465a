/**
 * The Accept field as RFC 9110 §12.5.1 defines it, for one question: did the request accept this media
 * type? Hand-written rather than jshttp's `negotiator`, which is made for the other side (a server picking
 * among its offers), is CommonJS only and brings charset, encoding and language negotiation along; the
 * browser bundle needs these few lines.
 */

/** One media range of an Accept field: `type/subtype`, its parameters and its weight. */
export interface MediaRange {
  /** Lower-cased; `*` in `*\/*`. */
  readonly type: string
  /** Lower-cased; `*` in `*\/*` and `type/*`. */
  readonly subtype: string
  /** Parameters before the weight, names and values lower-cased (RFC 9110 §8.3.1 compares names so). */
  readonly params: Readonly<Record<string, string>>
  /** The weight, 0 to 1 (RFC 9110 §12.4.2); 0 means "not acceptable". */
  readonly q: number
}

const TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+"
const RANGE = new RegExp(
  `^\\s*(${TOKEN})/(${TOKEN})\\s*((?:;\\s*${TOKEN}\\s*=\\s*(?:${TOKEN}|"(?:[^"\\\\]|\\\\.)*")\\s*)*)$`,
)
const PARAM = new RegExp(`;\\s*(${TOKEN})\\s*=\\s*(${TOKEN}|"(?:[^"\\\\]|\\\\.)*")`, 'g')
// Commas inside a quoted parameter value do not separate elements.
const ELEMENT = /(?:[^,"]|"(?:[^"\\]|\\.)*")+/g
const WEIGHT = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/

const ANY: readonly MediaRange[] = [{ type: '*', subtype: '*', params: {}, q: 1 }]

/** Parses one `type/subtype;params` element; `undefined` when it is not one (it is then ignored). */
function parseRange(element: string): MediaRange | undefined {
  const match = RANGE.exec(element)
  if (match === null) return undefined
  const [, type = '', subtype = '', rest = ''] = match
  if (type === '*' && subtype !== '*') return undefined
  const params: Record<string, string> = {}
  let q = 1
  for (const [, rawName = '', rawValue = ''] of rest.matchAll(PARAM)) {
    const name = rawName.toLowerCase()
    const value = rawValue.startsWith('"') ? rawValue.slice(1, -1).replace(/\\(.)/g, '$1') : rawValue
    // The weight ends the media range (§12.5.1 grammar); anything after it is not the range's to compare.
    if (name === 'q') {
      if (!WEIGHT.test(value)) return undefined
      q = Number(value)
      break
    }
    params[name] = value.toLowerCase()
  }
  return { type: type.toLowerCase(), subtype: subtype.toLowerCase(), params, q }
}

let lastValue: string | undefined
let lastRanges: readonly MediaRange[] = ANY

/**
 * The media ranges of an Accept field value. A missing or empty field accepts anything (§12.5.1: "A
 * request without any Accept header field implies that the user agent will accept any media type").
 * Elements that do not parse are dropped. The last value is remembered: most calls send the same one.
 */
export function parseAccept(value: string | null | undefined): readonly MediaRange[] {
  if (value === null || value === undefined || value.trim() === '') return ANY
  if (value === lastValue) return lastRanges
  const ranges: MediaRange[] = []
  for (const [element] of value.matchAll(ELEMENT)) {
    const range = parseRange(element)
    if (range !== undefined) ranges.push(range)
  }
  lastValue = value
  lastRanges = ranges
  return ranges
}

/** How specific a range is, for precedence: `*\/*` < `type/*` < `type/subtype` < with more parameters. */
function specificity(range: MediaRange): number {
  if (range.type === '*') return 0
  if (range.subtype === '*') return 1
  return 2 + Object.keys(range.params).length
}

/**
 * The weight the request gives a Content-Type value: that of the most specific range that matches it
 * ("the most specific reference has precedence", §12.5.1), or `undefined` when no range matches it.
 * `text/*;q=0.5, text/html;q=0` gives `text/html` 0 and `text/plain` 0.5.
 */
export function acceptance(ranges: readonly MediaRange[], contentType: string): number | undefined {
  const offered = parseRange(contentType)
  if (offered === undefined) return undefined
  let best: MediaRange | undefined
  for (const range of ranges) {
    if (range.type !== '*' && range.type !== offered.type) continue
    if (range.subtype !== '*' && range.subtype !== offered.subtype) continue
    let matches = true
    for (const name in range.params) if (offered.params[name] !== range.params[name]) matches = false
    if (matches && (best === undefined || specificity(range) > specificity(best))) best = range
  }
  return best?.q
}

/** Whether a range with q > 0 names a media type that passes `test` itself, not through a wildcard. */
export function namesMediaType(ranges: readonly MediaRange[], test: (mediaType: string) => boolean): boolean {
  return ranges.some((r) => r.q > 0 && r.subtype !== '*' && test(`${r.type}/${r.subtype}`))
}

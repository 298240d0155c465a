// What the result must be, for the cases where the fuzzed response leaves no doubt: a response delivered
// whole and well-formed is never a network error, valid JSON is never called malformed, and an error
// payload stays one however deep it is nested (issue 13, items 5 to 7).
import type { HttpResult } from '../../src/index.js'
import type { ResponseSpec, Scenario } from './arbitraries.js'

const PLAIN_STATUS = /^HTTP\/1\.1 (\d{3}) [\x20-\x7e]*$/
/** Below Node's and undici's 16 KiB limit on a response head, which a longer one rightly breaks. */
const HEAD_LIMIT = 12_000
// Redirects are followed (a Location changes the outcome), and fetch turns a 407 into a network error.
const UNPREDICTABLE = new Set([301, 302, 303, 307, 308, 407])
const STRICT_PARSER_REFUSES = new Set([
  'X-Bytes',
  'X-Fold',
  'X-Nul',
  'No-Colon-Line',
  'X-Huge',
  'Transfer-Encoding',
])
const SAME_CODING: Record<string, string> = { gzip: 'gzip', br: 'br', deflate: 'deflate' }

/** The status of a response that was delivered whole, well-formed and in time; undefined otherwise. */
function cleanStatus({ response: r, call }: Scenario): number | undefined {
  const status = Number(PLAIN_STATUS.exec(r.statusLine)?.[1])
  const wellFormed =
    r.interim !== '100' &&
    r.lineEnd === '\r\n' &&
    (r.framing === 'length' || r.framing === 'chunked') &&
    (r.ending === 'end' || r.ending === 'keep') &&
    r.headers.every(([name]) => !STRICT_PARSER_REFUSES.has(name) && name !== 'Content-Type') &&
    r.encoding.damage === 'none' &&
    headSize(r) < HEAD_LIMIT &&
    (r.encoding.label === undefined
      ? r.encoding.coding === 'none'
      : SAME_CODING[r.encoding.label] === r.encoding.coding)
  const inTime = !call.tls && call.abortAfterMs === undefined && r.pauses.every((p) => p.ms <= 30)
  return wellFormed && inTime && status >= 200 && status <= 599 && !UNPREDICTABLE.has(status)
    ? status
    : undefined
}

function headSize(r: ResponseSpec): number {
  const fields = r.headers.reduce((size, [name, value]) => size + name.length + value.length + 30, 0)
  return r.statusLine.length + fields + (r.contentType?.length ?? 0) + 100
}

function isJsonBody({ response: r }: Scenario): boolean {
  const { body } = r
  return (
    /^application\/(json|problem\+json)\b/.test(r.contentType ?? '') &&
    (body.type === 'json' || body.type === 'deep' || (body.type === 'text' && isJson(body.text)))
  )
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

/** What is wrong with `result` for this scenario, or undefined when nothing is known to be wrong. */
export function wrongResult(scenario: Scenario, result: HttpResult): string | undefined {
  const status = cleanStatus(scenario)
  if (status === undefined) return undefined
  // A retry may meet the connection the server closed after the first answer (the keep-alive race of
  // RFC 9112 §9.3.1), so only a single attempt is held to this.
  if (result.kind === 'networkError' && scenario.call.retry === false) {
    return `a whole, well-formed ${status} response became networkError/${result.code}: ${String(result.error)}`
  }
  const hasBody = scenario.call.method !== 'HEAD' && ![204, 205, 304].includes(status)
  if (!hasBody || !isJsonBody(scenario) || result.kind === 'timeout' || result.kind === 'bodyTooLarge')
    return undefined
  const malformed = result.violations.find((v) => v.rule === 'malformed-json')
  if (malformed) return `valid JSON was called malformed: ${malformed.message}`
  const { body } = scenario.response
  if (body.type === 'deep' && body.shape === 'error' && status >= 200 && status < 300) {
    if (result.kind !== 'protocolViolation')
      return `an error payload nested ${body.depth} deep gave ${result.kind}`
  }
  return undefined
}

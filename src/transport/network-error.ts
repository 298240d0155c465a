import type { NetworkErrorCode } from '../result.js'

/** Where the failure happened: before the response head arrived, or while its body was read. */
export type FailureStage = 'head' | 'body'

const CODES: Readonly<Record<string, NetworkErrorCode>> = {
  ECONNREFUSED: 'refused',
  ECONNRESET: 'reset',
  EPIPE: 'reset',
  ECONNABORTED: 'reset',
  UND_ERR_SOCKET: 'reset',
  UND_ERR_CLOSED: 'reset',
  ENOTFOUND: 'dns',
  EAI_AGAIN: 'dns',
  EAI_FAIL: 'dns',
  EAI_NONAME: 'dns',
  UND_ERR_RES_CONTENT_LENGTH_MISMATCH: 'incompleteBody',
  UND_ERR_REQ_CONTENT_LENGTH_MISMATCH: 'invalidFraming',
  UND_ERR_INVALID_ARG: 'invalidFraming',
  // The response head passed the runtime's limit (Node's --max-http-header-size, 16 KiB by default).
  UND_ERR_HEADERS_OVERFLOW: 'headersTooLarge',
  HPE_HEADER_OVERFLOW: 'headersTooLarge',
  // redirect.ts: a redirect that is not followed (another scheme, HTTPS to HTTP, credentials, too many).
  HONEST_FETCH_REDIRECT: 'redirect',
}

function codeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined
  const code = (error as { code?: unknown }).code
  return typeof code === 'string' ? code : undefined
}

function classifyCode(code: string): NetworkErrorCode | undefined {
  const known = CODES[code]
  if (known !== undefined) return known
  // llhttp parser errors (HPE_INVALID_CONTENT_LENGTH, HPE_UNEXPECTED_CONTENT_LENGTH, ...): bad framing.
  if (code.startsWith('HPE_')) return 'invalidFraming'
  if (
    code.startsWith('ERR_TLS') ||
    code.startsWith('ERR_SSL') ||
    code.includes('CERT') ||
    code === 'DEPTH_ZERO_SELF_SIGNED_CERT'
  ) {
    return 'tls'
  }
  return undefined
}

/**
 * Maps whatever a runtime threw to a short stable code. Node's fetch (undici) wraps the socket error in
 * `cause`, and wrappers may wrap it again, so the whole cause chain is searched. Browsers expose no detail
 * ("Failed to fetch"), which gives `unknown`; a body that broke after the head arrived is `incompleteBody`.
 */
export function classifyNetworkError(error: unknown, stage: FailureStage): NetworkErrorCode {
  let current: unknown = error
  for (let depth = 0; depth < 8 && current !== undefined && current !== null; depth++) {
    const code = codeOf(current)
    let known = code === undefined ? undefined : classifyCode(code)
    // undici 7's HTTPParserError lost llhttp's HPE_* code, and a parse error after a Content-Length
    // header comes out as a length mismatch; before the head was complete, both mean bad framing.
    if (known === undefined && (current as { name?: unknown }).name === 'HTTPParserError') {
      known = 'invalidFraming'
    }
    if (known === 'incompleteBody' && stage === 'head') known = 'invalidFraming'
    if (known !== undefined) {
      // A reset while the body streams means the body is cut short: say so, it is what the caller sees.
      return known === 'reset' && stage === 'body' ? 'incompleteBody' : known
    }
    current = (current as { cause?: unknown }).cause
  }
  if (stage === 'body') return 'incompleteBody'
  // A browser says nothing but "Failed to fetch"; whether it is offline is the one thing it does tell.
  return (globalThis as { navigator?: { onLine?: unknown } }).navigator?.onLine === false
    ? 'offline'
    : 'unknown'
}

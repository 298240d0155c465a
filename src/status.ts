/**
 * The one source of truth for HTTP status codes: every registered code that honest-fetch gives its own
 * result kind. Types, the runtime lookup and the success/error groups are all derived from this object.
 * Comments note what RFC 9110 (and friends) say that changes how a client should treat the response.
 */
export const STATUS_KINDS = {
  // 2xx: the request was received, understood and accepted (RFC 9110 §15.3).
  200: 'ok',
  /** The Location header names the new resource (RFC 9110 §15.3.2). */
  201: 'created',
  /** Accepted for processing, not completed; the outcome is not known yet (§15.3.3). */
  202: 'accepted',
  /** A transforming proxy changed the origin's 200 payload (§15.3.4). */
  203: 'nonAuthoritativeInformation',
  /** No content: a body here is a protocol error (§15.3.5); nothing is parsed. */
  204: 'noContent',
  /** Reset the document view; must not carry content (§15.3.6). */
  205: 'resetContent',
  /** A range of the representation, per Content-Range (§15.3.7). */
  206: 'partialContent',
  /** WebDAV multi-status body (RFC 4918 §11.1). */
  207: 'multiStatus',
  /** WebDAV: members already enumerated (RFC 5842 §7.1). */
  208: 'alreadyReported',
  /** Delta encoding: instance manipulations applied (RFC 3229 §10.4.1). */
  226: 'imUsed',

  // 3xx: surfaced only when redirects are not followed (fetch follows by default).
  300: 'multipleChoices',
  301: 'movedPermanently',
  302: 'found',
  303: 'seeOther',
  /** Conditional GET: the cached copy is still valid; no content (§15.4.5). */
  304: 'notModified',
  /** Deprecated for security reasons (§15.4.6), kept so it is never misread as another kind. */
  305: 'useProxy',
  307: 'temporaryRedirect',
  308: 'permanentRedirect',

  // 4xx: the client erred; repeating the same request will not help, except where noted.
  400: 'badRequest',
  /** Must carry WWW-Authenticate with at least one challenge (§15.5.2). */
  401: 'unauthorized',
  402: 'paymentRequired',
  403: 'forbidden',
  404: 'notFound',
  /** Must carry Allow with the supported methods (§15.5.6). */
  405: 'methodNotAllowed',
  406: 'notAcceptable',
  /** Must carry Proxy-Authenticate (§15.5.8). */
  407: 'proxyAuthenticationRequired',
  /** The server timed out waiting for the request; it may be repeated (§15.5.9), not retried by default. */
  408: 'requestTimeout',
  409: 'conflict',
  410: 'gone',
  411: 'lengthRequired',
  412: 'preconditionFailed',
  413: 'contentTooLarge',
  414: 'uriTooLong',
  415: 'unsupportedMediaType',
  416: 'rangeNotSatisfiable',
  417: 'expectationFailed',
  421: 'misdirectedRequest',
  422: 'unprocessableEntity',
  423: 'locked',
  424: 'failedDependency',
  /** Early data (TLS 0-RTT) was refused (RFC 8470 §5.2). */
  425: 'tooEarly',
  426: 'upgradeRequired',
  428: 'preconditionRequired',
  /** Rate limited; Retry-After says when to come back (RFC 6585 §4). Retried by default. */
  429: 'tooManyRequests',
  431: 'requestHeaderFieldsTooLarge',
  451: 'unavailableForLegalReasons',

  // 5xx: the server erred.
  500: 'internalServerError',
  501: 'notImplemented',
  502: 'badGateway',
  /** Temporary overload or maintenance; Retry-After may say for how long (§15.6.4). Retried by default. */
  503: 'serviceUnavailable',
  504: 'gatewayTimeout',
  505: 'httpVersionNotSupported',
  506: 'variantAlsoNegotiates',
  507: 'insufficientStorage',
  508: 'loopDetected',
  510: 'notExtended',
  511: 'networkAuthenticationRequired',
} as const

type Table = typeof STATUS_KINDS

/** A status code that has its own result kind. */
export type StatusCode = keyof Table
/** The kind of a registered status code, e.g. `StatusKindOf<404>` is `'notFound'`. */
export type StatusKindOf<C extends number> = C extends StatusCode ? Table[C] : ClassKindOf<C>

type Digit = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9
type CodesStartingWith<D extends 2 | 3 | 4 | 5> = {
  [C in StatusCode]: `${C}` extends `${D}${string}` ? C : never
}[StatusCode]

/** The kinds for codes that are not in the table: the class the code belongs to (RFC 9110 §15). */
export type ClassKind = 'success' | 'redirection' | 'clientError' | 'serverError'
type ClassKindOf<C extends number> = number extends C
  ? ClassKind
  : `${C}` extends `2${Digit}${Digit}`
    ? 'success'
    : `${C}` extends `3${Digit}${Digit}`
      ? 'redirection'
      : `${C}` extends `4${Digit}${Digit}`
        ? 'clientError'
        : 'serverError'

/** Every kind a response status can map to. */
export type StatusKind = Table[StatusCode] | ClassKind
/** The 2xx codes of the table. */
export type SuccessCode = CodesStartingWith<2>
/** Kinds of 2xx responses: the only ones whose `ok` is `true`. */
export type SuccessKind = Table[CodesStartingWith<2>] | 'success'
/** Kinds of 3xx responses. */
export type RedirectKind = Table[CodesStartingWith<3>] | 'redirection'
/** Kinds of 4xx responses. */
export type ClientErrorKind = Table[CodesStartingWith<4>] | 'clientError'
/** Kinds of 5xx responses, and of codes outside 200-599. */
export type ServerErrorKind = Table[CodesStartingWith<5>] | 'serverError'
/** Kinds that say the request failed: 4xx and 5xx. */
export type ErrorStatusKind = ClientErrorKind | ServerErrorKind

const table: Readonly<Record<number, StatusKind>> = STATUS_KINDS

/**
 * The result kind for a status code: its own kind when registered, else its class. Anything outside
 * 200-599 (1xx cannot reach a fetch caller; 600+ is not HTTP) is treated as a server error, since the
 * server sent something no client can act on.
 *
 * @example statusKind(404) // 'notFound'
 * @example statusKind(299) // 'success'
 */
export function statusKind(status: number): StatusKind {
  const kind = table[status]
  if (kind !== undefined) return kind
  if (status >= 200 && status < 300) return 'success'
  if (status >= 300 && status < 400) return 'redirection'
  if (status >= 400 && status < 500) return 'clientError'
  return 'serverError'
}

/** The registered code of a kind, or `undefined` for a class kind. Derived from the table. */
export const STATUS_CODE_OF: Readonly<Partial<Record<StatusKind, StatusCode>>> = Object.fromEntries(
  Object.entries(STATUS_KINDS).map(([code, kind]) => [kind, Number(code)]),
)

/**
 * The kinds whose response says when to try again: 429 (RFC 6585 §4) and 503 (RFC 9110 §15.6.4), both
 * with `Retry-After` (§10.2.3). They carry `retryAfterMs` and are the statuses retried by default.
 */
export const WAIT_KINDS = ['tooManyRequests', 'serviceUnavailable'] as const
export type WaitKind = (typeof WAIT_KINDS)[number]

/** The codes of `WAIT_KINDS`, derived from the table. */
export const WAIT_STATUSES: ReadonlySet<number> = new Set(
  Object.entries(STATUS_KINDS)
    .filter(([, kind]) => (WAIT_KINDS as readonly string[]).includes(kind))
    .map(([code]) => Number(code)),
)

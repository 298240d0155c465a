/** The options the response helpers take, shared by `respond.*` and the mocked endpoints. */

/** Extra response headers. */
export interface ResponseOptions {
  /** Sent with the response; a `Content-Type` here replaces the default one. */
  readonly headers?: HeadersInit
}

/** Options of `reply`: headers, and how long the server takes. */
export interface ReplyInit extends ResponseOptions {
  /**
   * Wait this long (ms) before answering; the wait ends early, without an answer, when the request is
   * aborted.
   * @default 0
   * @example mock.getUser.reply(200, user, { delay: 50 })
   */
  readonly delay?: number
  /**
   * Sent as `Location`, resolved by the client against the request URL. Required for a redirect status
   * (see `RedirectReplyInit`); on a 201 it names the new resource (RFC 9110 §15.3.2).
   * @example mock.createUser.reply(201, user, { location: '/users/42' })
   */
  readonly location?: string
  /**
   * The media type to answer with, of those the status declares (its `content`, or its one media
   * type); the body must fit that media type's schema and is sent in its format.
   * @default the first declared
   * @example mock.exportRows.reply(200, 'id\n1\n', { contentType: 'text/csv' })
   */
  readonly contentType?: string
}

/**
 * Options of `reply` for a status fetch follows (301, 302, 303, 307, 308): `location` is required. Without
 * it, MSW's fetch interceptor resolves the missing header as the relative URL `null`, follows it to
 * `<path>/null`, which often matches the same route, and loops forever without yielding to any timer.
 */
export interface RedirectReplyInit extends ReplyInit {
  readonly location: string
}

/** Options of `respond.created`. */
export interface CreatedOptions extends ResponseOptions {
  /** The new resource's URL, sent as `Location` (RFC 9110 §15.3.2). */
  readonly location: string
}

/** Options of the 429 and 503 helpers. */
export interface RetryAfterOptions extends ResponseOptions {
  /**
   * The wait to ask for: whole seconds (sent as delay-seconds) or a `Date` (sent as an IMF-fixdate, which
   * the client measures against its own clock, or against a `Date` header you add). Omitted: no
   * `Retry-After`, so the client falls back to its own backoff.
   * @example mock.getUser.rateLimited({ retryAfter: 2 })
   */
  readonly retryAfter?: number | Date
}

/** Options of the 401 helper. */
export interface UnauthorizedOptions extends ResponseOptions {
  /**
   * The `WWW-Authenticate` challenge, e.g. `'Bearer realm="api"'`. Omitted or `false`: no header, which
   * the client reports as the `missing-www-authenticate` warning (RFC 9110 §11.6.1 requires one).
   * @default false
   */
  readonly challenge?: string | false
}

/** An RFC 9457 problem details object; `status` defaults to the response status. */
export interface ProblemInput {
  readonly type?: string
  readonly title?: string
  readonly status?: number
  readonly detail?: string
  readonly instance?: string
  readonly [member: string]: unknown
}

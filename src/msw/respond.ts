/**
 * Plain response builders, no contract needed: each returns a fresh `Response` to return from an MSW
 * resolver, `http.get(url, () => respond.ok(user))`.
 */
import { checkStatus, emptyResponse, jsonResponse } from './body.js'
import type {
  CreatedOptions,
  ProblemInput,
  ResponseOptions,
  RetryAfterOptions,
  UnauthorizedOptions,
} from './options.js'
import * as scenario from './scenarios.js'

/** The plain builders, for raw MSW handlers. */
export interface Respond {
  /** 200 with a JSON body. */
  ok(body: unknown, options?: ResponseOptions): Response
  /** 201 with a JSON body and `Location`. */
  created(body: unknown, options: CreatedOptions): Response
  /** 204 without a body. */
  noContent(options?: ResponseOptions): Response
  /**
   * `application/problem+json` (RFC 9457); the `status` member defaults to `status`.
   * @example respond.problem(404, { title: 'Not Found' })
   */
  problem(status: number, problem?: ProblemInput, options?: ResponseOptions): Response
  /**
   * 200 whose JSON body says the call failed: the client's `error-payload-in-success` violation.
   * @default body { error: 'Not found' }
   */
  errorPayload(body?: unknown, options?: ResponseOptions): Response
  /**
   * A small HTML page as `text/html`; on a 2xx, the client's `unexpected-content-type` violation.
   * @default status 200, a sign-in page, as an expired session or a captive portal serves it
   */
  htmlPage(status?: number, options?: ResponseOptions): Response
  /**
   * `application/json` cut off mid-object: the client's `malformed-json` violation.
   * @default status 200
   */
  malformedJson(status?: number, options?: ResponseOptions): Response
  /** 429 Too Many Requests as problem+json, with `Retry-After` when `retryAfter` is given. */
  rateLimited(options?: RetryAfterOptions): Response
  /** 503 Service Unavailable as problem+json, with `Retry-After` when `retryAfter` is given. */
  unavailable(options?: RetryAfterOptions): Response
  /** 401 Unauthorized as problem+json, with `WWW-Authenticate` when a `challenge` is given. */
  unauthorized(options?: UnauthorizedOptions): Response
  /** A network error: fetch rejects, and the client's result is `networkError`. */
  networkError(): Response
}

export const respond: Respond = {
  ok: (body, options = {}) => jsonResponse(200, body, options.headers),
  created: (body, options) => {
    const headers = new Headers(options.headers)
    headers.set('location', options.location)
    return jsonResponse(201, body, headers)
  },
  noContent: (options = {}) => emptyResponse(204, options.headers),
  problem: (status, problem = {}, options = {}) =>
    scenario.problem(checkStatus('respond.problem', status, true), problem, options)(),
  errorPayload: (body = scenario.DEFAULT_ERROR_PAYLOAD, options = {}) =>
    scenario.errorPayload(body, options)(),
  htmlPage: (status = 200, options = {}) => scenario.htmlPage('respond.htmlPage', status, options)(),
  malformedJson: (status = 200, options = {}) =>
    scenario.malformedJson('respond.malformedJson', status, options)(),
  rateLimited: (options = {}) => scenario.rateLimited('respond.rateLimited', options)(),
  unavailable: (options = {}) => scenario.unavailable('respond.unavailable', options)(),
  unauthorized: (options = {}) => scenario.unauthorized(options)(),
  networkError: () => scenario.networkError()(),
}

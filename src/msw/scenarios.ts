/**
 * The misbehaving (and merely unlucky) servers that the client detects, as response factories: each checks
 * its arguments at once, naming `where` it was called, and returns a function that builds a fresh
 * `Response` per request. `respond.*` and every mocked endpoint's helpers share them.
 */
import { HttpResponse } from 'msw'
import { checkStatus, jsonResponse, rawResponse } from './body.js'
import type { ProblemInput, ResponseOptions, RetryAfterOptions, UnauthorizedOptions } from './options.js'
import { retryAfterValue } from './retry-after.js'

/** Builds one response; called once per request, since a body can be read only once. */
export type MakeResponse = () => Response

const PROBLEM_JSON = 'application/problem+json'

/** The body of `errorPayload()` without arguments: the "200 OK, not found" of many real APIs. */
export const DEFAULT_ERROR_PAYLOAD: { readonly error: string } = { error: 'Not found' }

// A 200 sign-in page is the classic soft error: an expired session or a proxy's portal, served as success.
const SIGN_IN_PAGE =
  '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Sign in</title></head>' +
  '<body><h1>Sign in</h1><p>Your session has expired. Please sign in again.</p></body></html>\n'

function errorPage(status: number): string {
  return (
    `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Error ${status}</title></head>` +
    `<body><h1>Error ${status}</h1><p>Something went wrong. Please try again later.</p></body></html>\n`
  )
}

// A body cut off mid-object, as a dropped connection or a crashed serializer leaves it.
const TRUNCATED_JSON = '{"id":"42","name":"Ada",'

/** `application/problem+json` (RFC 9457) whose `status` member defaults to the response status. */
export function problem(status: number, body: ProblemInput, options: ResponseOptions): MakeResponse {
  return () => {
    const headers = new Headers(options.headers)
    if (!headers.has('content-type')) headers.set('content-type', PROBLEM_JSON)
    return jsonResponse(status, { status, ...body }, headers)
  }
}

export function errorPayload(body: unknown, options: ResponseOptions): MakeResponse {
  return () => jsonResponse(200, body, options.headers)
}

export function htmlPage(where: string, status: number, options: ResponseOptions): MakeResponse {
  checkStatus(where, status, true)
  const page = status === 200 ? SIGN_IN_PAGE : errorPage(status)
  return () => rawResponse(status, page, 'text/html; charset=utf-8', options.headers)
}

export function malformedJson(where: string, status: number, options: ResponseOptions): MakeResponse {
  checkStatus(where, status, true)
  return () => rawResponse(status, TRUNCATED_JSON, 'application/json', options.headers)
}

function mustWait(where: string, status: number, title: string, options: RetryAfterOptions): MakeResponse {
  const headers = new Headers(options.headers)
  if (options.retryAfter !== undefined) headers.set('retry-after', retryAfterValue(where, options.retryAfter))
  return problem(status, { title }, { headers })
}

export function rateLimited(where: string, options: RetryAfterOptions): MakeResponse {
  return mustWait(where, 429, 'Too Many Requests', options)
}

export function unavailable(where: string, options: RetryAfterOptions): MakeResponse {
  return mustWait(where, 503, 'Service Unavailable', options)
}

export function unauthorized(options: UnauthorizedOptions): MakeResponse {
  const headers = new Headers(options.headers)
  if (options.challenge) headers.set('www-authenticate', options.challenge)
  return problem(401, { title: 'Unauthorized' }, { headers })
}

export function networkError(): MakeResponse {
  return () => HttpResponse.error()
}

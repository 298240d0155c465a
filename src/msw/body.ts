/**
 * The response bodies every helper is built from: JSON (with the caller's JSON media type, if any), text,
 * and none. Each sets Content-Length, as a real server would.
 */
import { HttpResponse } from 'msw'
import type { BodyType } from '../body/media-type.js'
import { MockError } from './mock-error.js'

// Fetch refuses a body on these (the "null body statuses"); 1xx cannot be a final response at all.
const NULL_BODY_STATUSES: ReadonlySet<number> = new Set([204, 205, 304])
const JSON_MEDIA_TYPE = /^[^;]*(?:\/|\+)json\s*(?:;|$)/i

/** Checks a status a helper was given: a final status, and one that can carry the body about to be sent. */
export function checkStatus(where: string, status: number, hasBody: boolean): number {
  if (!Number.isInteger(status) || status < 200 || status > 599) {
    throw new MockError(`${where}: status ${status} cannot be mocked; use a final status from 200 to 599.`)
  }
  if (hasBody && NULL_BODY_STATUSES.has(status)) {
    throw new MockError(`${where}: status ${status} cannot carry a body; send it without one.`)
  }
  return status
}

function textResponse(status: number, text: string, headers: Headers, contentType: string): Response {
  if (!headers.has('content-type')) headers.set('content-type', contentType)
  if (!headers.has('content-length')) {
    headers.set('content-length', String(new TextEncoder().encode(text).byteLength))
  }
  return new HttpResponse(text, { status, headers })
}

/**
 * A JSON response. The caller's `Content-Type` wins (e.g. `application/problem+json`); a string body under
 * a non-JSON media type is sent as it is, so text endpoints can be mocked too. `undefined` sends no body.
 */
export function jsonResponse(status: number, body: unknown, init?: HeadersInit): Response {
  const headers = new Headers(init)
  if (body === undefined) return emptyResponse(status, headers)
  const contentType = headers.get('content-type')
  if (typeof body === 'string' && contentType !== null && !JSON_MEDIA_TYPE.test(contentType)) {
    return textResponse(status, body, headers, contentType)
  }
  return textResponse(status, JSON.stringify(body), headers, 'application/json')
}

/**
 * A response as a contract declares it: the declared media type unless the caller sets a Content-Type,
 * JSON serialized, text as it is, bytes as they are; `undefined` sends no body.
 */
export function declaredResponse(
  status: number,
  body: unknown,
  type: BodyType | null,
  init?: HeadersInit,
): Response {
  const headers = new Headers(init)
  if (body === undefined || type === null) return emptyResponse(status, headers)
  // A caller's own Content-Type keeps its meaning (a problem+json, or text sent raw).
  if (headers.has('content-type')) return jsonResponse(status, body, headers)
  if (type.format === 'json') return textResponse(status, JSON.stringify(body), headers, type.mediaType)
  if (type.format === 'text') return textResponse(status, body as string, headers, type.mediaType)
  // A copy over its own ArrayBuffer: a view of a shared buffer is no BodyInit, and older msw types say so.
  const bytes = new Uint8Array(body instanceof ArrayBuffer ? body : (body as Uint8Array))
  headers.set('content-type', type.mediaType)
  headers.set('content-length', String(bytes.byteLength))
  return new HttpResponse(bytes.buffer, { status, headers })
}

/** A response whose body is exactly `text`, labelled `contentType` unless the caller labelled it. */
export function rawResponse(status: number, text: string, contentType: string, init?: HeadersInit): Response {
  return textResponse(status, text, new Headers(init), contentType)
}

/** A response without a body. */
export function emptyResponse(status: number, init?: HeadersInit): Response {
  return new HttpResponse(null, { status, headers: new Headers(init) })
}

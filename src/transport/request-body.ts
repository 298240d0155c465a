/** A request body as every transport sends it, and the Content-Type to add when the caller set none. */
export interface SerializedBody {
  /** A string for JSON, text and forms built here; anything else is the caller's value, untouched. */
  readonly body: unknown
  readonly contentType: string | undefined
  /** A stream: fetch needs `duplex: 'half'` to send it (Fetch standard, RequestInit `duplex`). */
  readonly stream: boolean
}

export const TEXT_TYPE = 'text/plain;charset=UTF-8'
const JSON_TYPE = 'application/json'
const FORM_TYPE = 'application/x-www-form-urlencoded'

/** What fetch sends as it is (WebIDL BodyInit), or, on Node, a stream or async iterable of bytes. */
function isBodyInit(body: object): boolean {
  return (
    body instanceof FormData ||
    body instanceof URLSearchParams ||
    body instanceof Blob ||
    body instanceof ArrayBuffer ||
    ArrayBuffer.isView(body) ||
    isStream(body)
  )
}

/** A body consumed by sending it: fetch needs `duplex: 'half'` for it, and it cannot be sent twice. */
export function isStream(body: object): boolean {
  return (
    (typeof ReadableStream !== 'undefined' && body instanceof ReadableStream) ||
    typeof (body as { pipe?: unknown }).pipe === 'function' ||
    typeof (body as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function'
  )
}

/**
 * The one serializer of request bodies, shared by every transport so the same call puts the same bytes
 * and Content-Type on the wire whatever sends it:
 * - plain objects (a null prototype too), arrays, objects with `toJSON` (a Date), numbers and booleans
 *   are JSON (`application/json`), or a form when the caller's Content-Type is
 *   `application/x-www-form-urlencoded`;
 * - a string is `text/plain;charset=UTF-8`, as fetch labels it;
 * - FormData, URLSearchParams, Blob, ArrayBuffer, typed arrays and streams are left as they are, for
 *   the transport to send and label as fetch does (a contract's declared form body arrives as one of
 *   the first two, built by form-body.ts);
 * - anything else becomes its string form, as fetch's WebIDL conversion would.
 */
export function serializeBody(body: unknown, contentType: string | null): SerializedBody {
  if (typeof body === 'string') return { body, contentType: TEXT_TYPE, stream: false }
  if (typeof body === 'object' && body !== null && isBodyInit(body)) {
    return { body, contentType: undefined, stream: isStream(body) }
  }
  if (isJson(body)) {
    if (contentType === FORM_TYPE && typeof body === 'object') {
      const form = new URLSearchParams(body as Record<string, string>).toString()
      return { body: form, contentType: undefined, stream: false }
    }
    return { body: JSON.stringify(body), contentType: JSON_TYPE, stream: false }
  }
  return { body: String(body), contentType: TEXT_TYPE, stream: false }
}

function isJson(body: unknown): boolean {
  if (typeof body === 'number' || typeof body === 'boolean') return true
  if (typeof body !== 'object' || body === null) return false
  const proto = Object.getPrototypeOf(body)
  return (
    proto === Object.prototype ||
    proto === null ||
    Array.isArray(body) ||
    typeof (body as { toJSON?: unknown }).toJSON === 'function'
  )
}

/** Serializes `body` for `headers`, adding its Content-Type unless the caller set one. */
export function serializeFor(body: unknown, headers: Headers): SerializedBody {
  const serialized = serializeBody(body, headers.get('content-type'))
  if (serialized.contentType !== undefined && !headers.has('content-type')) {
    headers.set('content-type', serialized.contentType)
  }
  return serialized
}

import { Readable } from 'node:stream'
import type { ReadableStream as NodeReadableStream } from 'node:stream/web'

/** A body undici's `request()` sends as it is. */
export type NodeBody = string | Uint8Array | Readable | AsyncIterable<Uint8Array> | null

/** The body to send and the Content-Type to add when the caller set none. */
export interface PreparedBody {
  readonly body: NodeBody
  readonly contentType: string | undefined
}

const JSON_TYPE = 'application/json'
const TEXT_TYPE = 'text/plain;charset=UTF-8'
const FORM_TYPE = 'application/x-www-form-urlencoded'
const NO_BODY: PreparedBody = { body: null, contentType: undefined }
// ofetch serializes JSON only for these methods; see `prepareBody`.
const PAYLOAD_METHODS: ReadonlySet<string> = new Set(['PATCH', 'POST', 'PUT', 'DELETE'])

/** What ofetch (the default transport) sends as JSON on a payload method. */
function isOfetchJson(body: unknown): boolean {
  switch (typeof body) {
    case 'number':
    case 'boolean':
      return true
    case 'object': {
      if (body === null) return false
      if (Array.isArray(body)) return true
      const object = body as { buffer?: unknown; toJSON?: unknown }
      if (object.buffer || body instanceof FormData || body instanceof URLSearchParams) return false
      const proto = Object.getPrototypeOf(body)
      // ofetch tests `constructor.name === 'Object'`, which a null-prototype object fails (it then fails in
      // fetch too); sending it as the JSON it plainly is, is the behaviour the default transport documents.
      return proto === null || body.constructor?.name === 'Object' || typeof object.toJSON === 'function'
    }
    default:
      return false
  }
}

function isPlainJson(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false
  if (Array.isArray(body)) return true
  const proto = Object.getPrototypeOf(body)
  return proto === Object.prototype || proto === null
}

function isNodeStream(body: unknown): body is Readable {
  return typeof (body as { pipe?: unknown }).pipe === 'function'
}

function isAsyncIterable(body: unknown): body is AsyncIterable<Uint8Array> {
  return typeof (body as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function'
}

/**
 * Serializes a request body the way the default transport (ofetch over fetch) does, so both transports
 * put the same bytes and Content-Type on the wire:
 * - a payload method (POST, PUT, PATCH, DELETE) sends plain objects, arrays, objects with `toJSON`,
 *   and truthy numbers and booleans as JSON (`application/json`), or as a form when the caller set
 *   Content-Type `application/x-www-form-urlencoded`; any other method sends plain objects and arrays as
 *   JSON;
 * - a string is `text/plain;charset=UTF-8`, URLSearchParams a form, FormData multipart and Blob its own
 *   type, as fetch labels them; bytes and streams go unlabelled.
 * Returns a promise only for FormData and Blob, whose bytes must be produced first.
 */
export function prepareBody(
  method: string,
  contentType: string | null,
  body: unknown,
): PreparedBody | Promise<PreparedBody> {
  if (body === undefined || body === null) return NO_BODY
  if (typeof body === 'string') return { body, contentType: TEXT_TYPE }
  if (PAYLOAD_METHODS.has(method) ? Boolean(body) && isOfetchJson(body) : isPlainJson(body)) {
    if (contentType === FORM_TYPE && PAYLOAD_METHODS.has(method)) {
      return { body: new URLSearchParams(body as Record<string, string>).toString(), contentType: undefined }
    }
    return { body: JSON.stringify(body), contentType: JSON_TYPE }
  }
  if (body instanceof URLSearchParams)
    return { body: body.toString(), contentType: `${FORM_TYPE};charset=UTF-8` }
  if (body instanceof ArrayBuffer) return { body: new Uint8Array(body), contentType: undefined }
  if (ArrayBuffer.isView(body)) {
    return { body: new Uint8Array(body.buffer, body.byteOffset, body.byteLength), contentType: undefined }
  }
  if (body instanceof ReadableStream) {
    return { body: Readable.fromWeb(body as NodeReadableStream), contentType: undefined }
  }
  if (body instanceof FormData || body instanceof Blob) return viaResponse(body)
  if (isNodeStream(body) || isAsyncIterable(body)) return { body, contentType: undefined }
  // fetch turns any other value into its string form (WebIDL USVString conversion).
  return { body: String(body), contentType: TEXT_TYPE }
}

/** FormData and Blob are serialized by the runtime's own Response, exactly as fetch would send them. */
async function viaResponse(body: FormData | Blob): Promise<PreparedBody> {
  const response = new Response(body)
  const bytes = new Uint8Array(await response.arrayBuffer())
  return { body: bytes, contentType: response.headers.get('content-type') ?? undefined }
}

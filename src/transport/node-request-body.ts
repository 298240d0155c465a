import { Readable } from 'node:stream'
import type { ReadableStream as NodeReadableStream } from 'node:stream/web'
import { serializeBody, TEXT_TYPE } from './request-body.js'

/** A body undici's `request()` sends as it is. */
export type NodeBody = string | Uint8Array | Readable | AsyncIterable<Uint8Array> | null

/** The body to send and the Content-Type to add when the caller set none. */
export interface PreparedBody {
  readonly body: NodeBody
  readonly contentType: string | undefined
}

const NO_BODY: PreparedBody = { body: null, contentType: undefined }

/**
 * The shared serializer's body (request-body.ts) in a form undici's `request()` takes, labelled as fetch
 * labels it: URLSearchParams a form, FormData multipart and Blob its own type; bytes and streams go
 * unlabelled. Returns a promise only for FormData and Blob, whose bytes must be produced first.
 */
export function prepareBody(
  contentType: string | null,
  input: unknown,
): PreparedBody | Promise<PreparedBody> {
  if (input === undefined || input === null) return NO_BODY
  const serialized = serializeBody(input, contentType)
  const body = serialized.body
  if (typeof body === 'string') return { body, contentType: serialized.contentType }
  if (body instanceof URLSearchParams) {
    return { body: body.toString(), contentType: 'application/x-www-form-urlencoded;charset=UTF-8' }
  }
  if (body instanceof ArrayBuffer) return { body: new Uint8Array(body), contentType: undefined }
  if (ArrayBuffer.isView(body)) {
    return { body: new Uint8Array(body.buffer, body.byteOffset, body.byteLength), contentType: undefined }
  }
  if (body instanceof ReadableStream) {
    return { body: Readable.fromWeb(body as NodeReadableStream), contentType: undefined }
  }
  if (body instanceof FormData || body instanceof Blob) return viaResponse(body)
  if (serialized.stream) return { body: body as Readable | AsyncIterable<Uint8Array>, contentType: undefined }
  return { body: String(body), contentType: TEXT_TYPE }
}

/** FormData and Blob are serialized by the runtime's own Response, exactly as fetch would send them. */
async function viaResponse(body: FormData | Blob): Promise<PreparedBody> {
  const response = new Response(body)
  const bytes = new Uint8Array(await response.arrayBuffer())
  return { body: bytes, contentType: response.headers.get('content-type') ?? undefined }
}

import { pipeline, type Readable, Transform, type TransformCallback } from 'node:stream'
import { constants, createBrotliDecompress, createGunzip, createInflate, createInflateRaw } from 'node:zlib'
import type { ReadOutcome } from '../body/read.js'

const EMPTY = new Uint8Array(0)
const TOO_LARGE: ReadOutcome = { type: 'tooLarge' }
const noop = (): void => {}

// The Fetch standard's decoders are lenient about a missing end of stream (browsers show a cut gzip body
// rather than fail), and Node's fetch flushes the same way; a transport that must match it does too.
const ZLIB_LENIENT = { flush: constants.Z_SYNC_FLUSH, finishFlush: constants.Z_SYNC_FLUSH }
const BROTLI_LENIENT = {
  flush: constants.BROTLI_OPERATION_FLUSH,
  finishFlush: constants.BROTLI_OPERATION_FLUSH,
}

/**
 * `deflate` is meant to be zlib-wrapped (RFC 9110 §8.4.1.2), but some servers send raw deflate; like
 * browsers and Node's fetch, the first byte decides (a zlib header has compression method 8 in its low
 * nibble).
 */
class DeflateDecoder extends Transform {
  #inner: Transform | undefined

  override _transform(chunk: Uint8Array, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (chunk.byteLength === 0) {
      callback()
      return
    }
    if (this.#inner === undefined) {
      const zlibWrapped = ((chunk[0] ?? 0) & 0x0f) === 0x08
      const inner = zlibWrapped ? createInflate(ZLIB_LENIENT) : createInflateRaw(ZLIB_LENIENT)
      inner.on('data', (decoded: Uint8Array) => this.push(decoded))
      inner.on('error', (error: Error) => this.destroy(error))
      this.#inner = inner
    }
    // Bytes after the end of the deflate stream are ignored, as Node's fetch and browsers do; zlib has
    // already ended its readable side for them.
    if (this.#inner.readableEnded) callback()
    else this.#inner.write(chunk, () => callback())
  }

  override _flush(callback: TransformCallback): void {
    const inner = this.#inner
    if (inner === undefined) {
      callback()
      return
    }
    // 'end' has already fired when the stream ended before its input did (trailing bytes): waiting for
    // it again would hang the body for good.
    if (inner.readableEnded) {
      callback()
      return
    }
    inner.once('end', () => callback())
    inner.end()
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.#inner?.destroy()
    callback(error)
  }
}

const DECODERS: Readonly<Record<string, () => Transform>> = {
  gzip: () => createGunzip(ZLIB_LENIENT),
  'x-gzip': () => createGunzip(ZLIB_LENIENT),
  deflate: () => new DeflateDecoder(),
  br: () => createBrotliDecompress(BROTLI_LENIENT),
}

/**
 * The decoders for a Content-Encoding, outermost last as applied (so first to run), or `undefined` when
 * the body is to be read as it is. As in the Fetch standard's HTTP-network fetch, a coding this runtime
 * does not know (including `identity`) leaves the whole body undecoded rather than half-decoded.
 */
export function decodersFor(contentEncoding: string | undefined): Transform[] | undefined {
  if (contentEncoding === undefined || contentEncoding === '') return undefined
  const codings = contentEncoding.toLowerCase().split(',')
  const decoders: Transform[] = []
  for (let i = codings.length - 1; i >= 0; i--) {
    const make = DECODERS[(codings[i] ?? '').trim()]
    if (make === undefined) {
      for (const decoder of decoders) decoder.destroy()
      return undefined
    }
    decoders.push(make())
  }
  return decoders
}

/** Chains `body` through `decoders`; an error anywhere destroys every stage and surfaces at the end. */
export function decode(body: Readable, decoders: readonly Transform[]): Readable {
  const [first, ...rest] = decoders
  if (first === undefined) return body
  return pipeline(body, first, ...rest, noop) as unknown as Readable
}

/**
 * Reads a Node stream to the end, counting the bytes it yields (decoded bytes, when it is a decoder),
 * and destroys it as soon as the count passes `limit`. A stream error rejects; so does a stream that was
 * already broken before reading started (undici destroys a body whose socket fails while nobody listens).
 */
export function readNodeBody(stream: Readable, limit: number): Promise<ReadOutcome> {
  if (stream.errored) return Promise.reject(stream.errored)
  if (stream.readableEnded) return Promise.resolve({ type: 'complete', bytes: EMPTY })
  if (stream.destroyed) return Promise.reject(new Error('the response body was destroyed before it was read'))
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = []
    let size = 0
    const onData = (chunk: Uint8Array): void => {
      size += chunk.byteLength
      if (size > limit) {
        stop()
        // An error listener stays: destroying an unfinished undici body emits RequestAbortedError.
        stream.on('error', noop)
        stream.destroy()
        resolve(TOO_LARGE)
        return
      }
      chunks.push(chunk)
    }
    const onEnd = (): void => {
      stop()
      resolve({ type: 'complete', bytes: concat(chunks, size) })
    }
    const onError = (error: unknown): void => {
      stop()
      stream.on('error', noop)
      reject(error)
    }
    const stop = (): void => {
      stream.off('data', onData)
      stream.off('end', onEnd)
      stream.off('error', onError)
    }
    stream.on('data', onData)
    stream.on('end', onEnd)
    stream.on('error', onError)
  })
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 0) return EMPTY
  if (chunks.length === 1 && chunks[0] !== undefined) return chunks[0]
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
}

/** The outcome of reading a body under a byte limit. */
export type ReadOutcome =
  | { readonly type: 'complete'; readonly bytes: Uint8Array }
  | { readonly type: 'tooLarge' }

const EMPTY = new Uint8Array(0)
const noop = (): void => {}

/**
 * The reader of each body being read, so that `discardBody` can stop a read in progress: after an abort,
 * Node's fetch can leave `read()` pending forever (a `gzip` body that is not gzip), and only cancelling
 * the reader ends it and frees the connection.
 */
const reading = new WeakMap<ReadableStream<Uint8Array>, ReadableStreamDefaultReader<Uint8Array>>()

/**
 * Reads a body stream to the end, counting decoded bytes, and cancels the stream as soon as the count
 * passes `limit` so a huge or endless body never fills memory. Read errors (a truncated body, a reset, an
 * abort) reject; the caller classifies them.
 */
export async function readBody(
  stream: ReadableStream<Uint8Array> | null,
  limit: number,
): Promise<ReadOutcome> {
  if (stream === null) return { type: 'complete', bytes: EMPTY }
  const reader = stream.getReader()
  reading.set(stream, reader)
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      // Not awaited: cancelling one branch of a teed stream (a cloned Response, as MSW makes) settles only
      // when the other branch is cancelled too. Errors mean the source is already gone, which is fine.
      reader.cancel().catch(noop)
      return { type: 'tooLarge' }
    }
    chunks.push(value)
  }
  if (chunks.length === 1 && chunks[0] !== undefined) return { type: 'complete', bytes: chunks[0] }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return { type: 'complete', bytes }
}

/**
 * Releases a body, unread or being read, so its connection can be reused or closed. Never waits, never
 * rejects.
 */
export function discardBody(stream: ReadableStream<Uint8Array> | null): void {
  if (stream === null) return
  // Not awaited, for the same reason as in readBody.
  const reader = reading.get(stream)
  if (reader !== undefined) reader.cancel().catch(noop)
  else if (!stream.locked) stream.cancel().catch(noop)
}

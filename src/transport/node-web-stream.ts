import type { Readable } from 'node:stream'

const noop = (): void => {}

/**
 * A Node stream as a web `ReadableStream`, pulled one chunk at a time. Not `Readable.toWeb`: on Node 20
 * it queues up to `readableHighWaterMark` *chunks* (16,384 of them) ahead of the reader (nodejs/node
 * #46347), so a fast server would fill memory under a slow consumer. Here nothing is read before the
 * consumer asks, and cancelling destroys the source, which closes undici's socket.
 */
export function nodeToWebStream(source: Readable): ReadableStream<Uint8Array> {
  const chunks = source[Symbol.asyncIterator]() as AsyncIterator<Uint8Array>
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const { done, value } = await chunks.next()
        if (done) controller.close()
        // A Buffer is a Uint8Array, but the web stream hands out plain ones, as fetch's body does.
        else controller.enqueue(new Uint8Array(value.buffer, value.byteOffset, value.byteLength))
      },
      cancel() {
        // Destroying an unfinished undici body emits RequestAbortedError; nobody is left to hear it.
        source.on('error', noop)
        source.destroy()
      },
    },
    { highWaterMark: 0 },
  )
}

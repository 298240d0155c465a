/**
 * The handed-over body, tied to the caller's signal. After the hand-over the attempt's deadline is over
 * (its timer covered the headers only) and no longer listens to the caller, so the body listens itself:
 * an abort cancels the source, which frees the connection, and errors the stream with the signal's
 * reason, as fetch's own body does, so a download cut short never looks complete.
 */
const noop = (): void => {}

export function guarded(
  source: ReadableStream<Uint8Array>,
  signal: AbortSignal | undefined,
): ReadableStream<Uint8Array> {
  if (signal === undefined) return source
  const reader = source.getReader()
  let stop: () => void = noop
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        const onAbort = (): void => {
          controller.error(signal.reason)
          reader.cancel(signal.reason).catch(noop)
        }
        stop = () => signal.removeEventListener('abort', onAbort)
        if (signal.aborted) onAbort()
        else signal.addEventListener('abort', onAbort, { once: true })
      },
      async pull(controller) {
        try {
          const { done, value } = await reader.read()
          if (signal.aborted) return
          if (done) {
            stop()
            controller.close()
          } else controller.enqueue(value)
        } catch (error) {
          stop()
          if (!signal.aborted) controller.error(error)
        }
      },
      cancel(reason) {
        stop()
        return reader.cancel(reason)
      },
    },
    { highWaterMark: 0 },
  )
}

/**
 * A web stream as an async iterable, for runtimes whose ReadableStream is not one yet (Safari). Leaving
 * the loop early (`break`, `return`, a throw) cancels the stream, and with it the connection.
 */
export async function* iterate<T>(stream: ReadableStream<T>): AsyncGenerator<T, void, undefined> {
  const reader = stream.getReader()
  let finished = false
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) {
        finished = true
        return
      }
      yield value
    }
  } catch (error) {
    finished = true
    throw error
  } finally {
    if (!finished) await reader.cancel().catch(noop)
    reader.releaseLock()
  }
}

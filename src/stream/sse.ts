/**
 * `text/event-stream` parsed by eventsource-parser, which follows the HTML standard's "interpreting an
 * event stream" (fields, comments, CR/LF/CRLF line ends, multi-line `data` joined by `\n`, an event
 * without data not dispatched, an unfinished last event dropped). Loaded only by calls that stream SSE.
 */
import type { StandardSchemaV1 } from '@standard-schema/spec'
import { createParser } from 'eventsource-parser'
import { iterate } from './guard.js'
import { jsonItem } from './json-item.js'
import type { ServerSentEvent, TypedServerSentEvent } from './types.js'

/** The events of a body, as they arrive; leaving the loop early cancels the body. */
export async function* eventsOf(stream: ReadableStream<Uint8Array>): AsyncGenerator<ServerSentEvent> {
  let ready: ServerSentEvent[] = []
  let retry: number | undefined
  const parser = createParser({
    onEvent: ({ event, data, id }) => {
      ready.push({
        event: event ?? 'message',
        data,
        ...(id === undefined ? {} : { id }),
        ...(retry === undefined ? {} : { retry }),
      })
      retry = undefined
    },
    // The standard sets the reconnection time without dispatching anything; it rides on the next event.
    onRetry: (ms) => {
      retry = ms
    },
  })
  // The standard decodes every event stream as UTF-8, whatever the charset says, and drops a leading BOM.
  const decoder = new TextDecoder('utf-8')
  for await (const chunk of iterate(stream)) {
    parser.feed(decoder.decode(chunk, { stream: true }))
    if (ready.length > 0) {
      const batch = ready
      ready = []
      yield* batch
    }
  }
  parser.feed(decoder.decode())
}

/** The events of a typed endpoint: each one's `data` parsed as JSON and validated as it arrives. */
export async function* typedEventsOf<T>(
  stream: ReadableStream<Uint8Array>,
  schema: StandardSchemaV1 | undefined,
): AsyncGenerator<TypedServerSentEvent<T>> {
  for await (const event of eventsOf(stream)) yield { ...event, ...(await jsonItem<T>(event.data, schema)) }
}

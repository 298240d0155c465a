import type { StandardSchemaV1 } from '@standard-schema/spec'

/**
 * How a 2xx body is handed over instead of being read whole: `'stream'` the bytes as a
 * `ReadableStream<Uint8Array>`, `'sse'` an `AsyncIterable<ServerSentEvent>` (text/event-stream),
 * `'ndjson'` an `AsyncIterable<NdjsonLine>` (application/x-ndjson, application/jsonl).
 */
export type ResponseType = 'stream' | 'sse' | 'ndjson'

/** One event of a `text/event-stream`, as the HTML standard's EventSource dispatches it. */
export interface ServerSentEvent {
  /** The `event:` field; `'message'` when the server sent none. */
  readonly event: string
  /** The `data:` lines, joined by `\n`. */
  readonly data: string
  /** The `id:` field of this event, when it had one. */
  readonly id?: string
  /** The `retry:` field (reconnection time, ms) sent in this event's block, when there was one. */
  readonly retry?: number
}

/** A streamed item that passed: the parsed JSON, validated when a schema was declared. */
export interface ItemOk<T> {
  readonly ok: true
  readonly value: T
  readonly issues?: never
}

/** A streamed item that did not parse as JSON or did not fit the schema; the stream goes on. */
export interface ItemFailed {
  readonly ok: false
  readonly value?: never
  readonly issues: readonly StandardSchemaV1.Issue[]
}

/** One line of an NDJSON body: its parsed JSON, or why it did not parse; `text` is the line as sent. */
export type NdjsonLine<T = unknown> = (ItemOk<T> | ItemFailed) & {
  /** The line as it came, without its line break. */
  readonly text: string
  /** 1 for the first line. */
  readonly line: number
}

/** An event of a typed SSE endpoint: the event, with its `data` parsed as JSON and validated. */
export type TypedServerSentEvent<T> = ServerSentEvent & (ItemOk<T> | ItemFailed)

/** What an event stream carries from one connection to the next (HTML standard: they persist). */
export interface ReconnectState {
  /** Reconnections left. */
  readonly left: number
  /** The last `id:` seen, sent as Last-Event-ID. */
  readonly lastEventId: string | undefined
  /** The reconnection time: the server's last `retry:`, else the default. */
  readonly waitMs: number
}

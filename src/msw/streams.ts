/**
 * Streamed answers for `mock.<ep>.events([...])` and `mock.<ep>.stream([...])`: the body is written piece
 * by piece, `delayMs` apart, so a test sees events arrive as a real server sends them, and a client that
 * leaves early (break, abort) stops the writing.
 */
import { validate } from '../core/validate.js'
import type { Endpoint } from '../contract/define.js'
import { declaredBody } from '../contract/declared-body.js'
import { declarationsOf } from '../contract/declared-for.js'
import type { Step } from './handler.js'
import { MockError } from './mock-error.js'
import type { MockEvent, StreamMockOptions } from './types.js'
import { checkDelay, pause } from './wait.js'

const encoder = new TextEncoder()

/** The 2xx a streamed mock answers with, and how the endpoint declares it. */
function streamedSuccess(endpoint: Endpoint, status: number | undefined) {
  const table = declarationsOf(endpoint.responses, declaredBody)
  if (status !== undefined) {
    const read = table.get(status)
    return read?.stream === undefined ? undefined : { status, ...read }
  }
  for (const [code, read] of table.codes) if (read.stream !== undefined) return { status: code, ...read }
  // A streamed range or default answers as the first code it covers that a client streams: 200.
  const covering = table.get(200)
  return covering?.stream === undefined ? undefined : { status: 200, ...covering }
}

/** One event as the HTML standard reads it back: each line of `data` its own `data:` field. */
function eventText({ event, data, id, retry }: MockEvent<string>): string {
  let text = event === undefined ? '' : `event: ${event}\n`
  if (id !== undefined) text += `id: ${id}\n`
  if (retry !== undefined) text += `retry: ${retry}\n`
  for (const line of data.split(/\r\n|\r|\n/)) text += `data: ${line}\n`
  return `${text}\n`
}

function streamedStep(
  pieces: readonly Uint8Array[],
  status: number,
  contentType: string,
  options: StreamMockOptions,
): Step {
  const delayMs = options.delayMs ?? 0
  return (request) => {
    let next = 0
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (next > 0 && delayMs > 0 && !(await pause(delayMs, request.signal))) {
          controller.close()
          return
        }
        const piece = pieces[next++]
        if (piece === undefined) controller.close()
        else controller.enqueue(piece)
      },
    })
    const headers = new Headers(options.headers)
    if (!headers.has('content-type')) headers.set('content-type', contentType)
    return new Response(body, { status, headers })
  }
}

export function eventsStep(
  where: string,
  endpoint: Endpoint,
  events: readonly MockEvent<unknown>[],
  options: StreamMockOptions,
): Step {
  checkDelay(where, options.delayMs ?? 0)
  const declared = streamedSuccess(endpoint, options.status)
  const schema = declared?.stream === 'sse' ? declared.schema : null
  const pieces = events.map((event, i) => {
    if (schema !== null) {
      // The event's data must fit the contract, as any mock body must.
      const checked = validate(schema, event.data)
      if (!(checked instanceof Promise) && checked.issues) {
        const said = checked.issues.map((issue) => issue.message).join('; ')
        throw new MockError(`${where}: event ${i + 1}'s data does not fit the declared schema: ${said}.`)
      }
    }
    const data = typeof event.data === 'string' && schema === null ? event.data : JSON.stringify(event.data)
    return encoder.encode(eventText({ ...event, data }))
  })
  return streamedStep(pieces, declared?.status ?? options.status ?? 200, 'text/event-stream', options)
}

export function streamStep(
  where: string,
  endpoint: Endpoint,
  chunks: readonly (string | Uint8Array)[],
  options: StreamMockOptions,
): Step {
  checkDelay(where, options.delayMs ?? 0)
  const declared = streamedSuccess(endpoint, options.status)
  if (declared === undefined && options.status === undefined) {
    throw new MockError(`${where}: the endpoint declares no streamed 2xx; give options.status.`)
  }
  const pieces = chunks.map((chunk) => (typeof chunk === 'string' ? encoder.encode(chunk) : chunk))
  const contentType = declared?.body?.mediaType ?? 'application/octet-stream'
  return streamedStep(pieces, declared?.status ?? options.status ?? 200, contentType, options)
}

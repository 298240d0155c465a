/**
 * The hand-over of a 2xx body to the caller, for `responseType: 'stream' | 'sse' | 'ndjson'`: the status,
 * header rules and the media type are judged first, as for any call; the body is then the caller's,
 * unread, with no byte limit and no attempt timer (the caller ends it with `signal` or by leaving the
 * loop). The core imports this module (and with it the SSE and NDJSON parsers) on the first streamed
 * response, so a bundler splits it off and a page that never streams does not download it.
 */
import type { StandardSchemaV1 } from '@standard-schema/spec'
import { mediaTypeOf } from '../body/media-type.js'
import type { ParsedBody } from '../body/parsed-body.js'
import type { AttemptOutcome } from '../core/attempt.js'
import { resolveLocation } from '../core/location.js'
import type { CallPlan } from '../core/plan.js'
import { protocolViolationResult, statusResult } from '../core/results.js'
import type { ClientSettings } from '../core/settings.js'
import { statusKind } from '../status.js'
import type { TransportResponse } from '../transport/types.js'
import type { Violation } from '../violation.js'
import { findViolations } from '../violations/engine.js'
import { execute } from '../core/execute.js'
import { guarded } from './guard.js'
import { linesOf } from './ndjson.js'
import { reconnecting } from './reconnect.js'
import { eventsOf, typedEventsOf } from './sse.js'
import type { ResponseType } from './types.js'

const NO_BODY: ParsedBody = { type: 'none' }
const RULE = 'unexpected-content-type'

/** The media types each parsed stream is read from (JSON Lines and NDJSON are one format). */
const MEDIA_TYPES: { readonly [T in ResponseType]?: readonly string[] } = {
  sse: ['text/event-stream'],
  ndjson: [
    'application/x-ndjson',
    'application/jsonl',
    'application/ndjson',
    'application/x-jsonlines',
    'application/jsonlines',
  ],
}

/** A body read whole by a transport that cannot stream, handed over as one chunk. */
function wholeBody(response: TransportResponse): ReadableStream<Uint8Array> {
  return new ReadableStream({
    async pull(controller) {
      const read = await response.readBody(Number.POSITIVE_INFINITY)
      if (read.type === 'complete' && read.bytes.byteLength > 0) controller.enqueue(read.bytes)
      controller.close()
    },
    cancel: () => response.discard(),
  })
}

function mediaTypeFinding(
  plan: CallPlan,
  as: ResponseType,
  mediaType: string | undefined,
  status: number,
): Violation | undefined {
  const wanted = MEDIA_TYPES[as]
  const level = plan.rules.levels.get(RULE)
  if (wanted === undefined || level === 'off' || (mediaType !== undefined && wanted.includes(mediaType))) {
    return undefined
  }
  return {
    rule: RULE,
    // Parsing a login page or a JSON error as events would hide what the server said; it is the lie.
    severity: level ?? 'error',
    message:
      `The server answered ${status} with ${mediaType ?? 'an unlabelled body'} to a request for ` +
      `${as === 'sse' ? 'server-sent events' : 'NDJSON'}; it should send ${wanted[0]}, or an error status.`,
  }
}

function dataOf(
  settings: ClientSettings,
  plan: CallPlan,
  body: ReadableStream<Uint8Array>,
  as: ResponseType,
  schema: StandardSchemaV1 | undefined,
): unknown {
  if (as === 'stream') return body
  if (as !== 'sse') return linesOf(body, schema)
  const events = schema === undefined ? eventsOf(body) : typedEventsOf(body, schema)
  if (!plan.reconnect) return events
  return reconnecting(events, {
    state: plan.reconnect,
    clock: settings.clock,
    signal: plan.signal,
    again: (next) => {
      const headers = new Headers(plan.headers)
      if (next.lastEventId !== undefined) headers.set('last-event-id', next.lastEventId)
      return execute(settings, { ...plan, headers, reconnect: next })
    },
  })
}

/** Judges a 2xx response to a streaming call and hands its body over, unless the server lied. */
export function handOver(
  settings: ClientSettings,
  plan: CallPlan,
  attempts: number,
  response: TransportResponse,
  as: ResponseType,
): AttemptOutcome {
  const { status, headers } = response
  const common = { request: plan.summary, attempts }
  const mediaType = mediaTypeOf(headers.get('content-type'))
  const declared = plan.responses?.get(status)
  const found = findViolations(
    {
      method: plan.method,
      status,
      headers,
      mediaType,
      body: NO_BODY,
      expectsJson: false,
      accept: plan.accept,
      declared: declared?.body,
      declaredKeys: undefined,
      contentRequired: false,
      now: settings.clock.now(),
    },
    plan.rules,
  )
  const wrongType = mediaTypeFinding(plan, as, mediaType, status)
  const violations = wrongType === undefined ? found : [...found, wrongType]
  const kind = statusKind(status)
  const outcome = (result: AttemptOutcome['result']): AttemptOutcome => ({
    result,
    serverWait: undefined,
    failedBeforeResponse: false,
    connectionDropped: false,
  })
  if (violations.some((v) => v.severity === 'error')) {
    response.discard()
    return outcome(protocolViolationResult({ status, headers, data: undefined, ...common, violations }, kind))
  }
  const source = response.stream ? response.stream() : wholeBody(response)
  const body = guarded(source ?? new ReadableStream({ start: (c) => c.close() }), plan.signal)
  const schema = declared?.stream === as ? (declared.schema ?? undefined) : undefined
  const data = dataOf(settings, plan, body, as, schema)
  const ok = plan.responses === undefined || declared !== undefined
  return outcome(
    statusResult(
      kind,
      ok,
      { status, headers, data, ...common, violations },
      {
        location: kind === 'created' ? resolveLocation(headers.get('location'), plan.url) : undefined,
        problem: undefined,
        retryAfterMs: undefined,
      },
    ),
  )
}

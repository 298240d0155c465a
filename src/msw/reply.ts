/**
 * `reply(status, body)`: a declared status with a body that fits its schema, checked when the handler is
 * made so that a mock cannot drift from the contract it claims to follow, sent with the declared media
 * type in the declared format (the client reads the contract the same way: contract/declared-body.ts).
 *
 * Sync schemas (nearly all: zod, valibot without `*Async`, arktype) are validated at once and a mismatch
 * throws a `MockError` where the mock was written. An async schema cannot be awaited there, because
 * `reply` returns a handler synchronously; its validation starts at once and is awaited by the first
 * request, where a mismatch throws the same `MockError` from the resolver: MSW prints it and answers
 * 500 with the message in the body, so the test fails with the reason in sight.
 */
import type { StandardSchemaV1 } from '@standard-schema/spec'
import { HttpResponse } from 'msw'
import { type BodyType, mediaTypeOf } from '../body/media-type.js'
import { type DeclaredBody, declaredBody } from '../contract/declared-body.js'
import type { Endpoint, ResponseDeclaration } from '../contract/define.js'
import { coveringKey } from '../contract/declared-for.js'
import { checkStatus, declaredResponse } from './body.js'
import type { Route, Step } from './handler.js'
import { MockError } from './mock-error.js'
import type { ReplyInit } from './options.js'
import { checkRedirect, redirectHeaders } from './redirect.js'
import { checkDelay, pause } from './wait.js'

type Issue = StandardSchemaV1.Issue

function pathOf(issue: Issue): string {
  const keys = (issue.path ?? []).map((segment) => (typeof segment === 'object' ? segment.key : segment))
  return keys.length === 0 ? '(root)' : keys.map(String).join('.')
}

function mismatch(
  where: string,
  route: Route,
  status: number,
  part: 'body' | 'headers',
  issues: readonly Issue[],
): MockError {
  const listed = issues.map((issue) => `${pathOf(issue)}: ${issue.message}`).join('; ')
  return new MockError(
    `${where}: the ${part} ${part === 'body' ? 'does' : 'do'} not fit the schema ${route.method} ${route.path} declares for ${status} (${listed}); fix the mock${part === 'headers' ? ' (init.headers, lower-cased names)' : ''}, or the contract if the API changed.`,
  )
}

/**
 * Validates a reply's body or headers: a sync schema at once (a mismatch throws where the mock was
 * written), an async one into a pending check the first request awaits.
 */
function check(
  where: string,
  route: Route,
  status: number,
  part: 'body' | 'headers',
  schema: StandardSchemaV1,
  value: unknown,
): Promise<MockError | undefined>[] {
  const outcome = schema['~standard'].validate(value)
  if (outcome instanceof Promise) {
    // Settled into a value, so an unused handler never leaves an unhandled rejection behind.
    return [
      outcome.then(
        (result) => (result.issues ? mismatch(where, route, status, part, result.issues) : undefined),
        (cause: unknown) =>
          new MockError(`${where}: the schema threw while validating the ${part}.`, { cause }),
      ),
    ]
  }
  if (outcome.issues) throw mismatch(where, route, status, part, outcome.issues)
  return []
}

/**
 * The media type a reply is sent as: the one `init.contentType` or a Content-Type header names, which
 * must be one the status declares when it declares several; else the first declared.
 */
function mediaOf(
  where: string,
  route: Route,
  status: number,
  declared: DeclaredBody,
  init: ReplyInit,
  headers: HeadersInit | undefined,
): DeclaredBody {
  const named = init.contentType ?? (declared.content && new Headers(headers).get('content-type'))
  const wanted = mediaTypeOf(named ?? null)
  if (wanted === undefined) return declared
  const chosen = declared.content
    ? declared.content.get(wanted)
    : declared.body?.mediaType === wanted
      ? declared
      : undefined
  if (chosen === undefined) {
    const types = declared.content
      ? [...declared.content.keys()]
      : declared.body
        ? [declared.body.mediaType]
        : []
    throw new MockError(
      `${where}: ${route.method} ${route.path} does not declare ${wanted} for ${status} (it declares ${types.join(', ') || 'no body'}); reply with a declared media type.`,
    )
  }
  return chosen
}

function declaredAt(where: string, route: Route, endpoint: Endpoint, status: number): DeclaredBody {
  const key = Number.isInteger(status) ? coveringKey(endpoint.responses, status) : undefined
  if (key === undefined) {
    const declared = Object.keys(endpoint.responses)
    throw new MockError(
      `${where}: ${route.method} ${route.path} does not declare status ${status} (it declares ${declared.join(', ')}); reply with a declared status, or add ${status} to the contract's responses.`,
    )
  }
  return declaredBody((endpoint.responses as Readonly<Record<string, ResponseDeclaration>>)[key])
}

/** A body a schema-less spec can send: a string for text, bytes for bytes, anything JSON for JSON. */
function checkFormat(where: string, route: Route, type: BodyType, body: unknown): void {
  const fits =
    type.format === 'json' ||
    (type.format === 'text'
      ? typeof body === 'string'
      : ArrayBuffer.isView(body) || body instanceof ArrayBuffer)
  if (!fits) {
    throw new MockError(
      `${where}: ${route.method} ${route.path} declares ${type.mediaType} read as ${type.format}; reply with ${type.format === 'text' ? 'a string' : 'a Uint8Array'}.`,
    )
  }
}

/** Checks status, body and delay against the contract, and returns the step that sends the reply. */
export function replyStep(
  route: Route,
  endpoint: Endpoint,
  status: number,
  body: unknown,
  init: ReplyInit,
): Step {
  const where = `${route.name}.reply(${status})`
  const declared = declaredAt(where, route, endpoint, status)
  let headers = redirectHeaders(where, status, init)
  const { schema, body: type } = mediaOf(where, route, status, declared, init, headers)
  if (declared.content !== undefined && init.contentType === undefined) {
    // Picked by the Content-Type header: sent as the declared media type in its format.
    headers = new Headers(headers)
    headers.delete('content-type')
  }
  if (type === null && body !== undefined) {
    throw new MockError(
      `${where}: ${route.method} ${route.path} declares ${status} without a body (null); call reply(${status}) without one.`,
    )
  }
  checkStatus(where, status, body !== undefined)
  if (type !== null && schema === null && body !== undefined) checkFormat(where, route, type, body)
  const delayMs = checkDelay(`${route.name}.reply`, init.delay ?? 0)

  const pending: Promise<MockError | undefined>[] = []
  if (schema !== null) pending.push(...check(where, route, status, 'body', schema, body))
  if (declared.headers !== undefined) {
    const record = Object.fromEntries(new Headers(headers))
    pending.push(...check(where, route, status, 'headers', declared.headers, record))
  }

  return async (request) => {
    for (const problem of await Promise.all(pending)) if (problem) throw problem
    checkRedirect(where, route, status, headers, request)
    if (delayMs > 0 && !(await pause(delayMs, request.signal))) return HttpResponse.error()
    return declaredResponse(status, body, type, headers)
  }
}

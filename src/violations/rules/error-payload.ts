/**
 * `error-payload-in-success`: a 2xx whose JSON body says the call failed ("200 with an error payload").
 * RFC 9110 §15.3: a 2xx means the request was successfully received, understood and accepted; an error
 * belongs in a 4xx or 5xx (§15.5, §15.6), where caches, monitoring and retry logic will see it.
 *
 * Only the top-level object is inspected (`{"data": {"error": "x"}}` is a resource that has an `error`
 * field), keys that the endpoint's schema declares are left alone, and the types are strict:
 * - `error`: a non-empty string, `true`, a non-empty array or an object with a member that says something.
 *   `null`, `""`, `false`, `0`, `[]`, `{}` and objects of only such members (GitHub's pages builds send
 *   `"error": {"message": null}` on every good build) are the "no error" values serializers emit.
 * - `ok` / `success`: only the boolean `false`; `0`, `"false"` and `null` are not read as failure.
 * - `errors`: a non-empty array in an error envelope, that is beside nothing but envelope members
 *   (`message`, `meta`, `links`, `jsonapi`...). Beside a resource field (`data`, even `null`, as in a
 *   GraphQL partial success; `imported`, `id`...) the errors are part of the resource. Items that each
 *   carry a numeric `line` are diagnostics of a document (GitHub's `GET .../codeowners/errors`, a linter's
 *   report): the resource the client asked for, since a failed request has no line to point at.
 * On a 207 Multi-Status nothing is flagged: its body reports an outcome per item, failures included, by
 * design (RFC 4918 §13).
 * - `status`: the string "error", "fail" or "failure" (any case), as JSend and many ad-hoc envelopes write.
 * - `status`, `statusCode` or `code`: an integer 400-599 together with a `message` string or an `error`.
 * A problem+json body is left to `problem-in-success`, which says more about it.
 */
import { PROBLEM_JSON } from '../../body/media-type.js'
import { isSharedCacheable } from '../cacheable.js'
import {
  hasKey,
  isDeclared,
  isJsonObject,
  isSuccess,
  type JsonObject,
  jsonObjectOf,
  jsonPointer,
  preview,
} from '../inspect.js'
import type { Finding, ResponseFacts, Rule } from '../types.js'

const FAILURE_STATUS_WORDS: ReadonlySet<string> = new Set(['error', 'fail', 'failure'])
const STATUS_CODE_KEYS = ['status', 'statusCode', 'code'] as const

// Members of an error envelope that say nothing about a resource.
const ENVELOPE_KEYS: ReadonlySet<string> = new Set([
  'errors',
  'message',
  'meta',
  'links',
  'jsonapi',
  'status',
  'code',
  'title',
  'detail',
  'documentation_url',
  'request_id',
  'requestId',
])

/** A value that says something: not null, "", false, 0, [] or {}, nor an object of only such values. */
function saysSomething(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value !== ''
  if (typeof value === 'number') return value !== 0
  if (value === true) return true
  if (Array.isArray(value)) return value.length > 0
  if (typeof value !== 'object' || value === null) return false
  // Deeper than a member of a member is content enough; the walk stays bounded on any body.
  if (depth > 1) return true
  for (const key in value) {
    if (Object.hasOwn(value, key) && saysSomething((value as JsonObject)[key], depth + 1)) return true
  }
  return false
}

/** A top-level `error` member: a number alone is a code of any meaning, so only the rest counts. */
function isErrorValue(value: unknown): boolean {
  return typeof value !== 'number' && saysSomething(value)
}

/** A document's diagnostics: every item points at a line. */
function isDiagnostics(items: readonly unknown[]): boolean {
  return items.every((item) => isJsonObject(item) && typeof item.line === 'number')
}

function isErrorEnvelope(body: JsonObject): boolean {
  const errors = body.errors
  if (!Array.isArray(errors) || errors.length === 0 || isDiagnostics(errors)) return false
  for (const key in body) if (Object.hasOwn(body, key) && !ENVELOPE_KEYS.has(key)) return false
  return true
}

function isErrorStatusCode(value: unknown): boolean {
  return Number.isInteger(value) && (value as number) >= 400 && (value as number) <= 599
}

/** Present, and not one the endpoint's schema declares. */
function usable(body: JsonObject, facts: ResponseFacts, key: string): boolean {
  return hasKey(body, key) && !isDeclared(facts, key)
}

/** The top-level key that says the body is an error, or `undefined` when the body looks like a success. */
function errorKeyOf(body: JsonObject, facts: ResponseFacts): string | undefined {
  if (usable(body, facts, 'error') && isErrorValue(body.error)) return 'error'
  if (usable(body, facts, 'ok') && body.ok === false) return 'ok'
  if (usable(body, facts, 'success') && body.success === false) return 'success'
  if (usable(body, facts, 'errors') && isErrorEnvelope(body)) return 'errors'
  const status = body.status
  if (
    usable(body, facts, 'status') &&
    typeof status === 'string' &&
    FAILURE_STATUS_WORDS.has(status.toLowerCase())
  ) {
    return 'status'
  }
  const explained = typeof body.message === 'string' || (body.error !== undefined && body.error !== null)
  if (!explained) return undefined
  return STATUS_CODE_KEYS.find((key) => usable(body, facts, key) && isErrorStatusCode(body[key]))
}

function check(facts: ResponseFacts): Finding | undefined {
  if (!isSuccess(facts.status) || facts.status === 207 || facts.mediaType === PROBLEM_JSON) return undefined
  const body = jsonObjectOf(facts)
  if (body === undefined) return undefined
  const key = errorKeyOf(body, facts)
  if (key === undefined) return undefined
  const cached = isSharedCacheable(facts.method, facts.status, facts.headers)
    ? ' This response is cacheable, so a shared cache or CDN may serve the error to other users.'
    : ''
  return {
    message:
      `The server answered ${facts.status} with an error in the body (${key}: ${preview(body[key])}); ` +
      'it should answer with the 4xx or 5xx status that fits the failure, because monitoring, caches and ' +
      `retry logic take a 2xx as success.${cached}`,
    pointer: jsonPointer(key),
  }
}

export const errorPayloadInSuccess: Rule = {
  id: 'error-payload-in-success',
  defaultSeverity: 'error',
  check,
}

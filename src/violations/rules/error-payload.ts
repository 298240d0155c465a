/**
 * `error-payload-in-success`: a 2xx whose JSON body says the call failed ("200 with an error payload").
 * RFC 9110 §15.3: a 2xx means the request was successfully received, understood and accepted; an error
 * belongs in a 4xx or 5xx (§15.5, §15.6), where caches, monitoring and retry logic will see it.
 *
 * Only the top-level object is inspected (`{"data": {"error": "x"}}` is a resource that has an `error`
 * field), keys that the endpoint's schema declares are left alone, and the types are strict:
 * - `error`: a non-empty string, `true`, a non-empty array or an object with at least one member. `null`,
 *   `""`, `false`, `[]` and `{}` are the "no error" values serializers emit and are not flagged.
 * - `ok` / `success`: only the boolean `false`; `0`, `"false"` and `null` are not read as failure.
 * - `errors`: a non-empty array and no `data` member at all. A `data` member, even `null`, marks a
 *   GraphQL-style result, whose errors may accompany a partial success.
 * - `status`: the string "error", "fail" or "failure" (any case), as JSend and many ad-hoc envelopes write.
 * - `status`, `statusCode` or `code`: an integer 400-599 together with a `message` string or an `error`.
 * A problem+json body is left to `problem-in-success`, which says more about it.
 */
import { PROBLEM_JSON } from '../../body/media-type.js'
import { isSharedCacheable } from '../cacheable.js'
import {
  hasKey,
  isDeclared,
  isSuccess,
  type JsonObject,
  jsonObjectOf,
  jsonPointer,
  preview,
} from '../inspect.js'
import type { Finding, ResponseFacts, Rule } from '../types.js'

const FAILURE_STATUS_WORDS: ReadonlySet<string> = new Set(['error', 'fail', 'failure'])
const STATUS_CODE_KEYS = ['status', 'statusCode', 'code'] as const

function isErrorValue(value: unknown): boolean {
  if (typeof value === 'string') return value !== ''
  if (value === true) return true
  if (Array.isArray(value)) return value.length > 0
  if (typeof value !== 'object' || value === null) return false
  for (const key in value) if (Object.hasOwn(value, key)) return true
  return false
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
  if (
    usable(body, facts, 'errors') &&
    Array.isArray(body.errors) &&
    body.errors.length > 0 &&
    !hasKey(body, 'data')
  ) {
    return 'errors'
  }
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
  if (!isSuccess(facts.status) || facts.mediaType === PROBLEM_JSON) return undefined
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

/**
 * Reading and classifying one response: its body under `maxBodyBytes` (or handed over, for a stream),
 * the violation rules, the declared schema, and the result kind with what the retry loop needs.
 */
import { isJsonMediaType, mediaTypeOf, PROBLEM_JSON } from '../body/media-type.js'
import { dataOf, hasNoContent, parseBody } from '../body/parse.js'
import type { ParsedBody } from '../body/parsed-body.js'
import { toProblem } from '../body/problem.js'
import { namesMediaType } from '../request/accept.js'
import type { HttpResult } from '../result.js'
import { asksForRetry, serverWait } from '../retry/policy.js'
import { statusKind, WAIT_STATUSES } from '../status.js'
import type { TransportResponse } from '../transport/types.js'
import { findViolations } from '../violations/engine.js'
import type { Deadline } from './deadline.js'
import { resolveLocation } from './location.js'
import type { CallPlan } from './plan.js'
import { bodyTooLargeResult, protocolViolationResult, schemaMismatchResult, statusResult } from './results.js'
import type { ClientSettings } from './settings.js'
import { validate } from './validate.js'

import type { StandardSchemaV1 } from '@standard-schema/spec'
import type { AttemptOutcome } from './attempt.js'

const NO_BODY: ParsedBody = { type: 'none' }

/** An outcome that nothing can follow up on: no server-directed wait, not a pre-response failure. */
export function final(result: HttpResult): AttemptOutcome {
  return { result, serverWait: undefined, failedBeforeResponse: false, connectionDropped: false }
}

/** Reads, checks and classifies the response of one attempt. */
export async function readResponse(
  settings: ClientSettings,
  plan: CallPlan,
  attempts: number,
  response: TransportResponse,
  deadline: Deadline,
): Promise<AttemptOutcome> {
  const { status, headers } = response
  const common = { request: plan.summary, attempts }
  const contentType = headers.get('content-type')
  const mediaType = mediaTypeOf(contentType)
  const declaredStatus = plan.responses?.get(status)
  // Several media types: the response's Content-Type picks the one it is read and checked with, else the first.
  const declared =
    declaredStatus?.content && mediaType !== undefined
      ? (declaredStatus.content.get(mediaType) ?? declaredStatus)
      : declaredStatus
  // Named, not reached through */*: a caller sending fetch's default */* expects nothing in particular.
  const expectsJson =
    declared === undefined ? namesMediaType(plan.accept, isJsonMediaType) : declared.body?.format === 'json'
  const streamAs = plan.responseType
  if (streamAs !== undefined && status >= 200 && status < 300 && !hasNoContent(plan.method, status)) {
    // The body is the caller's from here: no byte limit, and the attempt's timer stops now, so that it
    // can neither abort the body nor count the first load of the hand-over module, which a bundle
    // splits off so that pages that never stream do not download the parsers.
    deadline.end()
    const { handOver } = await import('../stream/hand-over.js')
    return handOver(settings, plan, attempts, response, streamAs)
  }
  let body: ParsedBody
  if (hasNoContent(plan.method, status)) {
    response.discard()
    body = NO_BODY
  } else {
    const read = await deadline.within(response.readBody(settings.maxBodyBytes))
    if (read.type === 'tooLarge')
      return final(bodyTooLargeResult(common, status, headers, settings.maxBodyBytes))
    // The declared format applies to the declared media type only: an HTML page is read as what it is.
    const readAs = declared?.body?.mediaType === mediaType ? declared?.body?.format : undefined
    body = parseBody(read.bytes, contentType, mediaType, readAs, expectsJson)
  }

  const now = settings.clock.now()
  const violations = findViolations(
    {
      method: plan.method,
      status,
      headers,
      mediaType,
      body,
      expectsJson,
      accept: plan.accept,
      declared: declared?.body,
      declaredKeys: declared?.declaredKeys,
      contentRequired: declared?.schema != null,
      now,
    },
    plan.rules,
  )
  const kind = statusKind(status)
  let data = dataOf(body)
  if (violations.some((v) => v.severity === 'error')) {
    return final(protocolViolationResult({ status, headers, data, ...common, violations }, kind))
  }
  let issues: readonly StandardSchemaV1.Issue[] | undefined
  if (declared?.schema) {
    let checked = validate(declared.schema, data)
    if (checked instanceof Promise) checked = await deadline.within(checked)
    if (checked.issues) issues = checked.issues
    else data = checked.value
  }
  if (declaredStatus?.headers) {
    let checked = validate(declaredStatus.headers, Object.fromEntries(headers))
    if (checked instanceof Promise) checked = await deadline.within(checked)
    if (checked.issues) {
      const named = checked.issues.map((issue) => ({ ...issue, path: ['headers', ...(issue.path ?? [])] }))
      issues = issues ? [...issues, ...named] : named
    }
  }
  if (issues) {
    return final(schemaMismatchResult({ status, headers, data, ...common, violations }, kind, issues))
  }
  const wait =
    WAIT_STATUSES.has(status) || asksForRetry(plan.retry, status, headers)
      ? serverWait(plan.retry, headers, now)
      : undefined
  const ok = status >= 200 && status < 300 && (plan.responses === undefined || declaredStatus !== undefined)
  const result = statusResult(
    kind,
    ok,
    { status, headers, data, ...common, violations },
    {
      location: kind === 'created' ? resolveLocation(headers.get('location'), plan.url) : undefined,
      problem: mediaType === PROBLEM_JSON && body.type === 'json' ? toProblem(body.value) : undefined,
      retryAfterMs: wait?.ms,
    },
  )
  return { result, serverWait: wait, failedBeforeResponse: false, connectionDropped: false }
}

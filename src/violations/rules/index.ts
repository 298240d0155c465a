/**
 * The built-in rules, in the order their findings are reported: what makes the body untrustworthy first,
 * then the header and status checks.
 */
import type { Rule } from '../types.js'
import { emptySuccessBody, malformedJson } from './content.js'
import { unexpectedContentType } from './content-type.js'
import { invalidRetryAfter, obsoleteDateFormat } from './dates.js'
import { errorPayloadInSuccess } from './error-payload.js'
import { contentLengthOnNoContent, requiredHeaderRules, statusOutOfRange } from './headers.js'
import { problemInSuccess, problemStatusMismatch } from './problem.js'

export const BUILT_IN_RULES: readonly Rule[] = [
  errorPayloadInSuccess,
  problemInSuccess,
  unexpectedContentType,
  malformedJson,
  emptySuccessBody,
  problemStatusMismatch,
  ...requiredHeaderRules,
  contentLengthOnNoContent,
  statusOutOfRange,
  invalidRetryAfter,
  obsoleteDateFormat,
]

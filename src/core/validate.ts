import type { StandardSchemaV1 } from '@standard-schema/spec'

/** What `validate` found: the schema's output, or its issues. */
export type Validation =
  | { readonly value: unknown; readonly issues?: undefined }
  | { readonly issues: readonly StandardSchemaV1.Issue[] }

/** The issue that stands for a schema that threw; the thrown value is kept as `cause`. */
export interface ThrownIssue extends StandardSchemaV1.Issue {
  readonly cause: unknown
}

function toValidation(outcome: StandardSchemaV1.Result<unknown>): Validation {
  if (outcome.issues) return { issues: outcome.issues }
  return { value: outcome.value }
}

/**
 * A schema that throws on the data (a recursive zod schema on a body 10,000 levels deep raises
 * `RangeError`) has not accepted it: the data broke the schema, so it is a mismatch like any other, with
 * the error as its one issue. Left to propagate, it became `networkError`, blaming the network for a body
 * that arrived whole (issue 13).
 */
function thrown(error: unknown): Validation {
  let said: string
  try {
    said = String(error) // `RangeError: Maximum call stack size exceeded`
  } catch {
    said = typeof error
  }
  const issue: ThrownIssue = { message: `The schema threw instead of validating (${said}).`, cause: error }
  return { issues: [issue] }
}

/**
 * Runs any Standard Schema (zod, valibot, arktype, ...), sync or async, without throwing or rejecting. A
 * synchronous schema gives a synchronous answer, so the response path does not pay a promise per
 * validated body; `await` works on both.
 */
export function validate(schema: StandardSchemaV1, value: unknown): Validation | Promise<Validation> {
  let outcome: StandardSchemaV1.Result<unknown> | Promise<StandardSchemaV1.Result<unknown>>
  try {
    outcome = schema['~standard'].validate(value)
  } catch (error) {
    return thrown(error)
  }
  return outcome instanceof Promise ? outcome.then(toValidation, thrown) : toValidation(outcome)
}

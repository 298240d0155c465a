import type { StandardSchemaV1 } from '@standard-schema/spec'

/** What `validate` found: the schema's output, or its issues. */
export type Validation =
  | { readonly value: unknown; readonly issues?: undefined }
  | { readonly issues: readonly StandardSchemaV1.Issue[] }

function toValidation(outcome: StandardSchemaV1.Result<unknown>): Validation {
  if (outcome.issues) return { issues: outcome.issues }
  return { value: outcome.value }
}

/**
 * Runs any Standard Schema (zod, valibot, arktype, ...), sync or async, without throwing. A synchronous
 * schema gives a synchronous answer, so the response path does not pay a promise per validated body;
 * `await` works on both.
 */
export function validate(schema: StandardSchemaV1, value: unknown): Validation | Promise<Validation> {
  const outcome = schema['~standard'].validate(value)
  return outcome instanceof Promise ? outcome.then(toValidation) : toValidation(outcome)
}

import type { StandardSchemaV1 } from '@standard-schema/spec'

/** Runs any Standard Schema (zod, valibot, arktype, ...), sync or async, without throwing. */
export async function validate(
  schema: StandardSchemaV1,
  value: unknown,
): Promise<
  | { readonly value: unknown; readonly issues?: undefined }
  | { readonly issues: readonly StandardSchemaV1.Issue[] }
> {
  let outcome = schema['~standard'].validate(value)
  if (outcome instanceof Promise) outcome = await outcome
  if (outcome.issues) return { issues: outcome.issues }
  return { value: outcome.value }
}

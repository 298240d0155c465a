import type { StandardSchemaV1 } from '@standard-schema/spec'
import { validate } from '../core/validate.js'
import type { ItemFailed, ItemOk } from './types.js'

/** Parses one streamed item's JSON and validates it; never throws, so one bad item never ends the loop. */
export async function jsonItem<T>(
  text: string,
  schema: StandardSchemaV1 | undefined,
): Promise<ItemOk<T> | ItemFailed> {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return { ok: false, issues: [{ message: `not JSON: ${(error as Error).message}` }] }
  }
  if (schema === undefined) return { ok: true, value: value as T }
  const checked = await validate(schema, value)
  return checked.issues ? { ok: false, issues: checked.issues } : { ok: true, value: checked.value as T }
}

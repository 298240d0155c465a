import type { StandardSchemaV1 } from '@standard-schema/spec'

/**
 * The top-level keys an object schema names, where the library exposes them: zod's `shape`,
 * valibot's `entries`. Standard Schema itself has no introspection; an unknown library gives
 * `undefined`, and the generic error-payload detector then checks every key as for an untyped call.
 */
export function schemaKeys(schema: StandardSchemaV1): ReadonlySet<string> | undefined {
  const candidate = schema as { shape?: unknown; entries?: unknown }
  const shape = candidate.shape ?? candidate.entries
  if (typeof shape === 'object' && shape !== null) return new Set(Object.keys(shape))
  return undefined
}

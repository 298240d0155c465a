// A response's `headers` map -> the header values a mock sends beside the status's body example: each
// header's documented example, and for a required header without one a value built from its schema, so
// that `mock.<ep>.example()` satisfies the headers schema the contract declares for the status.
import { sample } from 'openapi-sampler'
import { child, deref, isObject } from './pointer.js'

/** A header's value as sent: a simple-style string (OpenAPI 3, "Style Values": arrays comma-joined). */
function headerText(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (Array.isArray(value) && value.every((item) => typeof item !== 'object' || item === null))
    return value.map(String).join(',')
  return undefined
}

/** The first value of an `examples` map of Example Objects (a `$ref` each, or inline). */
function firstExample(doc: unknown, examples: unknown, at: string): unknown {
  if (!isObject(examples)) return undefined
  for (const [name, example] of Object.entries(examples)) {
    const { value } = deref(doc, example, child(at, name))
    if (isObject(value) && value.value !== undefined) return value.value
  }
  return undefined
}

/** What a Header Object or its schema documents: `example`, `examples`, and a 3.1 schema's `examples` list. */
function documented(doc: unknown, header: Record<string, unknown>, schema: unknown, at: string): unknown {
  if (header.example !== undefined) return header.example
  const named = firstExample(doc, header.examples, child(at, 'examples'))
  if (named !== undefined) return named
  if (!isObject(schema)) return undefined
  if (schema.example !== undefined) return schema.example
  return Array.isArray(schema.examples) ? schema.examples[0] : undefined
}

/**
 * The example value of each header (lower-cased names) of a Response Object's `headers`: the documented
 * one; for a required header without one, openapi-sampler's value for its schema (its `enum`'s first,
 * `0` for an integer, a date for `format: date-time`).
 */
export function headerExamples(doc: unknown, headers: unknown, at: string): Record<string, string> {
  const found: Record<string, string> = {}
  if (!isObject(headers)) return found
  for (const [name, header] of Object.entries(headers)) {
    // OpenAPI 3 (4.8.17.1): a Content-Type response header is ignored, as the contract ignores it.
    if (name.toLowerCase() === 'content-type') continue
    const { value, pointer } = deref(doc, header, child(at, name))
    if (!isObject(value)) continue
    const media = isObject(value.content) ? Object.values(value.content)[0] : undefined
    const raw = value.schema ?? (isObject(media) ? media.schema : undefined)
    const schema = deref(doc, raw, child(pointer, 'schema')).value
    let example = documented(doc, value, schema, pointer)
    if (example === undefined && isObject(media)) example = media.example
    if (example === undefined && value.required === true)
      example = sample((isObject(schema) ? schema : {}) as never, { quiet: true }, doc as object)
    const text = headerText(example)
    if (text !== undefined) found[name.toLowerCase()] = text
  }
  return found
}

// The values probes send: a valid one from the description (its example, else a sample that
// openapi-sampler builds from the schema's examples, defaults, enums and formats, as Redoc shows it),
// one that breaks the schema, and an identifier that names nothing.
import { sample } from 'openapi-sampler'
import { deref, isObject } from '../openapi/transform/pointer.js'

type Schema = Record<string, unknown>

function resolved(doc: Record<string, unknown>, schema: unknown): Schema {
  const { value } = deref(doc, schema, '#')
  return isObject(value) ? value : {}
}

/** A value valid for `schema`: the documented example when there is one, else a generated sample. */
export function validValue(doc: Record<string, unknown>, schema: Schema, example?: unknown): unknown {
  if (example !== undefined) return example
  // readOnly properties are the server's to set: a request that sends them may be refused rightly.
  return sample(schema as never, { skipReadOnly: true, quiet: true }, doc)
}

function typeOf(schema: Schema): string | undefined {
  if (typeof schema.type === 'string') return schema.type
  // 3.1 writes nullable types as a list: ['string', 'null'].
  if (Array.isArray(schema.type))
    return schema.type.find((t): t is string => typeof t === 'string' && t !== 'null')
  if (isObject(schema.properties)) return 'object'
  return undefined
}

const WRONG: Readonly<Record<string, unknown>> = {
  string: 12345,
  integer: 'not a number',
  number: 'not a number',
  boolean: 'not a boolean',
  object: 'not an object',
  array: 'not an array',
}

// A form carries text: a number where a string goes, or one value where a list goes, still fits it.
const WRONG_AS_TEXT: ReadonlySet<string> = new Set(['integer', 'number', 'boolean'])

/**
 * A body that breaks the schema in one place a server must check: a required property (else the first
 * typed one) of the wrong type, or the wrong type for the whole body. `undefined` when the schema says
 * too little to break it for sure. For a `form`, only a property whose wrong value is still wrong as text.
 */
export function invalidBody(
  doc: Record<string, unknown>,
  schema: Schema,
  valid: unknown,
  form = false,
): unknown {
  const top = resolved(doc, schema)
  const type = typeOf(top)
  if (type === 'object' && isObject(top.properties) && isObject(valid)) {
    const properties = top.properties
    const required = Array.isArray(top.required) ? top.required.filter((n) => typeof n === 'string') : []
    const names = [...required, ...Object.keys(properties)]
    for (const name of names) {
      const type = typeOf(resolved(doc, properties[name])) ?? ''
      if (form && !WRONG_AS_TEXT.has(type)) continue
      const wrong = WRONG[type]
      if (wrong !== undefined) return { ...valid, [name]: wrong }
    }
  }
  return type === undefined || form ? undefined : WRONG[type]
}

/**
 * A path parameter value of the right form that names nothing, or `undefined` when the form leaves no
 * room for one (an enum, a pattern): a request with a malformed identifier may rightly get 400.
 */
export function unknownIdentifier(doc: Record<string, unknown>, schema: Schema): string | undefined {
  const top = resolved(doc, schema)
  if (Array.isArray(top.enum) || top.pattern !== undefined || top.const !== undefined) return undefined
  const type = typeOf(top) ?? 'string'
  if (type === 'integer' || type === 'number') {
    const maximum = typeof top.maximum === 'number' ? top.maximum : 987654321
    return String(Math.min(maximum, 987654321))
  }
  if (type !== 'string') return undefined
  if (top.format === 'uuid') return 'ffffffff-ffff-4fff-bfff-ffffffffffff'
  const maxLength = typeof top.maxLength === 'number' ? top.maxLength : 64
  return 'honest-fetch-audit-missing'.slice(0, Math.max(1, maxLength))
}

/** A parameter value as it goes into a path, query or header: strings as they are, the rest as JSON. */
export function asText(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? '')
}

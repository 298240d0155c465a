// Single-type schema objects -> zod: enums and const, strings with formats, numbers, arrays, objects.
import { arrayLiteral, call, key, literal, objectLiteral } from './code.js'
import { type Context, hasLazy, unmarkLazy } from './context.js'
import { child, isObject } from './pointer.js'
import { schemaSource } from './schema.js'
import { isReadOnly, isWriteOnly } from './visibility.js'

// Formats a client can check without rejecting what real servers send. GitHub marks URI templates
// (`https://api.github.com/users/{user}`) as `uri`, so these checks are opt-in (`--strict-formats`).
const STRICT_FORMATS: Readonly<Record<string, string>> = {
  'date-time': 'z.iso.datetime({ offset: true })',
  date: 'z.iso.date()',
  email: 'z.email()',
  uri: 'z.url()',
  uuid: 'z.uuid()',
}

function enumSource(values: readonly unknown[]): string {
  const present = values.filter((value) => value !== null)
  if (present.length === 0) return 'z.null()'
  if (present.every((value) => typeof value === 'string'))
    return call('z.enum', [arrayLiteral(present.map(literal))])
  const literals = present.map((value) => `z.literal(${literal(value)})`)
  return literals.length === 1 ? (literals[0] as string) : call('z.union', [arrayLiteral(literals)])
}

function stringSource(ctx: Context, schema: Record<string, unknown>): string {
  const format = typeof schema.format === 'string' ? schema.format : undefined
  if (format === 'binary') return 'z.instanceof(Blob)'
  if (format !== undefined && ctx.options.strictFormats) return STRICT_FORMATS[format] ?? 'z.string()'
  return 'z.string()'
}

function objectSource(ctx: Context, schema: Record<string, unknown>, pointer: string): string {
  const properties = isObject(schema.properties) ? schema.properties : {}
  const required = new Set(Array.isArray(schema.required) ? schema.required : [])
  // A request leaves out what the server sets (readOnly); a response may lack what only goes in (writeOnly).
  const sent = Object.entries(properties).filter(
    ([, property]) => ctx.side !== 'request' || !isReadOnly(ctx.doc, property),
  )
  const members = sent.map(([name, property]) => {
    const value = schemaSource(ctx, property, child(child(pointer, 'properties'), name))
    const optional = !required.has(name) || (ctx.side === 'response' && isWriteOnly(ctx.doc, property))
    const source = optional ? `${value}.optional()` : value
    // A property that closes a cycle reads its schema through a getter, zod 4's form for recursion.
    if (hasLazy(source)) return `get ${key(name)}() {\n  return ${unmarkLazy(source)}\n}`
    return `${key(name)}: ${source}`
  })
  const extra = schema.additionalProperties
  const extraSource =
    isObject(extra) && Object.keys(extra).length > 0
      ? schemaSource(ctx, extra, child(pointer, 'additionalProperties'))
      : undefined
  if (Object.keys(properties).length === 0) {
    // No named properties: a map. `additionalProperties: false` with nothing named is an empty object.
    if (extra === false) return 'z.object({})'
    return call('z.record', ['z.string()', extraSource ?? 'z.unknown()'])
  }
  // Unknown keys are stripped, not refused, even under `additionalProperties: false`: servers add
  // fields over time, and a new field must not turn a good response into a schema mismatch.
  const object = call('z.object', [objectLiteral(members)])
  return extraSource === undefined ? object : `${object}.catchall(${extraSource})`
}

function singleType(ctx: Context, type: unknown, schema: Record<string, unknown>, pointer: string): string {
  switch (type) {
    case 'string':
      return stringSource(ctx, schema)
    case 'integer':
      return 'z.number().int()'
    case 'number':
      return 'z.number()'
    case 'boolean':
      return 'z.boolean()'
    case 'null':
      return 'z.null()'
    case 'array': {
      const items = schemaSource(ctx, schema.items ?? {}, child(pointer, 'items'))
      return `z.array(${items})`
    }
    case 'object':
      return objectSource(ctx, schema, pointer)
    default:
      if (isObject(schema.properties) || schema.additionalProperties !== undefined)
        return objectSource(ctx, schema, pointer)
      if (schema.items !== undefined) {
        // JSON Schema applies `items` to arrays only and lets any other value through, and descriptions
        // converted from Swagger 2 put it on object schemas (Slack's `objs_user`): reading it as an array
        // would refuse every real response, so the schema checks nothing, as JSON Schema says.
        ctx.note('schema', pointer, 'has items but no type; any value passes, as JSON Schema reads it')
        return 'z.unknown()'
      }
      if (type !== undefined)
        ctx.note('schema', pointer, `has unknown type ${JSON.stringify(type)}; read as any value`)
      return 'z.unknown()'
  }
}

/** A schema object without composition keywords. */
export function typedSchema(ctx: Context, schema: Record<string, unknown>, pointer: string): string {
  if (Array.isArray(schema.enum)) return enumSource(schema.enum)
  if (schema.const !== undefined) return `z.literal(${literal(schema.const)})`
  if (Array.isArray(schema.type)) {
    // 3.1 type arrays: `null` is nullability (added by the caller); the others a union.
    const types = schema.type.filter((type) => type !== 'null')
    if (types.length === 0) return 'z.null()'
    const sources = types.map((type) => singleType(ctx, type, schema, pointer))
    return sources.length === 1 ? (sources[0] as string) : call('z.union', [arrayLiteral(sources)])
  }
  return singleType(ctx, schema.type, schema, pointer)
}

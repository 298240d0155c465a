// Schema object -> zod 4 source. One entry point; composition (`allOf`, `oneOf`, `anyOf`) here, the
// single types in schema-types.ts.
import { arrayLiteral, call } from './code.js'
import type { Context } from './context.js'
import { child, isObject } from './pointer.js'
import { discriminatedUnion } from './schema-discriminator.js'
import { typedSchema } from './schema-types.js'

function nullable(source: string): string {
  return `${source}.nullable()`
}

function composition(ctx: Context, schema: Record<string, unknown>, pointer: string): string | undefined {
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const members = schema[keyword]
    if (!Array.isArray(members)) continue
    const at = child(pointer, keyword)
    const tagged = discriminatedUnion(ctx, schema, members, at)
    if (tagged !== undefined) return tagged
    // zod's union takes the first member that fits, which is what both keywords allow a client to do:
    // exactly-one (oneOf) is the server's promise, not something a reader can rely on to choose.
    const sources = members.map((member, i) => schemaSource(ctx, member, child(at, i)))
    return sources.length === 1 ? (sources[0] as string) : call('z.union', [arrayLiteral(sources)])
  }
  const parts = schema.allOf
  if (Array.isArray(parts)) {
    const at = child(pointer, 'allOf')
    const sources = parts.map((part, i) => schemaSource(ctx, part, child(at, i)))
    const own = { ...schema }
    delete own.allOf
    delete own.nullable
    if (isObject(own.properties) || own.type !== undefined) sources.push(typedSchema(ctx, own, pointer))
    if (sources.length === 0) return 'z.unknown()'
    return sources.reduce((all, next) => call('z.intersection', [all, next]))
  }
  return undefined
}

/** The nullability a schema declares: 3.0's `nullable: true`, or `null` in a 3.1 type array or enum. */
function isNullable(schema: Record<string, unknown>): boolean {
  if (schema.nullable === true) return true
  if (Array.isArray(schema.type) && schema.type.includes('null') && schema.type.length > 1) return true
  return Array.isArray(schema.enum) && schema.enum.includes(null) && schema.enum.length > 1
}

/** Zod source for the schema object at `pointer`. */
export function schemaSource(ctx: Context, schema: unknown, pointer: string): string {
  if (schema === true || (isObject(schema) && Object.keys(schema).length === 0)) return 'z.unknown()'
  if (schema === false) return 'z.never()'
  if (!isObject(schema)) {
    ctx.note('schema', pointer, 'is not a schema object; read as any value')
    return 'z.unknown()'
  }
  // 3.0 ignores a $ref's siblings and 3.1 reads them as annotations, but `nullable: true` beside a
  // $ref is common in real descriptions and means what it says; honouring it only accepts more.
  if (typeof schema.$ref === 'string') {
    const name = ctx.schemaRef(schema.$ref, pointer)
    return schema.nullable === true ? nullable(name) : name
  }
  const source = composition(ctx, schema, pointer) ?? typedSchema(ctx, schema, pointer)
  return isNullable(schema) && !source.endsWith('.nullable()') ? nullable(source) : source
}

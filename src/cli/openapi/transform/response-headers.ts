// A response's `headers` map -> `z.object({ 'x-name': <string schema>, ... })`, shared as one constant
// per distinct object (GitHub's `Link` on every list would otherwise be written, and checked, hundreds
// of times).
import { call, key, literal, objectLiteral } from './code.js'
import type { Context } from './context.js'
import { pascalCase } from './names.js'
import { child, deref, isObject } from './pointer.js'

// A header's value is text: a number or boolean schema becomes a string of that shape, one constant each.
const SHAPES: Readonly<Record<string, readonly [name: string, source: string]>> = {
  integer: ['IntegerHeader', 'z.string().regex(/^-?\\d+$/)'],
  number: ['NumberHeader', 'z.string().regex(/^-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?$/)'],
  boolean: ['BooleanHeader', "z.enum(['true', 'false'])"],
}

function valueSource(ctx: Context, schema: unknown): string {
  if (!isObject(schema)) return 'z.string()'
  if (Array.isArray(schema.enum) && schema.enum.length > 0) {
    const values = [...new Set(schema.enum.filter((v) => v !== null).map(String))]
    if (values.length > 0) return call('z.enum', [`[${values.map(literal).join(', ')}]`])
  }
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type
  const shape = typeof type === 'string' ? SHAPES[type] : undefined
  return shape === undefined ? 'z.string()' : ctx.shared(shape[1], shape[0])
}

/** The source of a response's headers schema, or `undefined` when it declares none. */
export function responseHeadersSource(ctx: Context, headers: unknown, at: string): string | undefined {
  if (!isObject(headers)) return undefined
  const members: string[] = []
  for (const [name, header] of Object.entries(headers)) {
    // OpenAPI 3 (4.8.17.1): a Content-Type response header is ignored; the content map says it.
    if (name.toLowerCase() === 'content-type') continue
    const { value } = deref(ctx.doc, header, child(at, name))
    if (!isObject(value)) continue
    const media = isObject(value.content) ? Object.values(value.content)[0] : undefined
    const schema = value.schema ?? (isObject(media) ? media.schema : undefined)
    const optional = value.required === true ? '' : '.optional()'
    members.push(
      `${key(name.toLowerCase())}: ${valueSource(ctx, isObject(schema) ? deref(ctx.doc, schema, at).value : schema)}${optional}`,
    )
  }
  if (members.length === 0) return undefined
  const names = Object.keys(headers).filter((name) => name.toLowerCase() !== 'content-type')
  // One member per line when several: the constant's name comes before it, which `objectLiteral` cannot see.
  const object = members.length === 1 ? objectLiteral(members) : `{\n  ${members.join(',\n  ')},\n}`
  return ctx.shared(call('z.object', [object]), `${pascalCase(names.slice(0, 2).join(' '))}Headers`)
}

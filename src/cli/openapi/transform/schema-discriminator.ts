// `oneOf`/`anyOf` with a `discriminator` -> `z.discriminatedUnion`, when every member is a reference to
// a plain object schema: zod needs each member to be an object whose tag is a literal, so each member is
// extended with the tag value the mapping (or, without one, the schema's name) gives it.
import { arrayLiteral, call, key, str } from './code.js'
import type { Context } from './context.js'
import { isObject, resolvePointer } from './pointer.js'

function isPlainObject(schema: unknown): boolean {
  if (!isObject(schema)) return false
  if (schema.allOf || schema.oneOf || schema.anyOf || schema.$ref || schema.nullable) return false
  return isObject(schema.properties) && (schema.type === undefined || schema.type === 'object')
}

/** Tag values per member `$ref`: the mapping's entries, else the last segment of the reference. */
function tagsOf(discriminator: Record<string, unknown>, refs: readonly string[]): Map<string, string[]> {
  const tags = new Map<string, string[]>(refs.map((ref) => [ref, []]))
  const mapping = isObject(discriminator.mapping) ? discriminator.mapping : {}
  for (const [value, target] of Object.entries(mapping)) {
    if (typeof target !== 'string') continue
    const ref = target.startsWith('#') ? target : refs.find((r) => r.endsWith(`/${target}`))
    if (ref !== undefined) tags.get(ref)?.push(value)
  }
  for (const [ref, values] of tags) if (values.length === 0) values.push(ref.split('/').pop() ?? ref)
  return tags
}

export function discriminatedUnion(
  ctx: Context,
  schema: Record<string, unknown>,
  members: readonly unknown[],
  pointer: string,
): string | undefined {
  const discriminator = schema.discriminator
  if (!isObject(discriminator) || typeof discriminator.propertyName !== 'string') return undefined
  const refs = members.map((member) =>
    isObject(member) && typeof member.$ref === 'string' ? member.$ref : '',
  )
  if (refs.some((ref) => ref === '' || !isPlainObject(resolvePointer(ctx.doc, ref, pointer)))) {
    ctx.note('discriminator', pointer, 'has members that are not plain object schemas; read as a plain union')
    return undefined
  }
  const tag = discriminator.propertyName
  // A tagged union refuses a body without the tag. OpenAPI asks for the property to be required; where a
  // member does not require it (GitHub's `user_view_type`), real bodies may lack it, so read a plain union.
  const untagged = refs.filter((ref) => {
    const target = resolvePointer(ctx.doc, ref, pointer) as Record<string, unknown>
    return !(Array.isArray(target.required) && target.required.includes(tag))
  })
  if (untagged.length > 0) {
    ctx.note(
      'discriminator',
      pointer,
      `${JSON.stringify(tag)} is not required by every member; read as a plain union`,
    )
    return undefined
  }
  const options: string[] = []
  for (const [ref, values] of tagsOf(discriminator, refs)) {
    const name = ctx.schemaRef(ref, pointer)
    if (name.startsWith('\u0000')) return undefined
    const value =
      values.length === 1
        ? `z.literal(${str(values[0] as string)})`
        : `z.enum(${arrayLiteral(values.map(str))})`
    options.push(`${name}.extend({ ${key(tag)}: ${value} })`)
  }
  return call('z.discriminatedUnion', [str(tag), arrayLiteral(options)])
}

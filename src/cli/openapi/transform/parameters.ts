// Parameters -> the path template's spanning names, and zod objects for the query and the headers.
import { arrayLiteral, call, key, objectLiteral, str } from './code.js'
import type { Context } from './context.js'
import { child, deref, isObject } from './pointer.js'
import { schemaSource } from './schema.js'

interface Parameter {
  readonly name: string
  readonly in: string
  readonly required: boolean
  readonly schema: unknown
  readonly pointer: string
  readonly raw: Record<string, unknown>
}

export interface ParameterParts {
  /** Path parameters that span segments (`x-multi-segment`, GitHub's `/contents/{path}`). */
  readonly spanning: ReadonlySet<string>
  readonly query?: string
  readonly headers?: string
}

/** Path-level parameters, overridden by operation-level ones of the same name and location. */
function collect(ctx: Context, lists: readonly [unknown, string][]): Parameter[] {
  const byKey = new Map<string, Parameter>()
  for (const [list, at] of lists) {
    if (!Array.isArray(list)) continue
    list.forEach((item, i) => {
      const { value, pointer } = deref(ctx.doc, item, child(at, i))
      if (!isObject(value) || typeof value.name !== 'string' || typeof value.in !== 'string') {
        ctx.note('parameter', pointer, 'is not a parameter object (name and in); left out')
        return
      }
      // A parameter is described by `schema`, or by `content` with one media type (OpenAPI 3, 4.8.12.2).
      const media = isObject(value.content) ? Object.values(value.content)[0] : undefined
      const schema = value.schema ?? (isObject(media) ? media.schema : undefined)
      const found = {
        name: value.name,
        in: value.in,
        required: value.required === true,
        schema,
        pointer,
        raw: value,
      }
      byKey.set(`${value.in}:${value.name}`, found)
    })
  }
  return [...byKey.values()]
}

function querySource(ctx: Context, param: Parameter): string {
  const schema = param.schema
  let source = schemaSource(ctx, schema, child(param.pointer, 'schema'))
  if (param.raw.explode === false && isObject(schema) && schema.type === 'array') {
    // `form` without explode: one key, the values joined by commas (OpenAPI 3, "Style Values").
    source = `${source}.transform((values) => values?.join(','))`
  }
  return source
}

function objectOf(members: readonly string[], allOptional: boolean, deep: readonly string[] = []): string {
  let object = call('z.object', [objectLiteral(members)])
  // `deepObject` parameters travel as `name[key]=value`; the module's helper flattens them after checking.
  if (deep.length > 0)
    object = `${object}.transform((query) => deepObjects(query, ${arrayLiteral(deep.map(str))}))`
  // An all-optional query or header set may be left out of the call entirely.
  return allOptional ? `${object}.optional()` : object
}

export function parameterParts(ctx: Context, lists: readonly [unknown, string][]): ParameterParts {
  const params = collect(ctx, lists)
  const spanning = new Set(
    params
      .filter((p) => p.in === 'path' && (p.raw['x-multi-segment'] === true || p.raw.allowReserved === true))
      .map((p) => p.name),
  )
  const query = params.filter((p) => p.in === 'query')
  const headers = params.filter((p) => p.in === 'header')
  for (const p of params.filter((p) => p.in === 'cookie'))
    ctx.note(
      'cookie',
      p.pointer,
      `cookie parameter ${JSON.stringify(p.name)} is not declared (no cookie schema in contracts)`,
    )
  const parts: { spanning: Set<string>; query?: string; headers?: string } = { spanning }
  if (query.length > 0) {
    const members = query.map(
      (p) => `${key(p.name)}: ${querySource(ctx, p)}${p.required ? '' : '.optional()'}`,
    )
    const deep = query.filter((p) => p.raw.style === 'deepObject').map((p) => p.name)
    if (deep.length > 0) ctx.usesDeepObject = true
    parts.query = objectOf(
      members,
      query.every((p) => !p.required),
      deep,
    )
  }
  if (headers.length > 0) {
    // Header values travel as strings; an enum keeps its values, anything else is a string.
    const members = headers.map((p) => {
      const schema =
        isObject(p.schema) && Array.isArray(p.schema.enum)
          ? schemaSource(ctx, p.schema, child(p.pointer, 'schema'))
          : 'z.string()'
      return `${key(p.name.toLowerCase())}: ${schema}${p.required ? '' : '.optional()'}`
    })
    parts.headers = objectOf(
      members,
      headers.every((p) => !p.required),
    )
  }
  return parts
}

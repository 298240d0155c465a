// Request body object -> the `body` of the endpoint. JSON bodies get their schema; form bodies a
// `{ contentType, schema, encoding? }` form with the object schema of their fields and the encoding the
// description gives per property. JSON is preferred where a body lists both.
import { key, objectLiteral, optional as optionalOf, str } from './code.js'
import type { Context } from './context.js'
import { isPlainJson, preferred } from './media-type.js'
import { child, deref, isObject } from './pointer.js'
import { schemaSource } from './schema.js'

const FORMS: ReadonlySet<string> = new Set(['application/x-www-form-urlencoded', 'multipart/form-data'])

/** One property's Encoding Object as the contract's `FormEncoding`: what the client can honour. */
function encodingSource(ctx: Context, encoding: unknown, pointer: string): string | undefined {
  if (!isObject(encoding)) return undefined
  const members: string[] = []
  const { style, explode, contentType } = encoding
  if (style === 'form' || style === 'deepObject') members.push(`style: ${str(style)}`)
  else if (style !== undefined) {
    ctx.note('formEncoding', child(pointer, 'style'), `style ${JSON.stringify(style)} is sent as 'form'`)
  }
  if (typeof explode === 'boolean') members.push(`explode: ${explode}`)
  // `image/png, image/jpeg` lists what a server takes; a part is sent with the first.
  if (typeof contentType === 'string')
    members.push(`contentType: ${str(contentType.split(',')[0]?.trim() ?? '')}`)
  return members.length === 0 ? undefined : objectLiteral(members)
}

/** The form body; an optional one is optional through its schema, which the call's `body` key follows. */
function formSource(
  ctx: Context,
  type: string,
  media: Record<string, unknown>,
  pointer: string,
  optional: boolean,
): string {
  const schema =
    media.schema === undefined
      ? 'z.record(z.string(), z.unknown())'
      : schemaSource(ctx, media.schema, child(pointer, 'schema'))
  const members = [`contentType: ${str(type)}`, `schema: ${optional ? optionalOf(schema) : schema}`]
  if (isObject(media.encoding)) {
    const at = child(pointer, 'encoding')
    const encodings = Object.entries(media.encoding).flatMap(([name, encoding]) => {
      const source = encodingSource(ctx, encoding, child(at, name))
      return source === undefined ? [] : [`${key(name)}: ${source}`]
    })
    if (encodings.length > 0) members.push(`encoding: ${objectLiteral(encodings)}`)
  }
  return objectLiteral(members)
}

export function requestBodySource(ctx: Context, body: unknown, at: string): string | undefined {
  if (body === undefined) return undefined
  const { value, pointer } = deref(ctx.doc, body, at)
  if (!isObject(value) || !isObject(value.content)) {
    ctx.note('requestBody', pointer, 'has no content map; body left untyped')
    return undefined
  }
  const content = value.content
  const type = preferred(Object.keys(content))
  if (type === undefined) return undefined
  const media = content[type]
  const mediaPointer = child(child(pointer, 'content'), type)
  const optional = value.required !== true
  const bare = type.split(';')[0]?.trim().toLowerCase() ?? type
  if (FORMS.has(bare)) return formSource(ctx, bare, isObject(media) ? media : {}, mediaPointer, optional)
  let source: string
  if (isPlainJson(type)) {
    source = schemaSource(ctx, isObject(media) ? media.schema : undefined, child(mediaPointer, 'schema'))
  } else if (type.startsWith('text/')) {
    source = 'z.string()'
  } else {
    source = 'z.union([z.instanceof(Blob), z.instanceof(Uint8Array), z.string()])'
  }
  return optional ? `${source}.optional()` : source
}

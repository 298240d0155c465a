// Request body object -> the `body` schema. JSON bodies get their schema; form bodies are typed as the
// object fetch sends as that media type (field-level typing is not done yet, and noted).
import type { Context } from './context.js'
import { isPlainJson, preferred } from './media-type.js'
import { child, deref, isObject } from './pointer.js'
import { schemaSource } from './schema.js'

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
  let source: string
  if (isPlainJson(type)) {
    source = schemaSource(ctx, isObject(media) ? media.schema : undefined, child(mediaPointer, 'schema'))
  } else if (type === 'multipart/form-data') {
    source = 'z.instanceof(FormData)'
    ctx.note('formBody', mediaPointer, 'multipart body typed as FormData; its fields are not checked yet')
  } else if (type === 'application/x-www-form-urlencoded') {
    source = 'z.instanceof(URLSearchParams)'
    ctx.note(
      'formBody',
      mediaPointer,
      'form-urlencoded body typed as URLSearchParams; its fields are not checked yet',
    )
  } else if (type.startsWith('text/')) {
    source = 'z.string()'
  } else {
    source = 'z.union([z.instanceof(Blob), z.instanceof(Uint8Array), z.string()])'
  }
  return value.required === true ? source : `${source}.optional()`
}

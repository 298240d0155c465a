// The examples a description documents for its responses (`example`, and `examples` with their
// `$ref`s into `components/examples`), for the corpus check and for mocks that reply with them.
import type { Context } from './context.js'
import { preferred } from './media-type.js'
import { child, deref, isObject } from './pointer.js'

export interface DocumentedExample {
  readonly endpoint: string
  readonly status: number
  readonly contentType: string
  readonly pointer: string
  readonly value: unknown
}

function mediaExamples(ctx: Context, media: Record<string, unknown>, at: string): [string, unknown][] {
  const found: [string, unknown][] = []
  if (media.example !== undefined) found.push([child(at, 'example'), media.example])
  if (isObject(media.examples)) {
    for (const [name, example] of Object.entries(media.examples)) {
      const { value, pointer } = deref(ctx.doc, example, child(child(at, 'examples'), name))
      // An Example Object's `externalValue` lives outside the document: nothing to check here.
      if (isObject(value) && 'value' in value) found.push([pointer, value.value])
    }
  }
  return found
}

export function responseExamples(
  ctx: Context,
  endpoint: string,
  responses: unknown,
  at: string,
): DocumentedExample[] {
  const found: DocumentedExample[] = []
  if (!isObject(responses)) return found
  for (const [status, response] of Object.entries(responses)) {
    const code = Number(status)
    if (!Number.isInteger(code)) continue
    const { value, pointer } = deref(ctx.doc, response, child(at, status))
    if (!isObject(value) || !isObject(value.content)) continue
    // Only the media type the contract declares for this status: a diff's example is no JSON.
    const contentType = preferred(Object.keys(value.content))
    if (contentType !== undefined) {
      const media = value.content[contentType]
      if (!isObject(media)) continue
      for (const [examplePointer, example] of mediaExamples(
        ctx,
        media,
        child(child(pointer, 'content'), contentType),
      ))
        found.push({ endpoint, status: code, contentType, pointer: examplePointer, value: example })
    }
  }
  return found
}

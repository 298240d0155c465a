// The examples a description documents for its responses (`example`, and `examples` with their
// `$ref`s into `components/examples`), for the corpus check and for mocks that reply with them.
import type { RangeKey } from '../../../contract/declared-for.js'
import type { Context } from './context.js'
import { headerExamples } from './header-examples.js'
import { preferred } from './media-type.js'
import { child, deref, isObject } from './pointer.js'
import { responseKey } from './responses.js'

export interface DocumentedExample {
  readonly endpoint: string
  /** The status's key in the contract: a code, a class range (`'4XX'`) or `default`. */
  readonly status: number | RangeKey | 'default'
  readonly contentType: string
  readonly pointer: string
  readonly value: unknown
  /** The headers sent beside the body (lower-cased names): see `headerExamples`. */
  readonly headers: Readonly<Record<string, string>>
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
  const seen = new Set<unknown>()
  if (!isObject(responses)) return found
  for (const [key, response] of Object.entries(responses)) {
    const status = responseKey(key)
    // As the contract: a key that is no status is left out, and `4xx` beside `4XX` is one range.
    if (status === undefined || seen.has(status)) continue
    seen.add(status)
    const { value, pointer } = deref(ctx.doc, response, child(at, key))
    if (!isObject(value) || !isObject(value.content)) continue
    const headers = headerExamples(ctx.doc, value.headers, child(pointer, 'headers'))
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
        found.push({ endpoint, status, contentType, pointer: examplePointer, value: example, headers })
    }
  }
  return found
}

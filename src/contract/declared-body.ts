/**
 * One reading of a status's declaration, shared by the client and the mocks so that the two never
 * disagree on a media type: a schema alone is a JSON body, `null` is none, a spec names its media type,
 * `content` names several (the first is the reading when the response names none of them).
 */
import type { StandardSchemaV1 } from '@standard-schema/spec'
import { type BodyFormat, type BodyType, formatOf, mediaTypeOf } from '../body/media-type.js'
import type { ResponseType } from '../stream/types.js'
import { isSchema, type MediaDeclaration, type ResponseDeclaration } from './define.js'

/** A declaration as the runtime uses it. */
export interface DeclaredBody {
  /** The schema that validates the body as read, or `null` for none. */
  readonly schema: StandardSchemaV1 | null
  /** The body's media type and format; `null` when the status is declared without a body. */
  readonly body: BodyType | null
  /** How a streamed 2xx body is handed over, when the declaration streams it. */
  readonly stream?: ResponseType
  /** Each declared media type's reading, in declaration order, when the status declares `content`. */
  readonly content?: ReadonlyMap<string, DeclaredBody>
  /** The schema of the response headers, when the status declares one. */
  readonly headers?: StandardSchemaV1
}

const STREAMED: ReadonlySet<unknown> = new Set(['stream', 'sse', 'ndjson'])

const JSON_BODY: BodyType = { mediaType: 'application/json', format: 'json' }
const NO_BODY: DeclaredBody = { schema: null, body: null }

function specBody(
  mediaType: string,
  format: BodyFormat | ResponseType | undefined,
  schema: StandardSchemaV1 | undefined,
): DeclaredBody {
  if (STREAMED.has(format)) {
    // Read as bytes where it is not streamed (a mock's body, a non-2xx status declared so).
    return { schema: schema ?? null, body: { mediaType, format: 'bytes' }, stream: format as ResponseType }
  }
  return {
    schema: schema ?? null,
    body: { mediaType, format: (format as BodyFormat | undefined) ?? formatOf(mediaType) },
  }
}

function mediaBody(type: string, media: MediaDeclaration): DeclaredBody {
  const mediaType = mediaTypeOf(type) ?? JSON_BODY.mediaType
  if (media === null) return specBody(mediaType, undefined, undefined)
  // A schema alone is a JSON body under any media type, as it is for a status.
  if (isSchema(media)) return { schema: media, body: { mediaType, format: 'json' } }
  return specBody(mediaType, media.format, media.schema)
}

function bodyOf(declared: Exclude<ResponseDeclaration, null>): DeclaredBody {
  if (isSchema(declared)) return { schema: declared, body: JSON_BODY }
  if (declared.content !== undefined) {
    const content = new Map<string, DeclaredBody>()
    for (const [type, media] of Object.entries(declared.content)) {
      const read = mediaBody(type, media)
      content.set(read.body?.mediaType ?? type, read)
    }
    const [first] = content.values()
    return { ...(first ?? NO_BODY), content }
  }
  if (declared.contentType !== undefined) {
    return specBody(
      mediaTypeOf(declared.contentType) ?? JSON_BODY.mediaType,
      declared.format,
      declared.schema,
    )
  }
  return declared.schema === undefined ? NO_BODY : { schema: declared.schema, body: JSON_BODY }
}

export function declaredBody(declared: ResponseDeclaration | undefined): DeclaredBody {
  if (declared === null || declared === undefined) return NO_BODY
  const read = bodyOf(declared)
  return isSchema(declared) || declared.headers === undefined ? read : { ...read, headers: declared.headers }
}

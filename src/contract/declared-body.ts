/**
 * One reading of a status's declaration, shared by the client and the mocks so that the two never
 * disagree on a media type: a schema alone is a JSON body, `null` is none, a spec names its media type.
 */
import type { StandardSchemaV1 } from '@standard-schema/spec'
import { type BodyFormat, type BodyType, formatOf, mediaTypeOf } from '../body/media-type.js'
import type { ResponseType } from '../stream/types.js'
import { isSchema, type ResponseDeclaration } from './define.js'

/** A declaration as the runtime uses it. */
export interface DeclaredBody {
  /** The schema that validates the body as read, or `null` for none. */
  readonly schema: StandardSchemaV1 | null
  /** The body's media type and format; `null` when the status is declared without a body. */
  readonly body: BodyType | null
  /** How a streamed 2xx body is handed over, when the declaration streams it. */
  readonly stream?: ResponseType
}

const STREAMED: ReadonlySet<unknown> = new Set(['stream', 'sse', 'ndjson'])

const JSON_BODY: BodyType = { mediaType: 'application/json', format: 'json' }

export function declaredBody(declared: ResponseDeclaration | undefined): DeclaredBody {
  if (declared === null || declared === undefined) return { schema: null, body: null }
  if (isSchema(declared)) return { schema: declared, body: JSON_BODY }
  const mediaType = mediaTypeOf(declared.contentType) ?? JSON_BODY.mediaType
  if (STREAMED.has(declared.format)) {
    // Read as bytes where it is not streamed (a mock's body, a non-2xx status declared so).
    const stream = declared.format as ResponseType
    return { schema: declared.schema ?? null, body: { mediaType, format: 'bytes' }, stream }
  }
  return {
    schema: declared.schema ?? null,
    body: { mediaType, format: (declared.format as BodyFormat | undefined) ?? formatOf(mediaType) },
  }
}

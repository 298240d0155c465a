import type { StandardSchemaV1 } from '@standard-schema/spec'
import { type BodyFormat, mediaTypeOf } from '../body/media-type.js'
import { UsageError } from '../errors/usage-error.js'
import type { ResponseType } from '../stream/types.js'
import type { ViolationConfig } from '../violations/engine.js'
import { paramNames } from './path.js'
import { TOKEN } from '../request/token.js'
import { RANGE, type RangeKey } from './declared-for.js'

/** One endpoint of a contract. */
export interface Endpoint {
  /** The HTTP method, e.g. `'GET'`. */
  readonly method: string
  /** A path template; each `:name` segment becomes a required key of `params`. */
  readonly path: string
  /** Schema of the query object; validated before sending. */
  readonly query?: StandardSchemaV1
  /**
   * The request body, validated before sending: a schema of a JSON body, or a `FormBody` for an
   * `application/x-www-form-urlencoded` or `multipart/form-data` one.
   * @example { contentType: 'application/x-www-form-urlencoded', schema: z.object({ amount: z.number() }) }
   */
  readonly body?: StandardSchemaV1 | FormBody
  /** Schema of the request headers (a record of strings); validated before sending. */
  readonly headers?: StandardSchemaV1
  /**
   * The statuses this endpoint may answer with: a schema of a JSON body, `null` for no body, a
   * `ResponseSpec` for a body of another media type, or a `ResponseObject` for response headers and
   * several media types. Besides whole codes, `'1XX'` to `'5XX'` declare every code of a class and
   * `default` every other status; a status takes its own code's declaration, else its class range's,
   * else `default`'s.
   * @example { 200: User, 204: null, 202: { contentType: 'text/plain', schema: z.string() } }
   * @example { 201: { schema: User, headers: z.object({ location: z.string() }) } }
   * @example { 200: User, 404: NotFound, '4XX': Problem, '5XX': Problem, default: ApiError }
   */
  readonly responses: Responses
  /** Violation rule levels for this endpoint, over the client's. */
  readonly violations?: ViolationConfig
}

/**
 * A status's body declared with its media type: text, HTML, bytes, or JSON under a vendor type that does
 * not end in `+json`. The client reads the body so when the response carries this media type, and the
 * mocks send it so.
 * @example { contentType: 'text/csv' } // data: string
 * @example { contentType: 'application/vnd.github.object', format: 'json', schema: Repo }
 */
export interface ResponseSpec {
  /** The media type the body is sent with, e.g. `'text/plain'`; parameters such as charset are ignored. */
  readonly contentType: string
  /**
   * How the body is read: `'json'`, `'text'` (a string) or `'bytes'` (a `Uint8Array`); or, on a 2xx,
   * handed over unread: `'stream'` (a `ReadableStream<Uint8Array>`), `'sse'` (server-sent events) or
   * `'ndjson'` (JSON lines), as the call's `responseType` does.
   * @default 'json' for application/json and any +json type, 'text' for text/* and XML, else 'bytes'
   * @example { contentType: 'text/event-stream', format: 'sse', schema: Delta }
   */
  readonly format?: BodyFormat | ResponseType
  /**
   * Validates the body as read; without one, `data` is the string, the bytes or the parsed JSON. For
   * `'sse'` it validates each event's `data` parsed as JSON, for `'ndjson'` each line, as they arrive.
   */
  readonly schema?: StandardSchemaV1
  /** Validates the response headers; see `ResponseObject.headers`. */
  readonly headers?: StandardSchemaV1
  readonly content?: never
}

/** The form media types a `FormBody` may declare. */
export type FormContentType = 'application/x-www-form-urlencoded' | 'multipart/form-data'

/**
 * How one property of a form body is written, as OpenAPI's Encoding Object says it. Nested objects are
 * always bracketed (`metadata[key]=value`, at any depth) in a urlencoded form; `style` and `explode`
 * apply to urlencoded forms only, `contentType` to multipart parts only (as OpenAPI says).
 * @example { expand: { style: 'deepObject' }, logo: { contentType: 'image/png' } }
 */
export interface FormEncoding {
  /**
   * urlencoded: `'deepObject'` writes an array as `expand[]=a&expand[]=b` (Stripe's style); `'form'`
   * repeats the key (`tags=a&tags=b`), or joins the items with commas when `explode` is false.
   * @default 'form'
   */
  readonly style?: 'form' | 'deepObject'
  /** `false` joins an array's items with commas (`tags=a,b`) under `style: 'form'`. @default true */
  readonly explode?: boolean
  /**
   * multipart: the part's media type. An object is sent as a JSON part by default; a string given a
   * content type is sent as a part of that type.
   * @default 'application/json' for an object
   */
  readonly contentType?: string
}

/**
 * A form request body: the caller passes a plain object typed by `schema`'s input; the client validates
 * it and sends the schema's output as the form.
 * @example { contentType: 'multipart/form-data', schema: z.object({ file: z.instanceof(Blob), purpose: z.string() }) }
 */
export interface FormBody {
  readonly contentType: FormContentType
  /** Validates the object before it is sent; its output is what is serialized. */
  readonly schema: StandardSchemaV1
  /** How single properties are written, by property name. */
  readonly encoding?: { readonly [property: string]: FormEncoding }
}

/** An endpoint's declarations by status code, by class range (`'4XX'`), and for any other status (`default`). */
export type Responses = { readonly [status: number]: ResponseDeclaration } & {
  readonly [range in RangeKey | 'default']?: ResponseDeclaration
}

/**
 * One media type of a `content` map: a schema alone is a JSON body (whatever the media type's name, as a
 * schema alone is for a status); `{ format?, schema? }` reads it in that format (by default the media
 * type's: JSON for `application/json` and `+json`, text for `text/*` and XML, else bytes); `null` reads it
 * in its default format without a schema.
 * @example { 'application/vnd.github.object': Content, 'text/csv': { format: 'text' } }
 */
export type MediaDeclaration =
  | StandardSchemaV1
  | null
  | { readonly format?: BodyFormat | ResponseType; readonly schema?: StandardSchemaV1 }

/**
 * A status with response headers, or with several media types (the response's Content-Type picks the
 * one it is read with; the first when none matches). Without `content` and `schema` it has no body.
 * @example { schema: User, headers: z.object({ location: z.string() }) }
 * @example { content: { 'application/json': Rows, 'text/csv': { format: 'text' } } }
 */
export interface ResponseObject {
  /** A JSON body's schema, as when the status is declared with the schema alone. */
  readonly schema?: StandardSchemaV1
  /** The media types the body may come in, in order of preference: a typed call asks for them in this order. */
  readonly content?: { readonly [mediaType: string]: MediaDeclaration }
  /**
   * Validates the response headers as a record of lower-cased names to string values; a mismatch is
   * `schemaMismatch` with issue paths starting `['headers', name]`, and `result.headers.get(name)` is typed.
   * @example z.object({ link: z.string().optional(), 'x-ratelimit-remaining': z.string().regex(/^\d+$/) })
   */
  readonly headers?: StandardSchemaV1
  readonly contentType?: never
  readonly format?: never
}

/**
 * What a status of an endpoint declares: a JSON body's schema, `null` for no body, a `ResponseSpec` or a
 * `ResponseObject`.
 */
export type ResponseDeclaration = StandardSchemaV1 | null | ResponseSpec | ResponseObject

/** A contract: endpoints by name. */
export type Api = { readonly [name: string]: Endpoint }

const FORMS: readonly unknown[] = ['application/x-www-form-urlencoded', 'multipart/form-data']

const FORMATS: ReadonlySet<unknown> = new Set(['json', 'text', 'bytes', 'stream', 'sse', 'ndjson'])

export function isSchema(value: unknown): value is StandardSchemaV1 {
  return typeof value === 'object' && value !== null && '~standard' in value
}

const NOT_DECLARATION =
  'is not a Standard Schema (zod, valibot, ...), null, a { contentType, format?, schema? } spec or a { schema?, content?, headers? }'

/** Why a declaration is not one, or `undefined` when it is; a `content` entry is checked as a spec. */
function declarationProblem(declared: unknown): string | undefined {
  if (declared === null || isSchema(declared)) return undefined
  if (typeof declared !== 'object') return NOT_DECLARATION
  const spec = declared as { readonly [key: string]: unknown }
  if (spec.headers !== undefined && !isSchema(spec.headers))
    return 'has headers that are not a Standard Schema'
  if ('content' in spec) {
    const entries = Object.entries(spec.content ?? {})
    if (entries.length === 0 || 'contentType' in spec || 'schema' in spec || 'format' in spec) {
      return 'has content that is empty or beside contentType, format or schema; declare each media type under content'
    }
    for (const [contentType, media] of entries) {
      const problem =
        typeof media !== 'object'
          ? NOT_DECLARATION
          : declarationProblem(
              isSchema(media) || media === null ? { contentType } : { ...media, contentType },
            )
      if (problem !== undefined) return `has content ${JSON.stringify(contentType)} that ${problem}`
    }
    return undefined
  }
  if ('contentType' in spec) {
    const mediaType = typeof spec.contentType === 'string' ? mediaTypeOf(spec.contentType) : undefined
    if (mediaType === undefined || !/^[^/\s]+\/[^/\s]+$/.test(mediaType)) {
      return `has contentType ${JSON.stringify(spec.contentType)}; give a media type such as 'text/plain'`
    }
  } else if ('format' in spec || !('schema' in spec || 'headers' in spec)) {
    return NOT_DECLARATION
  }
  if (spec.format !== undefined && !FORMATS.has(spec.format)) {
    return `has format ${JSON.stringify(spec.format)}; use 'json', 'text', 'bytes', 'stream', 'sse' or 'ndjson'`
  }
  if (spec.schema !== undefined && !isSchema(spec.schema)) return 'has a schema that is not a Standard Schema'
  return undefined
}

/** Why a key of `responses` is not a status, or `undefined` when it is one. */
function statusProblem(key: string): string | undefined {
  const code = Number(key)
  if (key === 'default' || RANGE.test(key) || (Number.isInteger(code) && code >= 100 && code <= 599)) return
  return /^[1-5]xx$/i.test(key)
    ? `write '${key.toUpperCase()}', in upper case as OpenAPI does`
    : `use a code from 100 to 599, a range '1XX' to '5XX', or 'default'`
}

function checkEndpoint(name: string, endpoint: Endpoint): void {
  const where = `defineApi: endpoint "${name}"`
  if (typeof endpoint?.method !== 'string' || !TOKEN.test(endpoint.method)) {
    throw new UsageError(
      `${where} has method ${JSON.stringify(endpoint?.method)}; use an HTTP method such as 'GET'.`,
    )
  }
  if (typeof endpoint.path !== 'string' || !endpoint.path.startsWith('/')) {
    throw new UsageError(`${where} has path ${JSON.stringify(endpoint.path)}; paths start with '/'.`)
  }
  const names = paramNames(endpoint.path)
  const twice = names.find((param, i) => names.indexOf(param) !== i)
  if (twice !== undefined)
    throw new UsageError(`${where} declares path parameter ":${twice}" twice in ${endpoint.path}.`)
  if (typeof endpoint.responses !== 'object' || endpoint.responses === null) {
    throw new UsageError(`${where} has no responses; declare at least one, e.g. responses: { 200: User }.`)
  }
  for (const [status, declared] of Object.entries(endpoint.responses)) {
    const wrongKey = statusProblem(status)
    if (wrongKey !== undefined)
      throw new UsageError(`${where} declares status ${JSON.stringify(status)}; ${wrongKey}.`)
    const problem = declarationProblem(declared)
    if (problem !== undefined)
      throw new UsageError(`${where}: the value declared for status ${status} ${problem}.`)
  }
  const body = endpoint.body
  if (
    body !== undefined &&
    !isSchema(body) &&
    (!FORMS.includes(body?.contentType) ||
      !isSchema(body.schema) ||
      typeof (body.encoding ?? {}) !== 'object')
  ) {
    throw new UsageError(
      `${where} has a body that is neither a Standard Schema (zod, valibot, ...) nor a { contentType, schema, encoding? } form of ${FORMS.join(' or ')}.`,
    )
  }
  for (const part of ['query', 'headers'] as const) {
    if (endpoint[part] !== undefined && !isSchema(endpoint[part])) {
      throw new UsageError(`${where} has a ${part} that is not a Standard Schema (zod, valibot, ...).`)
    }
  }
}

/**
 * Declares an API once: methods, path templates, request schemas and a schema per response status.
 * Checked now, so a mistake names its endpoint at startup rather than at the first call.
 *
 * @example
 * const api = defineApi({
 *   getUser: { method: 'GET', path: '/users/:id', responses: { 200: User, 404: Problem } },
 * })
 */
export function defineApi<const A extends Api>(api: A): A {
  for (const [name, endpoint] of Object.entries(api)) checkEndpoint(name, endpoint)
  return api
}

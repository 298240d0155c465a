// Responses object -> `responses: { 200: Schema, 204: null, '4XX': Problem, default: Error }`. Ranges
// are written in upper case as defineApi takes them (OpenAPI allows `4xx` too).
import type { RangeKey } from '../../../contract/declared-for.js'
import { key, objectLiteral, str } from './code.js'
import type { Context } from './context.js'
import { formatOf, isPlainJson, preferred } from './media-type.js'
import { child, deref, isObject } from './pointer.js'
import { responseHeadersSource } from './response-headers.js'
import { schemaSource } from './schema.js'

/** One media type's reading: its format, and its schema where it helps (JSON, a text enum or `$ref`). */
function mediaSource(ctx: Context, type: string, media: unknown, at: string) {
  const schema = isObject(media) && media.schema !== undefined ? media.schema : undefined
  const format = formatOf(type)
  // A bytes body has no schema: its OpenAPI `format: binary` string is a Uint8Array here.
  // A text body is a string: its schema helps only when it says which strings (not XML's object schema).
  const resolved = deref(ctx.doc, schema, child(at, 'schema')).value
  const described =
    (format === 'json' && schema !== undefined) ||
    (format === 'text' &&
      isObject(resolved) &&
      resolved.type === 'string' &&
      (resolved.enum !== undefined || schema !== resolved))
  return { format, schema: described ? schemaSource(ctx, schema, child(at, 'schema')) : undefined }
}

const XML = /^(?:application|text)\/(?:[^;]*\+)?xml$/
/** `type/subtype`, parameters allowed (RFC 9110 §8.3.1). */
const MEDIA_TYPE = /^[\w!#$%&'*+.^`|~-]+\/[\w!#$%&'*+.^`|~-]+\s*(?:;.*)?$/

function statusSource(ctx: Context, response: unknown, at: string): string {
  const { value, pointer } = deref(ctx.doc, response, at)
  if (!isObject(value)) return 'null'
  const headers = responseHeadersSource(ctx, value.headers, child(pointer, 'headers'))
  const headersMember = headers === undefined ? [] : [`headers: ${headers}`]
  const content = isObject(value.content) ? value.content : {}
  const contentAt = child(pointer, 'content')
  // A key that is no media type (`text/csv, text/comma-separated-values` lists two) cannot be declared.
  const listed = Object.keys(content).filter((type) => {
    if (MEDIA_TYPE.test(type)) return true
    ctx.note('mediaType', child(contentAt, type), `${JSON.stringify(type)} is not one media type; left out`)
    return false
  })
  // The preferred type first (the mocks' default, the first a call asks for), then the others as listed,
  // once each; `*/*` says nothing a contract can use beside named types.
  const first = preferred(listed)
  const types = new Map<string, string>()
  const hasJson = first !== undefined && formatOf(first) === 'json'
  for (const type of first === undefined ? [] : [first, ...listed]) {
    const essence = type.split(';')[0]?.trim().toLowerCase() ?? ''
    if (essence === '*/*' || types.has(essence)) continue
    if (hasJson && XML.test(essence)) {
      // The same data as XML: declaring it would make every `data` `| string` for a body few clients
      // ask for; the contract asks for JSON.
      ctx.note('xml', child(child(pointer, 'content'), type), `${essence} beside JSON left out`)
      continue
    }
    types.set(essence, type)
  }
  if (types.size > 1) {
    const entries = [...types].map(([essence, type]) => {
      const { format, schema } = mediaSource(ctx, type, content[type], child(contentAt, type))
      // A schema alone is a JSON body; anything else says its format.
      const members = [`format: ${str(format)}`, ...(schema === undefined ? [] : [`schema: ${schema}`])]
      return `${str(essence)}: ${format === 'json' && schema !== undefined ? schema : objectLiteral(members)}`
    })
    return objectLiteral([`content: ${objectLiteral(entries)}`, ...headersMember])
  }
  const type = types.values().next().value ?? first
  if (type === undefined) return headers === undefined ? 'null' : objectLiteral(headersMember)
  const media = content[type]
  const mediaAt = child(contentAt, type)
  if (isPlainJson(type)) {
    const schema = schemaSource(
      ctx,
      isObject(media) && media.schema !== undefined ? media.schema : {},
      child(mediaAt, 'schema'),
    )
    return headers === undefined ? schema : objectLiteral([`schema: ${schema}`, ...headersMember])
  }
  // Any other media type is declared with it, so the client reads the body in that format (a vendor JSON
  // type as JSON, text as a string, the rest as bytes) and the mocks send it so.
  const { format, schema } = mediaSource(ctx, type, media, mediaAt)
  const members = [`contentType: ${str(type)}`, `format: ${str(format)}`]
  if (schema !== undefined) members.push(`schema: ${schema}`)
  return objectLiteral([...members, ...headersMember])
}

/** The key a status of a Responses Object has in a contract, or `undefined` when it is none. */
export function responseKey(status: string): number | RangeKey | 'default' | undefined {
  if (status === 'default') return status
  if (/^[1-5]XX$/i.test(status)) return status.toUpperCase() as RangeKey
  const code = Number(status)
  return Number.isInteger(code) && code >= 100 && code <= 599 ? code : undefined
}

/** A contract key as written: a code or `default` bare, a range quoted. */
export function keySource(status: number | RangeKey | 'default'): string {
  return typeof status === 'number' ? String(status) : key(status)
}

export function responsesSource(ctx: Context, responses: unknown, at: string): string {
  const members: string[] = []
  const keys = new Set<string>()
  if (isObject(responses)) {
    for (const [status, response] of Object.entries(responses)) {
      const pointer = child(at, status)
      const found = responseKey(status)
      if (found === undefined) {
        ctx.note(
          'status',
          pointer,
          `status ${JSON.stringify(status)} is not a code from 100 to 599, a range such as 4XX, or default; left out`,
        )
        continue
      }
      const written = keySource(found)
      if (keys.has(written)) {
        ctx.note('status', pointer, `${status} repeats a range declared already; left out`)
        continue
      }
      keys.add(written)
      members.push(`${written}: ${statusSource(ctx, response, pointer)}`)
    }
  }
  return objectLiteral(members)
}

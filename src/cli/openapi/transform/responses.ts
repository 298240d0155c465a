// Responses object -> `responses: { 200: Schema, 204: null, '4XX': Problem, default: Error }`. Ranges
// are written in upper case as defineApi takes them (OpenAPI allows `4xx` too).
import { objectLiteral, str } from './code.js'
import type { Context } from './context.js'
import { formatOf, isPlainJson, preferred } from './media-type.js'
import { child, deref, isObject } from './pointer.js'
import { schemaSource } from './schema.js'

function statusSource(ctx: Context, response: unknown, at: string): string {
  const { value, pointer } = deref(ctx.doc, response, at)
  if (!isObject(value) || !isObject(value.content) || Object.keys(value.content).length === 0) return 'null'
  const type = preferred(Object.keys(value.content)) as string
  const media = value.content[type]
  const mediaPointer = child(child(pointer, 'content'), type)
  const schema = isObject(media) && media.schema !== undefined ? media.schema : undefined
  const schemaAt = child(mediaPointer, 'schema')
  if (isPlainJson(type)) return schemaSource(ctx, schema ?? {}, schemaAt)
  // Any other media type is declared with it, so the client reads the body in that format (a vendor JSON
  // type as JSON, text as a string, the rest as bytes) and the mocks send it so. A bytes body has no
  // schema: its OpenAPI `format: binary` string is a Uint8Array here.
  const format = formatOf(type)
  const members = [`contentType: ${str(type)}`, `format: ${str(format)}`]
  if (format === 'json' && schema !== undefined)
    members.push(`schema: ${schemaSource(ctx, schema, schemaAt)}`)
  if (format === 'text' && isObject(schema) && (schema.enum !== undefined || schema.$ref !== undefined))
    members.push(`schema: ${schemaSource(ctx, schema, schemaAt)}`)
  return objectLiteral(members)
}

/** The key a status of a Responses Object has in a contract, or `undefined` when it is none. */
function statusKey(status: string): string | undefined {
  if (status === 'default') return status
  if (/^[1-5]XX$/i.test(status)) return `'${status.toUpperCase()}'`
  const code = Number(status)
  return Number.isInteger(code) && code >= 100 && code <= 599 ? String(code) : undefined
}

export function responsesSource(ctx: Context, responses: unknown, at: string): string {
  const members: string[] = []
  const keys = new Set<string>()
  if (isObject(responses)) {
    for (const [status, response] of Object.entries(responses)) {
      const pointer = child(at, status)
      const key = statusKey(status)
      if (key === undefined) {
        ctx.note(
          'status',
          pointer,
          `status ${JSON.stringify(status)} is not a code from 100 to 599, a range such as 4XX, or default; left out`,
        )
        continue
      }
      if (keys.has(key)) {
        ctx.note('status', pointer, `${status} repeats a range declared already; left out`)
        continue
      }
      keys.add(key)
      members.push(`${key}: ${statusSource(ctx, response, pointer)}`)
    }
  }
  return objectLiteral(members)
}

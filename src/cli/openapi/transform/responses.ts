// Responses object -> `responses: { 200: Schema, 204: null, ... }`. `default` and `4XX`-style ranges
// cannot be declared in a contract yet (defineApi takes whole codes): they are left out and counted.
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

export function responsesSource(ctx: Context, responses: unknown, at: string): string {
  const members: string[] = []
  if (isObject(responses)) {
    for (const [status, response] of Object.entries(responses)) {
      const pointer = child(at, status)
      if (status === 'default') {
        ctx.note('default', pointer, '`default` response left out (contracts cannot declare it yet)')
        continue
      }
      if (/^[1-5]XX$/i.test(status)) {
        ctx.note('range', pointer, `${status} range left out (contracts cannot declare ranges yet)`)
        continue
      }
      const code = Number(status)
      if (!Number.isInteger(code) || code < 100 || code > 599) {
        ctx.note(
          'status',
          pointer,
          `status ${JSON.stringify(status)} is not a code from 100 to 599; left out`,
        )
        continue
      }
      members.push(`${code}: ${statusSource(ctx, response, pointer)}`)
    }
  }
  return objectLiteral(members)
}

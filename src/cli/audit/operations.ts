// What the audit needs to know of each operation of a description: where it lives, the parameters a
// request must carry, the JSON body it takes, and whether it requires credentials. The `openapi` reader
// finds the operations and follows the `$ref`s.
import { isPlainJson, preferred } from '../openapi/transform/media-type.js'
import { type OperationSite, operationsOf } from '../openapi/transform/operation.js'
import { child, deref, isObject } from '../openapi/transform/pointer.js'

export interface AuditParameter {
  readonly name: string
  readonly in: 'path' | 'query' | 'header'
  readonly required: boolean
  readonly schema: Record<string, unknown>
  /** The documented example (`example`, the first of `examples`), if any. */
  readonly example?: unknown
}

export interface AuditBody {
  /** `application/json` (or another JSON type), else `application/x-www-form-urlencoded`. */
  readonly mediaType: string
  readonly schema: Record<string, unknown>
  readonly example?: unknown
  /** A form's Encoding Objects by property (`style`, `explode`). */
  readonly encoding?: Record<string, unknown>
}

export interface AuditOperation {
  /** `GET /users/{id}`: how findings name it. */
  readonly name: string
  readonly method: string
  readonly path: string
  readonly parameters: readonly AuditParameter[]
  /** The JSON request body, else the urlencoded form, when the operation takes one. */
  readonly body: AuditBody | undefined
  /** Header names that carry credentials when the operation requires them; `undefined` when it does not. */
  readonly credentials: readonly string[] | undefined
}

function firstExample(holder: Record<string, unknown>, doc: Record<string, unknown>, at: string): unknown {
  if (holder.example !== undefined) return holder.example
  if (!isObject(holder.examples)) return undefined
  for (const [name, example] of Object.entries(holder.examples)) {
    const { value } = deref(doc, example, child(child(at, 'examples'), name))
    if (isObject(value) && 'value' in value) return value.value
  }
  return undefined
}

function parametersOf(doc: Record<string, unknown>, site: OperationSite): AuditParameter[] {
  // Operation-level parameters override path-item ones of the same name and location (OAS 3 §4.8.10).
  const byKey = new Map<string, AuditParameter>()
  const lists: [unknown, string][] = [
    [site.pathItem.parameters, child(site.pointer.slice(0, site.pointer.lastIndexOf('/')), 'parameters')],
    [site.operation.parameters, child(site.pointer, 'parameters')],
  ]
  for (const [list, at] of lists) {
    if (!Array.isArray(list)) continue
    list.forEach((item, index) => {
      const { value } = deref(doc, item, child(at, index))
      if (!isObject(value) || typeof value.name !== 'string') return
      if (value.in !== 'path' && value.in !== 'query' && value.in !== 'header') return
      const schema = isObject(value.schema) ? value.schema : {}
      const example = firstExample(value, doc, child(at, index))
      byKey.set(`${value.in}:${value.name}`, {
        name: value.name,
        in: value.in,
        required: value.in === 'path' || value.required === true,
        schema,
        ...(example === undefined ? {} : { example }),
      })
    })
  }
  return [...byKey.values()]
}

const FORM = /^application\/x-www-form-urlencoded\s*(;|$)/i

function bodyOf(doc: Record<string, unknown>, site: OperationSite): AuditBody | undefined {
  // fetch refuses a body on GET and HEAD (Fetch standard, Request constructor), whatever a
  // description declares; RFC 9110 §9.3.1 gives such a body no meaning anyway.
  if (site.method === 'get' || site.method === 'head') return undefined
  const at = child(site.pointer, 'requestBody')
  const { value } = deref(doc, site.operation.requestBody, at)
  if (!isObject(value) || !isObject(value.content)) return undefined
  const types = Object.keys(value.content)
  // JSON where the operation takes it; a urlencoded form otherwise (Stripe, Slack, Twilio).
  const mediaType = preferred(types.filter(isPlainJson)) ?? types.find((type) => FORM.test(type))
  const media = mediaType === undefined ? undefined : value.content[mediaType]
  if (mediaType === undefined || !isObject(media)) return undefined
  const example = firstExample(media, doc, child(child(at, 'content'), mediaType))
  const schema = isObject(media.schema) ? media.schema : {}
  return {
    mediaType: FORM.test(mediaType) ? 'application/x-www-form-urlencoded' : mediaType,
    schema,
    ...(example === undefined ? {} : { example }),
    ...(isObject(media.encoding) ? { encoding: media.encoding } : {}),
  }
}

/** The headers that carry the credentials of the schemes an operation requires (OAS 3 §4.8.30). */
function credentialsOf(doc: Record<string, unknown>, site: OperationSite): string[] | undefined {
  const requirements = site.operation.security ?? doc.security
  if (!Array.isArray(requirements) || requirements.length === 0) return undefined
  // An empty requirement object makes security optional: an anonymous request is allowed.
  if (requirements.some((r) => isObject(r) && Object.keys(r).length === 0)) return undefined
  const schemes =
    isObject(doc.components) && isObject(doc.components.securitySchemes) ? doc.components.securitySchemes : {}
  const headers = new Set<string>()
  for (const requirement of requirements) {
    if (!isObject(requirement)) continue
    for (const name of Object.keys(requirement)) {
      const { value: scheme } = deref(doc, schemes[name], child('#/components/securitySchemes', name))
      if (!isObject(scheme)) continue
      if (scheme.type === 'apiKey' && scheme.in === 'header' && typeof scheme.name === 'string')
        headers.add(scheme.name.toLowerCase())
      else if (scheme.type === 'apiKey' && scheme.in === 'cookie') headers.add('cookie')
      else if (scheme.type !== 'apiKey') headers.add('authorization')
    }
  }
  return [...headers]
}

/** Every operation of the description, in its order, as the audit probes it. */
export function auditOperations(doc: Record<string, unknown>): AuditOperation[] {
  return operationsOf(doc).map((site) => ({
    name: `${site.method.toUpperCase()} ${site.path}`,
    method: site.method.toUpperCase(),
    path: site.path,
    parameters: parametersOf(doc, site),
    body: bodyOf(doc, site),
    credentials: credentialsOf(doc, site),
  }))
}

// Operation object -> one endpoint of the contract: method, path template, request parts, responses,
// and the summary as JSDoc.
import { jsdoc, objectLiteral, str } from './code.js'
import type { Context } from './context.js'
import { camelCase, nameFromRoute, pathTemplate } from './names.js'
import { parameterParts } from './parameters.js'
import { child, deref, isObject } from './pointer.js'
import { requestBodySource } from './request-body.js'
import { responsesSource } from './responses.js'

export interface OperationSite {
  readonly path: string
  readonly method: string
  readonly operation: Record<string, unknown>
  readonly pathItem: Record<string, unknown>
  readonly pointer: string
}

/** The endpoint's name, SPEC.md "OpenAPI": the operationId in camelCase, else method and path. */
export function endpointName(site: OperationSite): string {
  const id = site.operation.operationId
  return typeof id === 'string' && id.trim() !== '' ? camelCase(id) : nameFromRoute(site.method, site.path)
}

/**
 * The endpoint object's source, with its JSDoc, as a member of the `defineApi({...})` literal; `undefined`
 * for an operation a contract cannot hold (noted).
 */
export function operationSource(ctx: Context, site: OperationSite, name: string): string | undefined {
  const { operation, pointer } = site
  const names = [...site.path.matchAll(/\{([^}]*)\}/g)].map((m) => m[1])
  if (new Set(names).size !== names.length) {
    // A contract fills each `:name` from one value; a template naming one twice is left to hand-writing.
    ctx.note('path', pointer, `${site.path} names a path parameter twice; operation left out`)
    return undefined
  }
  const parts = parameterParts(ctx, [
    [site.pathItem.parameters, child(pointer.slice(0, pointer.lastIndexOf('/')), 'parameters')],
    [operation.parameters, child(pointer, 'parameters')],
  ])
  const members = [
    `method: ${str(site.method.toUpperCase())}`,
    `path: ${str(pathTemplate(site.path, parts.spanning))}`,
  ]
  if (parts.query !== undefined) members.push(`query: ${parts.query}`)
  if (parts.headers !== undefined) members.push(`headers: ${parts.headers}`)
  const body = ctx.for('request', () =>
    requestBodySource(ctx, operation.requestBody, child(pointer, 'requestBody')),
  )
  if (body !== undefined) members.push(`body: ${body}`)
  const responses = ctx.for('response', () =>
    responsesSource(ctx, operation.responses, child(pointer, 'responses')),
  )
  members.push(`responses: ${responses}`)
  const doc: string[] = []
  if (typeof operation.summary === 'string') doc.push(operation.summary)
  else if (typeof operation.description === 'string') doc.push(operation.description.split('\n')[0] ?? '')
  doc.push(`\`${site.method.toUpperCase()} ${site.path}\``)
  if (operation.deprecated === true) doc.push('@deprecated')
  return `${jsdoc(doc)}${name}: ${objectLiteral(members)}`
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const

/** Every operation of the document, in the order the description lists them. */
export function operationsOf(doc: Record<string, unknown>): OperationSite[] {
  const sites: OperationSite[] = []
  const paths = isObject(doc.paths) ? doc.paths : {}
  for (const [path, item] of Object.entries(paths)) {
    // 3.1 lets a path item be a $ref (to `components/pathItems`, or another file, bundled in by then).
    const pathItem = deref(doc, item, child('#/paths', path)).value
    if (!isObject(pathItem)) continue
    for (const method of METHODS) {
      const operation = pathItem[method]
      if (isObject(operation))
        sites.push({ path, method, operation, pathItem, pointer: child(child('#/paths', path), method) })
    }
  }
  return sites
}

import type { StandardSchemaV1 } from '@standard-schema/spec'
import { UsageError } from '../errors/usage-error.js'
import type { ViolationConfig } from '../violations/engine.js'
import { paramNames } from './path.js'

/** One endpoint of a contract. */
export interface Endpoint {
  /** The HTTP method, e.g. `'GET'`. */
  readonly method: string
  /** A path template; each `:name` segment becomes a required key of `params`. */
  readonly path: string
  /** Schema of the query object; validated before sending. */
  readonly query?: StandardSchemaV1
  /** Schema of the request body; validated before sending. */
  readonly body?: StandardSchemaV1
  /** Schema of the request headers (a record of strings); validated before sending. */
  readonly headers?: StandardSchemaV1
  /** The statuses this endpoint may answer with: a body schema, or `null` for no body. */
  readonly responses: { readonly [status: number]: StandardSchemaV1 | null }
  /** Violation rule levels for this endpoint, over the client's. */
  readonly violations?: ViolationConfig
}

/** A contract: endpoints by name. */
export type Api = { readonly [name: string]: Endpoint }

const METHOD = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/

function isSchema(value: unknown): value is StandardSchemaV1 {
  return typeof value === 'object' && value !== null && '~standard' in value
}

function checkEndpoint(name: string, endpoint: Endpoint): void {
  const where = `defineApi: endpoint "${name}"`
  if (typeof endpoint?.method !== 'string' || !METHOD.test(endpoint.method)) {
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
  for (const [status, schema] of Object.entries(endpoint.responses)) {
    const code = Number(status)
    if (!Number.isInteger(code) || code < 100 || code > 599) {
      throw new UsageError(
        `${where} declares status ${JSON.stringify(status)}; statuses are whole numbers from 100 to 599.`,
      )
    }
    if (schema !== null && !isSchema(schema)) {
      throw new UsageError(
        `${where} declares status ${status} with a value that is not a Standard Schema (zod, valibot, ...) or null.`,
      )
    }
  }
  for (const part of ['query', 'body', 'headers'] as const) {
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

import type { StandardSchemaV1 } from '@standard-schema/spec'
import { type Client, coreOf, createClient } from '../client.js'
import type { DeclaredResponse } from '../core/plan.js'
import { invalidRequestResult } from '../core/results.js'
import { validate } from '../core/validate.js'
import { UsageError } from '../errors/usage-error.js'
import type { ClientOptions, RequestOptions } from '../options.js'
import type { ResponseType } from '../stream/types.js'
import { compileRules } from '../violations/engine.js'
import { type Api, type FormBody, isSchema, type ResponseDeclaration } from './define.js'
import { declaredBody } from './declared-body.js'
import { declarationsOf } from './declared-for.js'
import { fillPath } from './path.js'
import { schemaKeys } from './schema-keys.js'
import type { ApiClient } from './types.js'

type Issue = StandardSchemaV1.Issue

function prefixed(part: string, issues: readonly Issue[]): Issue[] {
  return issues.map((issue) => ({ ...issue, path: [part, ...(issue.path ?? [])] }))
}

function declaredResponse(declared: ResponseDeclaration): DeclaredResponse {
  const { schema, body, stream } = declaredBody(declared)
  const declaredKeys = schema === null || stream !== undefined ? undefined : schemaKeys(schema)
  return { schema, body, declaredKeys, stream }
}

/** Each typed client's contract, for adapters that build on its endpoints (honest-fetch/tanstack-query). */
export const apiOf: WeakMap<object, Api> = new WeakMap()

type Input = {
  readonly params?: Readonly<Record<string, unknown>>
  readonly query?: unknown
  readonly body?: unknown
  readonly headers?: unknown
} & Omit<RequestOptions, 'query' | 'body' | 'headers'>

/**
 * Creates a typed client for a contract made by `defineApi`: one method per endpoint. Request parts
 * with a schema are validated before anything is sent (`invalidRequest`); a declared status's body is
 * validated against its schema (`schemaMismatch`, never `ok`, when it does not fit).
 *
 * @example
 * const users = createApiClient(api, { baseURL: 'https://api.example.com' })
 * const r = await users.getUser({ params: { id: '42' } })
 */
export function createApiClient<const A extends Api>(
  api: A,
  clientOrOptions: Client | ClientOptions = {},
): ApiClient<A> {
  const client =
    'request' in clientOrOptions
      ? (clientOrOptions as Client)
      : createClient(clientOrOptions as ClientOptions)
  const core = coreOf(client)
  const methods: Record<string, (input?: Input) => Promise<unknown>> = {}
  for (const [name, endpoint] of Object.entries(api)) {
    const extras = {
      responses: declarationsOf(endpoint.responses, declaredResponse),
      rules: compileRules(core.rules, endpoint.violations),
    }
    // A streamed 2xx makes every call of the endpoint stream (and ask for that media type).
    let responseType: ResponseType | undefined
    for (let status = 200; status < 300; status++) responseType ??= extras.responses.get(status)?.stream
    const form = isSchema(endpoint.body) ? undefined : (endpoint.body as FormBody | undefined)
    const schemas = { ...endpoint, body: form?.schema ?? endpoint.body } as unknown as Record<
      string,
      StandardSchemaV1
    >
    const requestSchemas = (['query', 'body', 'headers'] as const).filter(
      (part) => schemas[part] !== undefined,
    )
    methods[name] = async (input = {}) => {
      const path = fillPath(name, endpoint.path, input.params)
      const parts: Record<string, unknown> = { query: input.query, body: input.body, headers: input.headers }
      let issues: Issue[] | undefined
      for (const part of requestSchemas) {
        const checked = await validate(schemas[part] as StandardSchemaV1, parts[part])
        if (checked.issues) issues = [...(issues ?? []), ...prefixed(part, checked.issues)]
        else parts[part] = checked.value
      }
      if (issues) return invalidRequestResult(core.summarize(endpoint.method, path), issues)
      // The form encoder is its own chunk, loaded by the first call that sends a form.
      if (form && parts.body != null) {
        if (typeof parts.body !== 'object') throw new UsageError(`${name}: a form body is an object.`)
        parts.body = (await import('../transport/form-body.js')).encodeForm(form, parts.body as object)
      }
      const { params: _params, ...options } = input
      const init = { responseType, ...options, ...parts } as RequestOptions
      return core.send(endpoint.method, path, init, extras)
    }
  }
  apiOf.set(methods, api)
  return methods as ApiClient<A>
}

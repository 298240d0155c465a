import type { StandardSchemaV1 } from '@standard-schema/spec'
import { type Client, coreOf, createClient } from '../client.js'
import type { CallExtras, DeclaredResponse } from '../core/plan.js'
import { invalidRequestResult } from '../core/results.js'
import { validate } from '../core/validate.js'
import { UsageError } from '../errors/usage-error.js'
import type { ClientOptions, RequestOptions } from '../options.js'
import type { ResponseType } from '../stream/types.js'
import { compileRules } from '../violations/engine.js'
import { type Api, type FormBody, isSchema } from './define.js'
import { type DeclaredBody, declaredBody } from './declared-body.js'
import { type Declarations, declarationsOf } from './declared-for.js'
import { fillPath } from './path.js'
import { schemaKeys } from './schema-keys.js'
import type { ApiClient } from './types.js'

type Issue = StandardSchemaV1.Issue

function prefixed(part: string, issues: readonly Issue[]): Issue[] {
  return issues.map((issue) => ({ ...issue, path: [part, ...(issue.path ?? [])] }))
}

function declaredResponse(read: DeclaredBody): DeclaredResponse {
  const { schema, body, stream, content, headers } = read
  const declaredKeys = schema === null || stream !== undefined ? undefined : schemaKeys(schema)
  const response: DeclaredResponse = { schema, body, declaredKeys, stream }
  if (content === undefined && headers === undefined) return response
  const variants = content && new Map([...content].map(([type, one]) => [type, declaredResponse(one)]))
  return { ...response, ...(variants && { content: variants }), ...(headers && { headers }) }
}

/**
 * The media types the 2xx statuses declare (their codes, then `'2XX'`; not `default`, which mostly
 * declares errors), in declaration order, once each: the Accept a call sends. A streamed success keeps
 * the Accept of its `responseType` (`*\/*` for bytes, whatever their label).
 */
function declaredAccept(responses: Declarations<DeclaredResponse>): string | undefined {
  const types = new Set<string>()
  const successes = [...responses.codes].filter(([status]) => status >= 200 && status < 300)
  for (const declared of [...successes.map(([, one]) => one), responses.ranges[2]]) {
    if (declared === undefined) continue
    if (declared.stream !== undefined) return undefined
    for (const one of declared.content?.values() ?? [declared]) {
      if (one.body !== null) types.add(one.body.mediaType)
    }
  }
  return types.size === 0 ? undefined : [...types].join(', ')
}

/** Each typed client's contract, for adapters that build on its endpoints (honest-fetch/tanstack-query). */
export const apiOf: WeakMap<object, Api> = new WeakMap()

type Input = {
  readonly params?: Readonly<Record<string, unknown>>
  readonly query?: unknown
  readonly body?: unknown
  readonly headers?: unknown
  readonly accept?: string
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
    const responses = declarationsOf(endpoint.responses, (declared) =>
      declaredResponse(declaredBody(declared)),
    )
    const extras = {
      responses,
      rules: compileRules(core.rules, endpoint.violations),
      accept: declaredAccept(responses),
    } satisfies CallExtras
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
      const { params: _params, accept, ...options } = input
      const init = { responseType, ...options, ...parts } as RequestOptions
      return core.send(endpoint.method, path, init, accept === undefined ? extras : { ...extras, accept })
    }
  }
  apiOf.set(methods, api)
  return methods as ApiClient<A>
}

/**
 * `handle(resolver)`: a stateful mock. The resolver gets the request's path parameters, query and body
 * typed from the contract, and a `reply` that checks status and body exactly as the handler `reply` does,
 * so a mock that keeps state still cannot answer what the contract does not allow.
 */
import type { StandardSchemaV1 } from '@standard-schema/spec'
import { matchRequestUrl } from 'msw'
import { type Endpoint, isSchema } from '../contract/define.js'
import { readForm, scalar, typedForm } from './form.js'
import type { Route, Step } from './handler.js'
import { MockError } from './mock-error.js'
import type { ReplyInit } from './options.js'
import { replyStep } from './reply.js'

type Raw = Record<string, string | string[]>

/** The query as it arrived: one value a string, a repeated key a list (the client repeats array keys). */
function rawQuery(url: URL): Raw {
  const query: Raw = {}
  for (const [key, value] of url.searchParams) {
    const seen = query[key]
    query[key] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value]
  }
  return query
}

/** Numbers and booleans as the client wrote them before they became text. */
function coerced(query: Raw, lists: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(query)) {
    const values = (Array.isArray(value) ? value : [value]).map(scalar)
    out[key] = lists || values.length > 1 ? values : values[0]
  }
  return out
}

/**
 * The query read back through the endpoint's schema. A query string has lost its types (`5` or `"5"`, one
 * value or a list of one), so the first reading the schema accepts wins: as sent, with numbers and
 * booleans restored, then with every key a list.
 */
async function typedQuery(where: string, schema: StandardSchemaV1 | undefined, raw: Raw): Promise<unknown> {
  if (schema === undefined) return raw
  let first: readonly StandardSchemaV1.Issue[] | undefined
  for (const candidate of [raw, coerced(raw, false), coerced(raw, true)]) {
    const outcome = await schema['~standard'].validate(candidate)
    if (!outcome.issues) return outcome.value
    first ??= outcome.issues
  }
  const listed = (first ?? []).map((issue) => issue.message).join('; ')
  throw new MockError(`${where}: the query does not fit the contract's query schema (${listed}).`)
}

/**
 * The body as the client sent it. Not validated again: the client sent its schema's output, which a
 * schema with transforms or defaults need not accept a second time.
 */
async function bodyOf(request: Request): Promise<unknown> {
  if (request.body === null) return undefined
  const type = request.headers.get('content-type') ?? ''
  if (/[/+]json\b/i.test(type)) return request.json()
  if (/^multipart\/form-data|^application\/x-www-form-urlencoded/i.test(type)) {
    return Object.fromEntries(await request.formData())
  }
  if (/^text\//i.test(type)) return request.text()
  return new Uint8Array(await request.arrayBuffer())
}

/** What the resolver of `handle` gets, untyped here; `HandleContext` in types.ts gives it its types. */
export interface RawContext {
  readonly request: Request
  readonly params: Readonly<Record<string, string>>
  readonly query: unknown
  readonly body: unknown
  readonly reply: (status: number, body?: unknown, init?: ReplyInit) => Promise<Response>
}

/** The step that runs a `handle` resolver for each request of the route. */
export function handleStep(
  route: Route,
  endpoint: Endpoint,
  resolver: (context: RawContext) => Response | Promise<Response>,
): Step {
  const where = `${route.name}.handle`
  return async (request) => {
    const params: Record<string, string> = {}
    // `:name*` matches several segments, which MSW hands over as a list.
    for (const [name, value] of Object.entries(
      matchRequestUrl(new URL(request.url), route.url).params ?? {},
    )) {
      if (value !== undefined) params[name] = typeof value === 'string' ? value : value.join('/')
    }
    const context: RawContext = {
      request,
      params,
      query: await typedQuery(where, endpoint.query, rawQuery(new URL(request.url))),
      body:
        endpoint.body === undefined || isSchema(endpoint.body) || request.body === null
          ? await bodyOf(request.clone())
          : await typedForm(where, endpoint.body, await readForm(where, request.clone(), endpoint.body)),
      reply: async (status, body, init = {}) => replyStep(route, endpoint, status, body, init)(request),
    }
    return resolver(context)
  }
}

/**
 * GraphQL over HTTP (https://graphql.github.io/graphql-over-http/draft/).
 *
 * - `application/graphql-response+json`: a response without a `data` entry is a request error and "the
 *   server MUST reply with a 4xx or 5xx status code". `data: null` is different: no request error
 *   occurred and the draft says the server SHOULD reply 2xx, so it is not flagged. `data` with `errors` is
 *   a partial success (a field error), which is fine on 200.
 * - legacy `application/json`: the draft has the server use 200 even for request errors, so a GraphQL
 *   body there is never a violation; the preset claims such bodies, silencing `error-payload-in-success`
 *   (which would otherwise flag `{"errors": [...]}` without `data`).
 */
import { isJsonObject, isSuccess, type JsonObject, jsonObjectOf, preview } from '../inspect.js'
import type { Finding, Preset, ResponseFacts, Rule } from '../types.js'

const GRAPHQL_RESPONSE = 'application/graphql-response+json'
const RESPONSE_KEYS: ReadonlySet<string> = new Set(['data', 'errors', 'extensions'])

function isGraphqlError(value: unknown): boolean {
  return isJsonObject(value) && typeof value.message === 'string'
}

/** A GraphQL response: only `data`, `errors` and `extensions`, and `errors` (if any) a list of errors. */
function isGraphqlResponse(body: JsonObject): boolean {
  for (const key in body) if (!RESPONSE_KEYS.has(key)) return false
  const errors = body.errors
  if (errors === undefined) return Object.hasOwn(body, 'data')
  return Array.isArray(errors) && errors.length > 0 && errors.every(isGraphqlError)
}

const graphqlErrorsWithoutData: Rule = {
  id: 'graphql-errors-without-data',
  defaultSeverity: 'error',
  replaces: ['error-payload-in-success'],
  claims(facts) {
    const body = jsonObjectOf(facts)
    return body !== undefined && isGraphqlResponse(body)
  },
  check(facts: ResponseFacts): Finding | undefined {
    if (!isSuccess(facts.status) || facts.mediaType !== GRAPHQL_RESPONSE) return undefined
    const body = jsonObjectOf(facts)
    if (body === undefined || Object.hasOwn(body, 'data')) return undefined
    const errors = body.errors
    const first =
      Array.isArray(errors) && isGraphqlError(errors[0]) ? (errors[0] as JsonObject).message : undefined
    const said = first === undefined ? '' : ` (${preview(first)})`
    return {
      message:
        `The GraphQL server answered ${facts.status} with ${GRAPHQL_RESPONSE} and no data, a request ` +
        `error${said}; GraphQL over HTTP requires a 4xx or 5xx status when data is absent, because the ` +
        'request was not executed and monitoring and retry logic read the status.',
      ...(Array.isArray(errors) ? { pointer: '/errors' } : {}),
    }
  },
}

export const graphql: Preset = { name: 'graphql', rules: [graphqlErrorsWithoutData] }

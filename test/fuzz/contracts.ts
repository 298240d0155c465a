// Typed endpoints for fuzzed calls: a flat schema (so schemaMismatch is reachable) and a recursive one,
// which a deep body makes throw (issue 13, item 7: a schema that throws must not become a network error).
import { z } from 'zod'
import {
  type Client,
  createApiClient,
  defineApi,
  type HttpResult,
  type RequestOptions,
} from '../../src/index.js'

type Tree = number | string | boolean | null | Tree[] | { [key: string]: Tree }
const Tree: z.ZodType<Tree> = z.lazy(() =>
  z.union([z.number(), z.string(), z.boolean(), z.null(), z.array(Tree), z.record(z.string(), Tree)]),
)
const Item = z.object({ id: z.string() })

export type ContractName = 'flat' | 'recursive'

const RESPONSES = {
  flat: { 200: Item, 201: Item, 204: null, 404: z.unknown(), 429: z.unknown(), 503: z.unknown() },
  recursive: { 200: Tree, 201: Tree, 204: null, 404: Tree, 429: Tree, 503: Tree },
} as const

/** Calls `/fuzz` through a typed endpoint made on `client`, with the endpoint's method. */
export function callTyped(
  client: Client,
  contract: ContractName,
  method: string,
  options: Pick<RequestOptions, 'body' | 'signal'>,
): Promise<HttpResult> {
  const api = createApiClient(
    defineApi({
      call: {
        method,
        path: '/fuzz',
        responses: RESPONSES[contract],
        ...(method === 'POST' ? { body: z.object({ hello: z.string() }) } : {}),
      },
    }),
    client,
  )
  return api.call(options as Parameters<typeof api.call>[0]) as Promise<HttpResult>
}

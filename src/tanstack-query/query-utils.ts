import { apiOf } from '../contract/api-client.js'
import type { Endpoint } from '../contract/define.js'
import { UsageError } from '../errors/usage-error.js'
import { type Call, dataOrThrow, orNull } from './call.js'
import { infiniteQueryOptions, type Pagination } from './infinite.js'
import { endpointKey, inputKey } from './keys.js'
import type { AnyCall, EndpointUtils, QueryUtils } from './types.js'

/** Options of `createQueryUtils`. */
export interface QueryUtilsOptions {
  /**
   * The first element of every query and mutation key, to tell apart two clients whose contracts share
   * paths (two services, two base URLs).
   * @default none: keys start with the method
   * @example createQueryUtils(billing, { prefix: 'billing' })
   */
  readonly prefix?: string
}

// Why `retry: false`: the client has already retried what HTTP allows (429 and 503 after their
// Retry-After, idempotent requests only); TanStack's default of 3 retries on top multiplied the requests:
// a `rateLimited({ retryAfter: 1 })` took 12 requests and 16 s to reach the error UI instead of 3 and 2.6 s,
// and a 404 or a 422 is not worth sending again at all. Overrides may still set `retry`.
const NO_RETRY = { retry: false } as const

type Input = Parameters<Call>[0]

// Untyped inside: EndpointUtils types each method from the endpoint's call, which one cast stands for.
function endpointUtils(call: Call, endpoint: Endpoint, prefix: string | undefined): EndpointUtils<AnyCall> {
  const base = endpointKey(endpoint, prefix)
  const queryKey = (input?: unknown) => (input === undefined ? base : [...base, inputKey(input)])
  const utils = {
    endpoint,
    queryKey,
    queryOptions: (input?: Input, overrides?: object) => ({
      ...NO_RETRY,
      ...overrides,
      queryKey: queryKey(input ?? {}),
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        dataOrThrow(call, endpoint, input, signal).then(orNull),
    }),
    mutationOptions: (overrides?: object) => ({
      ...NO_RETRY,
      ...overrides,
      mutationKey: base,
      mutationFn: (variables?: Input) => dataOrThrow(call, endpoint, variables ?? undefined),
    }),
    infiniteQueryOptions: (input: Input, pagination: Pagination, overrides?: object) =>
      infiniteQueryOptions(call, endpoint, queryKey(input ?? {}), input, pagination, {
        ...NO_RETRY,
        ...overrides,
      }),
  }
  return utils as unknown as EndpointUtils<AnyCall>
}

/**
 * TanStack Query helpers for every endpoint of a typed client: query keys, and the options objects that
 * `useQuery`, `useMutation`, `useInfiniteQuery` and `queryClient.fetchQuery` take, with `data` typed from
 * the declared 2xx schemas and `error` a `ResultError` holding the endpoint's typed failure.
 *
 * @example
 * const q = createQueryUtils(users)
 * const { data, error } = useQuery(q.getUser.queryOptions({ params: { id } }))
 * queryClient.invalidateQueries({ queryKey: q.getUser.queryKey() })
 */
export function createQueryUtils<C extends object>(
  client: C,
  options: QueryUtilsOptions = {},
): QueryUtils<C> {
  const api = apiOf.get(client)
  if (api === undefined) {
    throw new UsageError(
      'createQueryUtils takes a typed client made by createApiClient(api, ...); the untyped createClient has no endpoints to build queries for.',
    )
  }
  const calls = client as Readonly<Record<string, Call>>
  const utils: Record<string, EndpointUtils<AnyCall>> = {}
  for (const [name, endpoint] of Object.entries(api)) {
    const call = calls[name]
    if (call !== undefined) utils[name] = endpointUtils(call, endpoint, options.prefix)
  }
  return utils as unknown as QueryUtils<C>
}

import type {
  DataTag,
  InfiniteData,
  InfiniteQueryObserverOptions,
  MutationOptions,
  QueryFunction,
  QueryObserverOptions,
} from '@tanstack/query-core'
import type { Endpoint } from '../contract/define.js'
import type { SuccessData } from '../contract/unwrap.js'
import type { AnyResult, Failure } from '../result.js'
import type { ResultError } from './result-error.js'

/** A method of a typed client (`createApiClient`): what the adapter derives every type from. */
export type AnyCall = (...args: never[]) => Promise<AnyResult>

type ResultOf<F extends AnyCall> = Awaited<ReturnType<F>>
/** What the call takes (`params`, `query`, `body`, `headers` and the call options). */
export type InputOf<F extends AnyCall> = Parameters<F>[0]
/** The data of the call's `ok` results: what a query resolves with. */
export type DataOf<F extends AnyCall> = SuccessData<ResultOf<F>>
/**
 * What a query resolves with: the `ok` data, with `null` for a response without a body (a 204), since
 * TanStack Query fails a query whose data is `undefined`.
 */
export type QueryDataOf<F extends AnyCall> =
  undefined extends DataOf<F> ? Exclude<DataOf<F>, undefined> | null : DataOf<F>
/** The error a query or mutation of the call fails with: its typed failures in a `ResultError`. */
export type ErrorOf<F extends AnyCall> = ResultError<Failure<ResultOf<F>>>

/** A query key, tagged with the data and error types so `queryClient.getQueryData(key)` is typed. */
export type EndpointQueryKey<D, E> = DataTag<readonly unknown[], D, E>

/** Options of `queryOptions` that the caller may set over the adapter's. */
export type QueryOverrides<D, E> = Omit<
  QueryObserverOptions<D, E, D, D, EndpointQueryKey<D, E>>,
  'queryKey' | 'queryFn'
>

/** What `queryOptions` returns: for `useQuery`, `queryClient.fetchQuery`, `prefetchQuery`, ... */
export type EndpointQueryOptions<D, E> = QueryObserverOptions<D, E, D, D, EndpointQueryKey<D, E>> & {
  queryKey: EndpointQueryKey<D, E>
  queryFn: QueryFunction<D, EndpointQueryKey<D, E>>
}

/** What a mutation's `mutate` takes: the call's input, or nothing when the call needs none. */
export type VariablesOf<F extends AnyCall> =
  undefined extends InputOf<F>
    ? // biome-ignore lint/suspicious/noConfusingVoidType: TanStack lets `mutate()` go without an argument only when its variables include void
      Exclude<InputOf<F>, undefined> | void
    : InputOf<F>

/** Options of `mutationOptions` that the caller may set over the adapter's. */
export type MutationOverrides<D, E, V> = Omit<MutationOptions<D, E, V>, 'mutationFn'>

/** What `mutationOptions` returns: for `useMutation`. */
export type EndpointMutationOptions<D, E, V> = MutationOptions<D, E, V> & {
  mutationKey: readonly unknown[]
  mutationFn: (variables: V) => Promise<D>
}

/**
 * Pages whose next cursor (or page number) is in the data: `getNextPageParam` reads it from the last page,
 * and the adapter sends it as the query parameter `pageParam`.
 */
export interface CursorPagination<D, P> {
  /**
   * The query parameter that carries the page param.
   * @default 'cursor'
   */
  readonly pageParam?: string
  /** The page param of the first page; `undefined` sends no page parameter. */
  readonly initialPageParam: P
  /** The next page's param from the pages so far; `undefined` or `null` when there is no next page. */
  readonly getNextPageParam: (
    lastPage: D,
    allPages: D[],
    lastPageParam: P,
    allPageParams: P[],
  ) => P | undefined | null
}

/**
 * Pages linked by the `Link: <...>; rel="next"` response header (RFC 8288), as GitHub and GitLab send it:
 * the next request takes the query parameters of the `next` link's URL.
 */
export interface LinkPagination {
  readonly next: 'link'
}

/** One page of a `Link`-paginated list: its data, and the URL of the next page when the server gave one. */
export interface LinkedPage<D> {
  readonly data: D
  readonly next: string | undefined
}

/** The query parameters of the next page's link, or `undefined` for the first page. */
export type LinkPageParam = Readonly<Record<string, string>> | undefined

/** What `infiniteQueryOptions` returns: for `useInfiniteQuery`, `queryClient.fetchInfiniteQuery`, ... */
export type EndpointInfiniteOptions<Page, E, P> = InfiniteQueryObserverOptions<
  Page,
  E,
  InfiniteData<Page, P>,
  EndpointQueryKey<InfiniteData<Page, P>, E>,
  P
> & {
  queryKey: EndpointQueryKey<InfiniteData<Page, P>, E>
  queryFn: QueryFunction<Page, EndpointQueryKey<InfiniteData<Page, P>, E>, P>
  initialPageParam: P
  getNextPageParam: (
    lastPage: Page,
    allPages: Page[],
    lastPageParam: P,
    allPageParams: P[],
  ) => P | undefined | null
}

/** Options of `infiniteQueryOptions` that the caller may set over the adapter's. */
export type InfiniteOverrides<Page, E, P> = Omit<
  EndpointInfiniteOptions<Page, E, P>,
  'queryKey' | 'queryFn' | 'initialPageParam' | 'getNextPageParam'
>

/** The query helpers of one endpoint. */
export interface EndpointUtils<F extends AnyCall> {
  /** The endpoint of the contract, as `defineApi` declared it. */
  readonly endpoint: Endpoint
  /**
   * The query key: `[prefix?, method, path]`, then the input's `params`, `query`, `body` and `headers`
   * when given. The key without input is a prefix of every key with input, for `invalidateQueries`.
   */
  queryKey(input?: InputOf<F>): EndpointQueryKey<QueryDataOf<F>, ErrorOf<F>>
  /** Options for `useQuery` / `fetchQuery`: resolves with the `ok` data, throws a `ResultError` otherwise. */
  queryOptions(
    ...args: undefined extends InputOf<F>
      ? [input?: InputOf<F>, overrides?: QueryOverrides<QueryDataOf<F>, ErrorOf<F>>]
      : [input: InputOf<F>, overrides?: QueryOverrides<QueryDataOf<F>, ErrorOf<F>>]
  ): EndpointQueryOptions<QueryDataOf<F>, ErrorOf<F>>
  /** Options for `useMutation`: `mutate(input)` calls the endpoint. */
  mutationOptions(
    overrides?: MutationOverrides<DataOf<F>, ErrorOf<F>, VariablesOf<F>>,
  ): EndpointMutationOptions<DataOf<F>, ErrorOf<F>, VariablesOf<F>>
  /** Options for `useInfiniteQuery`, with the next page's param read from the last page's data. */
  infiniteQueryOptions<P>(
    input: InputOf<F>,
    pagination: CursorPagination<QueryDataOf<F>, P>,
    overrides?: InfiniteOverrides<QueryDataOf<F>, ErrorOf<F>, P>,
  ): EndpointInfiniteOptions<QueryDataOf<F>, ErrorOf<F>, P>
  /** Options for `useInfiniteQuery`, with the next page from the `Link` header's `rel="next"`. */
  infiniteQueryOptions(
    input: InputOf<F>,
    pagination: LinkPagination,
    overrides?: InfiniteOverrides<LinkedPage<DataOf<F>>, ErrorOf<F>, LinkPageParam>,
  ): EndpointInfiniteOptions<LinkedPage<DataOf<F>>, ErrorOf<F>, LinkPageParam>
}

/** `createQueryUtils`'s result: the query helpers of every endpoint of the client. */
export type QueryUtils<C> = { readonly [N in keyof C]: C[N] extends AnyCall ? EndpointUtils<C[N]> : never }

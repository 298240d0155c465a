import type { Endpoint } from '../contract/define.js'
import type { AnyResult, Failure } from '../result.js'
import { type Call, dataOrThrow, orNull, withSignal } from './call.js'
import { findLink } from './link-header.js'
import { ResultError } from './result-error.js'
import type { CursorPagination, LinkedPage, LinkPageParam, LinkPagination } from './types.js'

type Input = Parameters<Call>[0]
export type Pagination = CursorPagination<unknown, unknown> | LinkPagination

/** The input with the page's query parameters over its own `query`. */
function withQuery(input: Input, extra: Readonly<Record<string, unknown>>): Input {
  const query = input?.query
  const own = typeof query === 'object' && query !== null ? query : {}
  return { ...input, query: { ...own, ...extra } }
}

/** Calls for one page and keeps the `Link` header's `rel="next"` target (RFC 8288) beside its data. */
async function linkedPage(
  call: Call,
  endpoint: Endpoint,
  input: Input,
  signal: AbortSignal,
): Promise<LinkedPage<unknown>> {
  const result = await call(withSignal(input, signal))
  if (!result.ok) throw new ResultError(result as Failure<AnyResult>, endpoint)
  const headers = 'headers' in result ? (result.headers as Headers) : undefined
  const next = findLink(headers?.get('link') ?? null, 'next', result.request.url)
  return { data: (result as { readonly data?: unknown }).data, next: next?.href }
}

/** The next page's query parameters: every parameter of the `next` link's URL (GitHub puts them all there). */
function nextFromLink(page: LinkedPage<unknown>): LinkPageParam {
  return page.next === undefined ? undefined : Object.fromEntries(new URL(page.next).searchParams)
}

export function infiniteQueryOptions(
  call: Call,
  endpoint: Endpoint,
  queryKey: readonly unknown[],
  input: Input,
  pagination: Pagination,
  overrides: object,
): object {
  // A key of its own: the cache holds pages here, not one response; still under queryKey(input).
  const key = [...queryKey, 'infinite']
  if ('next' in pagination) {
    return {
      ...overrides,
      queryKey: key,
      initialPageParam: undefined,
      getNextPageParam: nextFromLink,
      queryFn: ({ signal, pageParam }: { signal: AbortSignal; pageParam: LinkPageParam }) =>
        linkedPage(call, endpoint, pageParam === undefined ? input : withQuery(input, pageParam), signal),
    }
  }
  const name = pagination.pageParam ?? 'cursor'
  return {
    ...overrides,
    queryKey: key,
    initialPageParam: pagination.initialPageParam,
    getNextPageParam: pagination.getNextPageParam,
    queryFn: ({ signal, pageParam }: { signal: AbortSignal; pageParam: unknown }) =>
      dataOrThrow(
        call,
        endpoint,
        pageParam === undefined ? input : withQuery(input, { [name]: pageParam }),
        signal,
      ).then(orNull),
  }
}

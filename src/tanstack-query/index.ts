// honest-fetch/tanstack-query: TanStack Query v5 options built from a typed client. Only types come from
// @tanstack/query-core (an optional peer), so this entry adds none of its code to a bundle.

export { createQueryUtils } from './query-utils.js'
export type { QueryUtilsOptions } from './query-utils.js'
export { isResultError, ResultError } from './result-error.js'
export type { EndpointResultError } from './result-error.js'
export type {
  AnyCall,
  CursorPagination,
  DataOf,
  EndpointInfiniteOptions,
  EndpointMutationOptions,
  EndpointQueryKey,
  EndpointQueryOptions,
  EndpointUtils,
  ErrorOf,
  InfiniteOverrides,
  InputOf,
  LinkedPage,
  LinkPageParam,
  LinkPagination,
  MutationOverrides,
  QueryDataOf,
  QueryOverrides,
  QueryUtils,
  VariablesOf,
} from './types.js'

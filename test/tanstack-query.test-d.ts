import { type InfiniteData, QueryClient, QueryObserver } from '@tanstack/query-core'
import { describe, expectTypeOf, it } from 'vitest'
import type { z } from 'zod'
import { type Problem, type User, usersApi } from '../examples/users-api.js'
import { createApiClient, defineApi, type Failure, match } from '../src/index.js'
import {
  createQueryUtils,
  isResultError,
  type LinkedPage,
  type ResultError,
} from '../src/tanstack-query/index.js'

const users = createApiClient(usersApi, { baseURL: 'https://api.example.com' })
const q = createQueryUtils(users)
const queryClient = new QueryClient()
type GetUserFailure = Failure<Awaited<ReturnType<typeof users.getUser>>>
type CreateUserFailure = Failure<Awaited<ReturnType<typeof users.createUser>>>

describe('queryOptions: data from the declared 2xx schema, error the endpoint failure', () => {
  it('types fetchQuery data as the 200 schema output', async () => {
    const user = await queryClient.fetchQuery(q.getUser.queryOptions({ params: { id: '42' } }))
    expectTypeOf(user).toEqualTypeOf<z.output<typeof User>>()
  })

  it('types an observer result: data, and error as ResultError<Failure<...>>, with no generics written', () => {
    const result = new QueryObserver(
      queryClient,
      q.getUser.queryOptions({ params: { id: '42' } }),
    ).getCurrentResult()
    expectTypeOf(result.data).toEqualTypeOf<z.output<typeof User> | undefined>()
    expectTypeOf(result.error).toEqualTypeOf<ResultError<GetUserFailure> | null>()
    if (result.error) {
      const text = match(result.error.result, {
        notFound: (r) => r.data.type,
        _: (r) => r.kind,
      })
      expectTypeOf(text).toBeString()
      // @ts-expect-error notFound is declared for getUser, so match needs a handler for it
      match(result.error.result, { _: (r) => r.kind })
      // @ts-expect-error ok is not a failure: the error never holds it
      result.error.result.kind === 'ok'
    }
  })

  it('tags the key, so getQueryData is typed', () => {
    expectTypeOf(queryClient.getQueryData(q.getUser.queryKey({ params: { id: '1' } }))).toEqualTypeOf<
      z.output<typeof User> | undefined
    >()
  })

  it('requires the input that the endpoint requires', () => {
    // @ts-expect-error getUser needs params.id
    q.getUser.queryOptions()
    // @ts-expect-error getUser has no :name parameter
    q.getUser.queryOptions({ params: { name: 'x' } })
    q.listUsers.queryOptions()
    q.listUsers.queryOptions({ query: { limit: 5 } }, { staleTime: 1000 })
  })

  it('takes overrides typed with the same data and error', () => {
    q.getUser.queryOptions(
      { params: { id: '1' } },
      {
        retry: (count, error) => {
          expectTypeOf(error).toEqualTypeOf<ResultError<GetUserFailure>>()
          return count < 1 && error.result.kind === 'serviceUnavailable'
        },
      },
    )
    // @ts-expect-error the adapter owns the query function
    q.getUser.queryOptions({ params: { id: '1' } }, { queryFn: () => ({ id: '1', name: 'x' }) })
  })
})

describe('mutationOptions and infiniteQueryOptions', () => {
  it('types variables as the call input, data as the 201 schema, error as the failures', () => {
    const options = q.createUser.mutationOptions()
    expectTypeOf(options.mutationFn).parameter(0).toEqualTypeOf<Parameters<typeof users.createUser>[0]>()
    expectTypeOf(options.mutationFn).returns.resolves.toEqualTypeOf<z.output<typeof User>>()
    q.createUser.mutationOptions({
      onError: (error) => {
        expectTypeOf(error).toEqualTypeOf<ResultError<CreateUserFailure>>()
        if (error.result.kind === 'unprocessableEntity')
          expectTypeOf(error.result.data).toEqualTypeOf<z.output<typeof Problem>>()
      },
    })
  })

  it('types cursor pages as the data, and Link pages as { data, next }', async () => {
    const byCursor = await queryClient.fetchInfiniteQuery(
      q.listUsers.infiniteQueryOptions(
        {},
        { initialPageParam: 0, getNextPageParam: (_last, all) => all.length },
      ),
    )
    expectTypeOf(byCursor).toEqualTypeOf<InfiniteData<z.output<typeof User>[], number>>()
    const byLink = await queryClient.fetchInfiniteQuery(
      q.listUsers.infiniteQueryOptions({}, { next: 'link' }),
    )
    expectTypeOf(byLink.pages).toEqualTypeOf<LinkedPage<z.output<typeof User>[]>[]>()
  })
})

describe('a response without a body', () => {
  const ping = createQueryUtils(
    createApiClient(defineApi({ ping: { method: 'GET', path: '/ping', responses: { 204: null } } }), {
      baseURL: 'https://api.example.com',
    }),
  ).ping

  it('is null in a query (TanStack refuses undefined data) and undefined in a mutation', async () => {
    expectTypeOf(await queryClient.fetchQuery(ping.queryOptions())).toEqualTypeOf<null>()
    expectTypeOf(ping.mutationOptions().mutationFn).returns.resolves.toEqualTypeOf<undefined>()
  })
})

describe('isResultError', () => {
  it('narrows an unknown error to the failures of the endpoint named', () => {
    const error: unknown = new Error('x')
    if (isResultError(error, usersApi.createUser)) {
      expectTypeOf(error.result).toEqualTypeOf<CreateUserFailure>()
    }
    if (isResultError(error)) expectTypeOf(error.result.kind).toBeString()
  })
})

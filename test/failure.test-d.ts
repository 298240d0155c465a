import { describe, expectTypeOf, it } from 'vitest'
import type { z } from 'zod'
import { type Problem as ProblemSchema, type User as UserSchema, usersApi } from '../examples/users-api.js'
import {
  type AnyResult,
  type ApiResult,
  createApiClient,
  defineApi,
  type Failure,
  type HttpResult,
  isUnwrapError,
  match,
  UnwrapError,
  unwrap,
} from '../src/index.js'

const users = createApiClient(usersApi, { baseURL: 'https://api.example.com' })
type GetUser = Awaited<ReturnType<typeof users.getUser>>

describe('match: declared kinds required, _ for the rest', () => {
  type R = ApiResult<{ 200: typeof UserSchema; 404: typeof ProblemSchema }>
  const r = {} as R

  it('takes a handler per declared kind plus _', () => {
    const text = match(r, { ok: (x) => x.data.name, notFound: (x) => x.data.type, _: (x) => x.kind })
    expectTypeOf(text).toBeString()
  })

  it('refuses a _ fallback that stands in for a declared kind', () => {
    // @ts-expect-error notFound is declared, so it needs its own handler even with _
    match(r, { ok: (x) => x.data.name, _: (x) => x.kind })
  })

  it('flags every match that lacks a status added to the contract', () => {
    type Grown = ApiResult<{ 200: typeof UserSchema; 404: typeof ProblemSchema; 409: typeof ProblemSchema }>
    const grown = {} as Grown
    // @ts-expect-error conflict was added to the contract and has no handler
    match(grown, { ok: (x) => x.data.name, notFound: () => 'none', _: (x) => x.kind })
    match(grown, { ok: () => 1, notFound: () => 2, conflict: (x) => x.data.type, _: () => 3 })
  })

  it('gives _ the undeclared statuses and the non-status kinds only', () => {
    match(r, {
      ok: () => 0,
      notFound: () => 0,
      _: (rest) => {
        expectTypeOf<Extract<typeof rest, { kind: 'ok' }>>().toEqualTypeOf<never>()
        expectTypeOf<Extract<typeof rest, { kind: 'timeout' }>['timeoutMs']>().toEqualTypeOf<number>()
        return 0
      },
    })
  })

  it('lets a declared null status be handled like any other', () => {
    type D = ApiResult<{ 204: null; 404: typeof ProblemSchema }>
    const d = {} as D
    // @ts-expect-error noContent is declared
    match(d, { notFound: () => 0, _: () => 1 })
    match(d, { noContent: (x) => x.data, notFound: () => undefined, _: () => undefined })
  })

  it('on an untyped result, _ alone is enough', () => {
    const h = {} as HttpResult
    expectTypeOf(match(h, { ok: (x) => x.status, _: () => 0 })).toBeNumber()
  })
})

describe('failures have names', () => {
  it('Failure is the ok: false part of a result', () => {
    type F = Failure<GetUser>
    expectTypeOf<Extract<F, { kind: 'ok' }>>().toEqualTypeOf<never>()
    expectTypeOf<Extract<F, { kind: 'notFound' }>['data']>().toEqualTypeOf<z.output<typeof ProblemSchema>>()
    expectTypeOf<F['ok']>().toEqualTypeOf<false>()
  })

  it('every typed and untyped result is assignable to AnyResult', () => {
    expectTypeOf<GetUser>().toMatchTypeOf<AnyResult>()
    expectTypeOf<HttpResult>().toMatchTypeOf<AnyResult>()
    expectTypeOf<Failure<GetUser>>().toMatchTypeOf<Failure<AnyResult>>()
    const view = (failure: Failure<AnyResult>): string => failure.kind
    view({} as Failure<GetUser>)
  })

  it('isUnwrapError narrows an unknown error without any', () => {
    const error: unknown = new Error('x')
    if (error instanceof UnwrapError) {
      expectTypeOf(error.result).not.toBeAny()
      expectTypeOf(error.result).toEqualTypeOf<Failure<AnyResult>>()
    }
    if (isUnwrapError(error)) expectTypeOf(error.result).toEqualTypeOf<Failure<AnyResult>>()
    if (isUnwrapError(error, usersApi.getUser)) {
      expectTypeOf(error.result).toEqualTypeOf<Failure<GetUser>>()
      if (error.result.kind === 'notFound') expectTypeOf(error.result.data.type).toBeString()
      expectTypeOf(error).toExtend<UnwrapError>()
      expectTypeOf(error.message).toBeString()
    }
    const ranged = defineApi({
      get: {
        method: 'GET',
        path: '/r',
        responses: {
          200: usersApi.getUser.responses[200],
          '4XX': usersApi.getUser.responses[404],
          default: usersApi.getUser.responses[404],
        },
      },
    })
    if (isUnwrapError(error, ranged.get)) {
      expectTypeOf(error).toExtend<UnwrapError>()
      if (error.result.kind === 'conflict') expectTypeOf(error.result.data.type).toBeString()
    }
  })

  it('unwrap still returns the declared 2xx data', () => {
    expectTypeOf(unwrap({} as GetUser)).toEqualTypeOf<z.output<typeof UserSchema>>()
  })
})

describe('results without a response', () => {
  it('read status, headers and data as undefined, so any result can be destructured', () => {
    const r = {} as HttpResult
    expectTypeOf(r.status).toEqualTypeOf<number | undefined>()
    const { status, data } = r
    expectTypeOf(status).toEqualTypeOf<number | undefined>()
    expectTypeOf(data).toEqualTypeOf<unknown>()
    if (r.kind === 'timeout') {
      expectTypeOf(r.status).toEqualTypeOf<undefined>()
      expectTypeOf(r.headers).toEqualTypeOf<undefined>()
    }
  })
})

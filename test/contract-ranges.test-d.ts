import { describe, expectTypeOf, it } from 'vitest'
import { z } from 'zod'
import { type ApiResult, type CoveredCodes, createApiClient, defineApi, match } from '../src/index.js'
import { mockApi } from '../src/msw/index.js'

const User = z.object({ id: z.string(), name: z.string() })
const NotFound = z.object({ missing: z.string() })
const Problem = z.object({ title: z.string() })
const ApiError = z.object({ error: z.string() })
type User = z.infer<typeof User>
type NotFound = z.infer<typeof NotFound>
type Problem = z.infer<typeof Problem>
type ApiError = z.infer<typeof ApiError>

const api = defineApi({
  getUser: {
    method: 'GET',
    path: '/users/:id',
    responses: { 200: User, 404: NotFound, '4XX': Problem, '5XX': Problem, default: ApiError },
  },
  ranged: { method: 'GET', path: '/r', responses: { 200: User, '4XX': Problem } },
  defaulted: { method: 'GET', path: '/d', responses: { 200: User, default: ApiError } },
  accepted: { method: 'POST', path: '/a', responses: { '2XX': User } },
  plain: { method: 'GET', path: '/p', responses: { 200: User, 404: NotFound } },
  fiveOnly: { method: 'GET', path: '/f', responses: { 200: User, '5XX': Problem } },
})
const client = createApiClient(api, { baseURL: 'https://api.test' })
type Get = Awaited<ReturnType<typeof client.getUser>>
type Data<R, K> = Extract<R, { readonly kind: K }> extends { readonly data: infer D } ? D : never
type Ok<R, K> = Extract<R, { readonly kind: K }> extends { readonly ok: infer O } ? O : never

describe('results of a contract with ranges and default', () => {
  it('keeps explicit codes exactly as precise', () => {
    expectTypeOf<Data<Get, 'ok'>>().toEqualTypeOf<User>()
    expectTypeOf<Data<Get, 'notFound'>>().toEqualTypeOf<NotFound>()
  })

  it('types every other kind of a class by its range, the class kind too', () => {
    expectTypeOf<Data<Get, 'conflict'>>().toEqualTypeOf<Problem>()
    expectTypeOf<Data<Get, 'clientError'>>().toEqualTypeOf<Problem>()
    expectTypeOf<Data<Get, 'serviceUnavailable'>>().toEqualTypeOf<Problem>()
    expectTypeOf<Ok<Get, 'conflict'>>().toEqualTypeOf<false>()
  })

  it('types the kinds no code or range covers by default, a 2xx then ok', () => {
    expectTypeOf<Data<Get, 'found'>>().toEqualTypeOf<ApiError>()
    expectTypeOf<Data<Get, 'success'>>().toEqualTypeOf<ApiError>()
    expectTypeOf<Ok<Get, 'success'>>().toEqualTypeOf<true>()
    expectTypeOf<Ok<Get, 'found'>>().toEqualTypeOf<false>()
  })

  it('gives serverError both 5XX and default, since codes outside 200-599 reach only default', () => {
    expectTypeOf<Data<Get, 'serverError'>>().toEqualTypeOf<Problem | ApiError>()
    type D = Awaited<ReturnType<typeof client.defaulted>>
    expectTypeOf<Data<D, 'serverError'>>().toEqualTypeOf<ApiError>()
    expectTypeOf<Data<D, 'internalServerError'>>().toEqualTypeOf<ApiError>()
    // Without default, a code outside 200-599 (kind serverError) reaches no declaration and is not validated.
    type F = Awaited<ReturnType<typeof client.fiveOnly>>
    expectTypeOf<Data<F, 'internalServerError'>>().toEqualTypeOf<Problem>()
    expectTypeOf<Data<F, 'serverError'>>().toEqualTypeOf<unknown>()
  })

  it('leaves kinds outside the ranges unknown and never ok without default', () => {
    type R = Awaited<ReturnType<typeof client.ranged>>
    expectTypeOf<Data<R, 'gone'>>().toEqualTypeOf<Problem>()
    expectTypeOf<Data<R, 'internalServerError'>>().toEqualTypeOf<unknown>()
    expectTypeOf<Data<R, 'serverError'>>().toEqualTypeOf<unknown>()
    expectTypeOf<Ok<R, 'created'>>().toEqualTypeOf<false>()
  })

  it('makes every 2xx under 2XX ok with its data', () => {
    type A = Awaited<ReturnType<typeof client.accepted>>
    expectTypeOf<Data<A, 'created'>>().toEqualTypeOf<User>()
    expectTypeOf<Ok<A, 'created'>>().toEqualTypeOf<true>()
    expectTypeOf<Ok<A, 'notFound'>>().toEqualTypeOf<false>()
  })

  it('narrows on ok to the 2xx declarations only', () => {
    const r = {} as Get
    if (r.ok) expectTypeOf(r.data).toEqualTypeOf<User | ApiError>()
  })
})

describe('match requires handlers for explicit codes only', () => {
  const r = {} as Get

  it('takes the explicit kinds plus _, range and default kinds optional', () => {
    const text = match(r, {
      ok: (x) => x.data.name,
      notFound: (x) => x.data.missing,
      conflict: (x) => x.data.title,
      found: (x) => x.data.error,
      _: (x) => x.kind,
    })
    expectTypeOf(text).toBeString()
    match(r, { ok: () => 1, notFound: () => 2, _: () => 3 })
  })

  it('still requires an explicit code beside a range', () => {
    // @ts-expect-error notFound is declared by its own code
    match(r, { ok: () => 1, _: () => 3 })
  })

  it('hands _ the range and default kinds with their data', () => {
    match(r, {
      ok: () => 0,
      notFound: () => 0,
      _: (rest) => {
        expectTypeOf<Data<typeof rest, 'gone'>>().toEqualTypeOf<Problem>()
        expectTypeOf<Extract<typeof rest, { kind: 'notFound' }>>().toEqualTypeOf<never>()
        return 0
      },
    })
  })

  it('does not change a contract without ranges', () => {
    type P = ApiResult<{ 200: typeof User; 404: typeof NotFound }>
    // @ts-expect-error notFound is declared
    match({} as P, { ok: () => 1, _: () => 2 })
  })
})

describe('reply takes any status the contract covers', () => {
  const mock = mockApi(api, { baseURL: 'https://api.test' })

  it('takes a code of a declared range, with that range body', () => {
    mock.ranged.reply(418, { title: 'teapot' })
    mock.ranged.reply(404, { title: 'gone' })
    // @ts-expect-error the 4XX body is a Problem
    mock.ranged.reply(418, { missing: 'x' })
    // @ts-expect-error 500 is not covered: no 5XX and no default
    mock.ranged.reply(500, { title: 'x' })
  })

  it('refuses a 418 without a range or default', () => {
    // @ts-expect-error plain declares 200 and 404 only
    mock.plain.reply(418, { title: 'x' })
    expectTypeOf<CoveredCodes<{ 200: null; 404: null }>>().toEqualTypeOf<200 | 404>()
  })

  it('takes any code under default, with the explicit code still precise', () => {
    mock.getUser.reply(404, { missing: 'x' })
    mock.getUser.reply(503, { title: 'down' })
    mock.getUser.reply(299, { error: 'odd' })
    mock.getUser.reply(302, { error: 'moved' }, { location: '/elsewhere' })
    // @ts-expect-error a redirect status needs its location
    mock.getUser.reply(302, { error: 'moved' })
    // @ts-expect-error 404's own body, not the 4XX one
    mock.getUser.reply(404, { title: 'x' })
    mock.defaulted.example(500)
  })

  it("types example's status as any covered code", () => {
    expectTypeOf(mock.ranged.example)
      .parameter(0)
      .toEqualTypeOf<CoveredCodes<typeof api.ranged.responses> | undefined>()
    mock.ranged.example(409)
    mock.ranged.example()
    // @ts-expect-error 500 is not covered: no 5XX, no default
    mock.ranged.example(500)
    // @ts-expect-error a status is a code, not the key of the range
    mock.ranged.example('4XX')
  })

  it('types handle reply the same way', () => {
    mock.ranged.handle(({ reply }) => reply(409, { title: 'conflict' }))
    // @ts-expect-error 500 is not covered
    mock.ranged.handle(({ reply }) => reply(500, { title: 'x' }))
  })

  it('types the headers a range or default declares, as an explicit code does', () => {
    const RateLimit = z.object({ 'retry-after': z.string(), 'x-request-id': z.string().optional() })
    const headed = defineApi({
      get: {
        method: 'GET',
        path: '/h',
        responses: {
          200: User,
          '4XX': { schema: Problem, headers: RateLimit },
          default: { schema: ApiError, headers: z.object({ 'x-request-id': z.string() }) },
        },
      },
    })
    type R = Awaited<ReturnType<ReturnType<typeof createApiClient<typeof headed>>['get']>>
    type HeadersOfKind<K> = Extract<R, { readonly kind: K }>['headers']
    expectTypeOf<ReturnType<HeadersOfKind<'tooManyRequests'>['get']>>().toEqualTypeOf<string | null>()
    const limited = {} as Extract<R, { readonly kind: 'tooManyRequests' }>
    expectTypeOf(limited.headers.get('retry-after')).toEqualTypeOf<string>()
    expectTypeOf(limited.headers.get('x-request-id')).toEqualTypeOf<string | null>()
    const failed = {} as Extract<R, { readonly kind: 'internalServerError' }>
    expectTypeOf(failed.headers.get('x-request-id')).toEqualTypeOf<string>()
    const ok = {} as Extract<R, { readonly kind: 'ok' }>
    expectTypeOf(ok.headers).toEqualTypeOf<Headers>()
  })
})

import type { HttpHandler } from 'msw'
import { describe, expectTypeOf, it } from 'vitest'
import { z } from 'zod'
import { usersApi } from '../../examples/users-api.js'
import { defineApi } from '../../src/index.js'
import {
  type EndpointMock,
  mockApi,
  type RedirectReplyInit,
  type ReplyArgs,
  type ReplyInit,
  respond,
} from '../../src/msw/index.js'

const mock = mockApi(usersApi, { baseURL: 'https://api.test' })
const ada = { id: '42', name: 'Ada' }

describe('reply takes declared statuses only', () => {
  it('accepts each declared status and returns an msw handler', () => {
    expectTypeOf(mock.getUser.reply(200, ada)).toEqualTypeOf<HttpHandler>()
    mock.getUser.reply(404, { title: 'Not Found' })
    mock.createUser.reply(409, { type: 'urn:conflict' })
    mock.deleteUser.reply(204)
    expectTypeOf(mock.getUser.reply).parameter(0).toEqualTypeOf<200 | 404>()
  })

  it('rejects a status the endpoint does not declare', () => {
    // @ts-expect-error 500 is not declared by getUser
    mock.getUser.reply(500, ada)
    // @ts-expect-error 201 belongs to createUser, not getUser
    mock.getUser.reply(201, ada)
    // @ts-expect-error a status is a number, as declared
    mock.getUser.reply('200', ada)
  })
})

describe('the body is the schema input of that status', () => {
  it('takes the input type: defaults may be left out, optional keys too', () => {
    mock.getUser.reply(200, { id: '1', name: 'A', email: 'a@example.com' })
    mock.getUser.reply(404, {})
    mock.listUsers.reply(200, [ada, { id: '2', name: 'B' }])
    expectTypeOf<ReplyArgs<(typeof usersApi.getUser.responses)[200]>>().toEqualTypeOf<
      [body: { id: string; name: string; email?: string | undefined }, init?: ReplyInit]
    >()
  })

  it('rejects a body that does not fit', () => {
    // @ts-expect-error id must be a string
    mock.getUser.reply(200, { id: 42, name: 'Ada' })
    // @ts-expect-error name is required
    mock.getUser.reply(200, { id: '42' })
    // @ts-expect-error the 200 body is required
    mock.getUser.reply(200)
    // @ts-expect-error listUsers answers an array
    mock.listUsers.reply(200, ada)
    // @ts-expect-error a 404 body is a problem, not a user list
    mock.getUser.reply(404, [ada])
  })

  it('a status declared null takes no body', () => {
    mock.deleteUser.reply(204, undefined, { headers: { 'x-trace': '1' } })
    // @ts-expect-error 204 is declared null: no body
    mock.deleteUser.reply(204, {})
  })

  it('reads the input side of a transform', () => {
    const api = defineApi({
      at: {
        method: 'GET',
        path: '/at',
        responses: { 200: z.object({ at: z.string().transform((s) => new Date(s)) }) },
      },
    })
    const at = mockApi(api, { baseURL: 'https://api.test' }).at
    at.reply(200, { at: '2026-01-01T00:00:00Z' })
    // @ts-expect-error the wire form is a string; the Date is the output
    at.reply(200, { at: new Date() })
  })
})

describe('a redirect status takes a location', () => {
  const api = defineApi({
    moved: {
      method: 'GET',
      path: '/old',
      responses: { 200: z.object({ a: z.number() }), 302: null, 308: null },
    },
  })
  const moved = mockApi(api, { baseURL: 'https://api.test' }).moved

  it('required for 301, 302, 303, 307 and 308', () => {
    moved.reply(302, undefined, { location: '/new' })
    moved.reply(308, undefined, { location: '/new', delay: 5 })
    // @ts-expect-error fetch follows a 302: where to?
    moved.reply(302)
    // @ts-expect-error a header alone is not enough for the type checker: say it as `location`
    moved.reply(308, undefined, { headers: { location: '/new' } })
  })

  it('optional for every other status', () => {
    moved.reply(200, { a: 1 })
    moved.reply(200, { a: 1 }, { location: '/old' })
    expectTypeOf<ReplyArgs<null, 302>>().toEqualTypeOf<[body: undefined, init: RedirectReplyInit]>()
  })
})

describe('the rest of the surface', () => {
  it('has one EndpointMock per endpoint and no others', () => {
    expectTypeOf(mock.getUser).toEqualTypeOf<EndpointMock<typeof usersApi.getUser>>()
    expectTypeOf(mock).toHaveProperty('deleteUser')
    // @ts-expect-error not an endpoint of the contract
    mock.getUsers
  })

  it('sequence and delay take handlers; the helpers take their options', () => {
    expectTypeOf(
      mock.getUser.sequence(mock.getUser.unavailable({ retryAfter: 0 }), mock.getUser.reply(200, ada)),
    ).toEqualTypeOf<HttpHandler>()
    mock.getUser.delay(100, mock.getUser.reply(200, ada))
    mock.getUser.rateLimited({ retryAfter: new Date() })
    mock.getUser.unauthorized({ challenge: false })
    // @ts-expect-error sequence needs at least one handler
    mock.getUser.sequence()
    // @ts-expect-error Retry-After is seconds or a Date, not a string
    mock.getUser.rateLimited({ retryAfter: '2' })
  })

  it('respond builders return a Response for a raw resolver', () => {
    expectTypeOf(respond.ok(ada)).toEqualTypeOf<Response>()
    expectTypeOf(respond.networkError()).toEqualTypeOf<Response>()
    // @ts-expect-error created needs its location
    respond.created(ada)
  })
})

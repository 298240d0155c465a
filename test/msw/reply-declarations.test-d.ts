import { describe, expectTypeOf, it } from 'vitest'
import { z } from 'zod'
import { defineApi } from '../../src/index.js'
import { type DeclaredReplyInit, mockApi, type ReplyArgs, type ReplyInit } from '../../src/msw/index.js'

const Repo = z.object({ name: z.string() })
const api = defineApi({
  repos: {
    method: 'POST',
    path: '/repos',
    responses: {
      200: { schema: Repo, headers: z.object({ link: z.string().optional() }) },
      201: { schema: Repo, headers: z.object({ location: z.string() }) },
      202: { schema: Repo, headers: z.object({ location: z.string(), 'x-job': z.string() }) },
      204: { headers: z.object({ 'x-left': z.string() }) },
      206: {
        content: {
          'application/json': z.array(Repo),
          'text/csv': { format: 'text', schema: z.string() },
          'application/pdf': { format: 'bytes' },
        },
      },
    },
  },
})
const mock = mockApi(api, { baseURL: 'https://api.test' })
type Declared = typeof api.repos.responses

describe('reply for a status with declared headers', () => {
  it('requires init.headers when a header is required, and leaves it optional when none is', () => {
    expectTypeOf<ReplyArgs<Declared[201]>>().toEqualTypeOf<
      [body: { name: string }, init: DeclaredReplyInit<{ location: string }>]
    >()
    expectTypeOf<ReplyArgs<Declared[200]>>().toEqualTypeOf<
      [body: { name: string }, init?: DeclaredReplyInit<{ link?: string | undefined }>]
    >()
    mock.repos.reply(201, { name: 'a' }, { headers: { location: '/repos/a' } })
    mock.repos.reply(200, { name: 'a' })
    mock.repos.reply(200, { name: 'a' }, { headers: { link: '<x>; rel="next"', etag: '"1"' } })
    mock.repos.reply(204, undefined, { headers: { 'x-left': '1' } })
    // @ts-expect-error a required header cannot be left out
    mock.repos.reply(201, { name: 'a' })
    // @ts-expect-error nor the headers be empty
    mock.repos.reply(201, { name: 'a' }, { headers: {} })
    // @ts-expect-error header values are strings
    mock.repos.reply(204, undefined, { headers: { 'x-left': 1 } })
  })
})

describe('a required location header given as the location option', () => {
  it('satisfies the declared header, as it does at run time', () => {
    mock.repos.reply(201, { name: 'a' }, { location: '/repos/a' })
    mock.repos.reply(201, { name: 'a' }, { location: '/repos/a', delay: 5 })
    mock.repos.reply(202, { name: 'a' }, { location: '/jobs/1', headers: { 'x-job': '1' } })
    mock.repos.reply(202, { name: 'a' }, { headers: { location: '/jobs/1', 'x-job': '1' } })
    // @ts-expect-error the other required headers are still required
    mock.repos.reply(202, { name: 'a' }, { location: '/jobs/1' })
    // @ts-expect-error the location option is a string
    mock.repos.reply(201, { name: 'a' }, { location: 1 })
    // @ts-expect-error a status that declares no location header keeps its own headers required
    mock.repos.reply(204, undefined, { location: '/x' })
  })
})

describe('reply for a status with several media types', () => {
  it('types the body by the contentType it names, from the declared ones', () => {
    mock.repos.reply(206, 'name\na\n', { contentType: 'text/csv' })
    mock.repos.reply(206, new Uint8Array([1]), { contentType: 'application/pdf' })
    mock.repos.reply(206, [{ name: 'a' }], { contentType: 'application/json' })
    mock.repos.reply(206, [{ name: 'a' }])
    // @ts-expect-error CSV is text
    mock.repos.reply(206, [{ name: 'a' }], { contentType: 'text/csv' })
    // @ts-expect-error a media type the status does not declare
    mock.repos.reply(206, 'x', { contentType: 'text/html' })
    expectTypeOf<ReplyInit['contentType']>().toEqualTypeOf<string | undefined>()
  })
})

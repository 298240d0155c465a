import { describe, expectTypeOf, it } from 'vitest'
import { z } from 'zod'
import { createApiClient, type DeclaredHeaders, defineApi } from '../src/index.js'

const Repo = z.object({ name: z.string() })
const Row = z.object({ id: z.number() })
const api = defineApi({
  repo: {
    method: 'GET',
    path: '/repo',
    responses: {
      200: {
        schema: Repo,
        headers: z.object({ link: z.string().optional(), 'x-kind': z.enum(['a', 'b']) }),
      },
      201: { schema: Repo, headers: z.object({ location: z.string() }) },
      204: { headers: z.object({ 'x-ratelimit-remaining': z.string() }) },
      404: Repo,
    },
  },
  rows: {
    method: 'GET',
    path: '/rows',
    responses: {
      200: {
        content: {
          'application/json': z.array(Row),
          'text/csv': { format: 'text', schema: z.string() },
          'application/vnd.x.raw': { format: 'bytes' },
          'text/tab-separated-values': null,
        },
      },
      404: { contentType: 'application/problem+json', schema: Repo },
    },
  },
  plain: { method: 'GET', path: '/plain', responses: { 200: Repo, 204: null } },
})
const client = createApiClient(api)
type RepoResult = Awaited<ReturnType<typeof client.repo>>
type RowsResult = Awaited<ReturnType<typeof client.rows>>
type Of<R, K> = Extract<R, { kind: K; data: unknown }>

describe('declared response headers', () => {
  it('type get by the schema: required, optional and enum headers; any other name string | null', () => {
    type Ok = Of<RepoResult, 'ok'>['headers']
    expectTypeOf<Ok>().toEqualTypeOf<DeclaredHeaders<{ link?: string | undefined; 'x-kind': 'a' | 'b' }>>()
    const ok = {} as Ok
    expectTypeOf(ok.get('link')).toEqualTypeOf<string | null>()
    expectTypeOf(ok.get('x-kind')).toEqualTypeOf<'a' | 'b'>()
    expectTypeOf(ok.get('etag')).toEqualTypeOf<string | null>()
    expectTypeOf(ok).toExtend<Headers>()
    const created = {} as Of<RepoResult, 'created'>['headers']
    expectTypeOf(created.get('location')).toEqualTypeOf<string>()
    const none = {} as Of<RepoResult, 'noContent'>
    expectTypeOf(none.headers.get('x-ratelimit-remaining')).toEqualTypeOf<string>()
    expectTypeOf(none.data).toEqualTypeOf<undefined>()
  })

  it('leaves a status without headers its plain Headers', () => {
    expectTypeOf<Of<RepoResult, 'notFound'>['headers']>().toEqualTypeOf<Headers>()
    type Plain = Awaited<ReturnType<typeof client.plain>>
    expectTypeOf<Of<Plain, 'ok'>['headers']>().toEqualTypeOf<Headers>()
  })
})

describe('several media types for one status', () => {
  it('types data as the union of what each media type reads', () => {
    expectTypeOf<Of<RowsResult, 'ok'>['data']>().toEqualTypeOf<{ id: number }[] | string | Uint8Array>()
  })

  it('types accept as the media types the 2xx declare', () => {
    client.rows({ accept: 'text/csv' })
    client.rows({ accept: 'application/vnd.x.raw' })
    // @ts-expect-error a 404's media type is not one to ask for
    client.rows({ accept: 'application/problem+json' })
    // @ts-expect-error nor one the endpoint does not declare
    client.rows({ accept: 'text/html' })
    client.plain({ accept: 'application/json' })
    // @ts-expect-error a JSON endpoint asks for JSON
    client.plain({ accept: 'text/csv' })
  })
})

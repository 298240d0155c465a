import { describe, expectTypeOf, it } from 'vitest'
import { z } from 'zod'
import {
  type BodyFormat,
  createApiClient,
  defineApi,
  type ResponseSpec,
  type ResponseType,
} from '../src/index.js'
import { mockApi, type ReplyArgs, type ReplyInit } from '../src/msw/index.js'

const Repo = z.object({ name: z.string() })
const api = defineApi({
  media: {
    method: 'GET',
    path: '/media',
    responses: {
      200: { contentType: 'application/vnd.github.object', format: 'json', schema: Repo },
      201: { contentType: 'text/plain', schema: z.string() },
      202: null,
      203: { contentType: 'text/html' },
      206: { contentType: 'application/pdf', format: 'bytes' },
      207: { contentType: 'application/x-custom' },
    },
  },
})
const client = createApiClient(api)
type Result = Awaited<ReturnType<typeof client.media>>
type DataOf<K extends Result['kind']> = Extract<Result, { kind: K; data: unknown }>['data']
type Declared = typeof api.media.responses

describe('a status declared with its media type', () => {
  it('types data by the schema, else by the format or a text/* type', () => {
    expectTypeOf<DataOf<'ok'>>().toEqualTypeOf<{ name: string }>()
    expectTypeOf<DataOf<'created'>>().toEqualTypeOf<string>()
    expectTypeOf<DataOf<'accepted'>>().toEqualTypeOf<undefined>()
    expectTypeOf<DataOf<'nonAuthoritativeInformation'>>().toEqualTypeOf<string>()
    expectTypeOf<DataOf<'partialContent'>>().toEqualTypeOf<Uint8Array>()
    expectTypeOf<DataOf<'multiStatus'>>().toBeUnknown()
    expectTypeOf<Extract<Result, { kind: 'partialContent' }>['ok']>().toEqualTypeOf<true>()
  })

  it('makes reply take what the declaration sends', () => {
    expectTypeOf<ReplyArgs<Declared[200]>>().toEqualTypeOf<[body: { name: string }, init?: ReplyInit]>()
    expectTypeOf<ReplyArgs<Declared[201]>>().toEqualTypeOf<[body: string, init?: ReplyInit]>()
    expectTypeOf<ReplyArgs<Declared[202]>>().toEqualTypeOf<[body?: undefined, init?: ReplyInit]>()
    expectTypeOf<ReplyArgs<Declared[203]>>().toEqualTypeOf<[body: string, init?: ReplyInit]>()
    expectTypeOf<ReplyArgs<Declared[206]>>().toEqualTypeOf<[body: Uint8Array, init?: ReplyInit]>()
    const mock = mockApi(api, { baseURL: 'https://api.test' })
    mock.media.reply(201, 'Created')
    mock.media.reply(206, new Uint8Array([37, 80, 68, 70]))
    // @ts-expect-error a text status takes a string
    mock.media.reply(203, { html: true })
    // @ts-expect-error a bytes status takes bytes
    mock.media.reply(206, 'not bytes')
    // @ts-expect-error a status declared null takes no body
    mock.media.reply(202, 'Accepted')
  })

  it('exports the declaration types', () => {
    expectTypeOf<ResponseSpec['format']>().toEqualTypeOf<BodyFormat | ResponseType | undefined>()
    expectTypeOf<BodyFormat>().toEqualTypeOf<'json' | 'text' | 'bytes'>()
  })

  it('refuses a declaration that is neither a schema, null nor a spec', () => {
    const csv = { contentType: 'text/csv', format: 'csv' } as const
    // @ts-expect-error format is one of json, text, bytes, stream, sse, ndjson
    defineApi({ a: { method: 'GET', path: '/a', responses: { 200: csv } } })
    // @ts-expect-error a spec names its contentType
    defineApi({ a: { method: 'GET', path: '/a', responses: { 200: { format: 'text' } } } })
  })
})

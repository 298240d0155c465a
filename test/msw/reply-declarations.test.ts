import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { createApiClient, defineApi } from '../../src/index.js'
import { MockError, mockApi } from '../../src/msw/index.js'
import { baseURL, useServer } from './server.js'

const server = useServer()
const Repo = z.object({ name: z.string() })
const api = defineApi({
  createRepo: {
    method: 'POST',
    path: '/repos',
    responses: {
      201: { schema: Repo, headers: z.object({ location: z.string(), 'x-id': z.string().optional() }) },
      204: { headers: z.object({ 'x-ratelimit-remaining': z.string().regex(/^\d+$/) }) },
    },
  },
  rows: {
    method: 'GET',
    path: '/rows',
    responses: {
      200: {
        content: {
          'application/json': z.array(z.object({ id: z.number() })),
          'text/csv': { format: 'text', schema: z.string().startsWith('id\n') },
          'application/octet-stream': null,
        },
        headers: z.object({ link: z.string().optional() }),
      },
    },
  },
})
const mock = mockApi(api, { baseURL })
const client = createApiClient(api, { baseURL, retry: false })

describe('reply with declared response headers', () => {
  it('sends them, and the client validates and types them', async () => {
    server.use(mock.createRepo.reply(201, { name: 'a' }, { headers: { location: '/repos/a' } }))
    const r = await client.createRepo()
    expect(r).toMatchObject({ kind: 'created', data: { name: 'a' }, location: 'https://api.test/repos/a' })
    if (r.kind !== 'created') throw new Error(r.kind)
    expect(r.headers.get('location')).toBe('/repos/a')
  })

  it('refuses a reply without a required header, naming it', () => {
    const reply = () => mock.createRepo.reply(201, { name: 'a' }, {} as never)
    expect(reply).toThrow(MockError)
    expect(reply).toThrow(/createRepo.reply\(201\): the headers do not fit .* \(location: /)
    expect(() =>
      mock.createRepo.reply(204, undefined, { headers: { 'x-ratelimit-remaining': 'lots' } }),
    ).toThrow(/x-ratelimit-remaining: /)
  })

  it('counts the location option as the Location header', async () => {
    server.use(mock.createRepo.reply(201, { name: 'b' }, { location: '/repos/b' }))
    expect(await client.createRepo()).toMatchObject({ kind: 'created', ok: true })
  })

  it('sends headers on a status without a body', async () => {
    server.use(mock.createRepo.reply(204, undefined, { headers: { 'x-ratelimit-remaining': '9' } }))
    expect(await client.createRepo()).toMatchObject({ kind: 'noContent', ok: true, violations: [] })
  })
})

describe('reply with several declared media types', () => {
  it('sends the first by default, as JSON', async () => {
    server.use(mock.rows.reply(200, [{ id: 1 }]))
    const r = await client.rows()
    expect(r).toMatchObject({ kind: 'ok', data: [{ id: 1 }], violations: [] })
    expect('headers' in r && r.headers.get('content-type')).toBe('application/json')
  })

  it('sends the one contentType names, in its format, checked against its schema', async () => {
    server.use(mock.rows.reply(200, 'id\n1\n', { contentType: 'text/csv' }))
    const r = await client.rows({ accept: 'text/csv' })
    expect(r).toMatchObject({ kind: 'ok', data: 'id\n1\n', violations: [] })
    expect('headers' in r && r.headers.get('content-type')).toBe('text/csv')
    expect(() => mock.rows.reply(200, 'name\n', { contentType: 'text/csv' })).toThrow(/the body does not fit/)
  })

  it('picks the media type by a Content-Type header too', async () => {
    const bytes = new Uint8Array([1, 2, 3])
    server.use(mock.rows.reply(200, bytes, { headers: { 'content-type': 'application/octet-stream' } }))
    const r = await client.rows()
    expect(r).toMatchObject({ kind: 'ok', data: bytes, violations: [] })
  })

  it('checks the body against the first declared when no media type is named', () => {
    expect(() => mock.rows.reply(200, 'id\n1\n')).toThrow(/the body does not fit/)
  })

  it('refuses a media type the status does not declare', () => {
    expect(() => mock.rows.reply(200, 'x', { contentType: 'text/html' } as never)).toThrow(
      /does not declare text\/html for 200 \(it declares application\/json, text\/csv, application\/octet-stream\)/,
    )
  })

  it('answers handle() replies the same way', async () => {
    server.use(mock.rows.handle(({ reply }) => reply(200, 'id\n2\n', { contentType: 'text/csv' })))
    expect(await client.rows()).toMatchObject({ kind: 'ok', data: 'id\n2\n' })
  })
})

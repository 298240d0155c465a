import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { createApiClient, defineApi } from '../../src/index.js'
import { MockError, mockApi } from '../../src/msw/index.js'
import { baseURL, useServer } from './server.js'

const server = useServer()
const api = defineApi({
  media: {
    method: 'GET',
    path: '/media',
    responses: {
      200: {
        contentType: 'application/vnd.github.object',
        format: 'json',
        schema: z.object({ n: z.number() }),
      },
      201: { contentType: 'text/plain', schema: z.string() },
      202: null,
      203: { contentType: 'text/html' },
      206: { contentType: 'application/pdf', format: 'bytes' },
    },
  },
})
const mock = mockApi(api, { baseURL })
const client = createApiClient(api, { baseURL, retry: false })

describe('reply follows the declared media type, as the client reads it', () => {
  it.each([
    [200, { n: 1 }, 'application/vnd.github.object', { n: 1 }],
    [201, 'Created', 'text/plain', 'Created'],
    [203, '<p>hi</p>', 'text/html', '<p>hi</p>'],
    [206, new Uint8Array([37, 80, 68, 70]), 'application/pdf', new Uint8Array([37, 80, 68, 70])],
  ] as const)(
    '%i is sent as declared and read back without a violation',
    async (status, body, type, data) => {
      server.use(mock.media.reply(status as 200, body as { n: number }))
      const r = await client.media()
      expect(r).toMatchObject({ status, ok: true, violations: [], data })
      expect('headers' in r && r.headers.get('content-type')).toBe(type)
    },
  )

  it('sends a status declared null without a body, and the client sees no violation', async () => {
    server.use(mock.media.reply(202))
    expect(await client.media()).toMatchObject({
      kind: 'accepted',
      ok: true,
      data: undefined,
      violations: [],
    })
  })

  it('refuses a body that does not fit the declared format', () => {
    expect(() => mock.media.reply(203, 42 as unknown as string)).toThrow(MockError)
    expect(() => mock.media.reply(203, 42 as unknown as string)).toThrow(
      /text\/html read as text; reply with a string/,
    )
    expect(() => mock.media.reply(206, 'x' as unknown as Uint8Array)).toThrow(/reply with a Uint8Array/)
  })
})

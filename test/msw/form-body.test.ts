import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { createApiClient, createClient, defineApi } from '../../src/index.js'
import { MockError, mockApi } from '../../src/msw/index.js'

// `handle` reads a declared form body back into the object the client sent, typed as the schema's output.

const Ok = z.object({ ok: z.boolean() })
const Charge = z.object({
  amount: z.number(),
  currency: z.string(),
  code: z.string(),
  capture: z.boolean(),
  description: z.string(),
  metadata: z.record(z.string(), z.string()),
  items: z.array(z.object({ price: z.string(), quantity: z.number() })),
  expand: z.array(z.string()),
  tags: z.array(z.string()),
  sizes: z.array(z.number()),
})
const api = defineApi({
  createCharge: {
    method: 'POST',
    path: '/v1/charges',
    body: {
      contentType: 'application/x-www-form-urlencoded',
      schema: Charge,
      encoding: { expand: { style: 'deepObject' } },
    },
    responses: { 200: Ok },
  },
  upload: {
    method: 'POST',
    path: '/files',
    body: {
      contentType: 'multipart/form-data',
      schema: z.object({
        file: z.instanceof(File),
        purpose: z.string(),
        pages: z.number(),
        labels: z.array(z.string()),
        meta: z.object({ owner: z.string() }),
        svg: z.string(),
      }),
      encoding: { svg: { contentType: 'image/svg+xml' } },
    },
    responses: { 200: Ok },
  },
  strict: {
    method: 'POST',
    path: '/strict',
    body: {
      contentType: 'application/x-www-form-urlencoded',
      schema: z.object({
        code: z
          .string()
          .min(5)
          .transform((code) => code.length),
      }),
    },
    responses: { 200: Ok },
  },
})

const baseURL = 'https://api.test'
const server = setupServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

describe('mock.<ep>.handle with a form body', () => {
  const mock = mockApi(api, { baseURL })
  const client = createApiClient(api, { baseURL, retry: false })

  it('gets the urlencoded body as the object sent: brackets undone, lists, numbers and booleans back', async () => {
    const sent = {
      amount: 2000,
      currency: 'usd',
      code: '0042', // text that reads as a number stays text where the schema says string
      capture: false,
      description: '',
      metadata: { order_id: '6735', 'a b': 'x&y' },
      items: [{ price: 'p_1', quantity: 2 }],
      expand: ['customer'],
      tags: ['only'], // one item, sent as tags=only
      sizes: [1, 2],
    }
    let seen: z.output<typeof Charge> | undefined
    server.use(
      mock.createCharge.handle(({ body, reply }) => {
        seen = body
        return reply(200, { ok: true })
      }),
    )
    expect((await client.createCharge({ body: sent })).kind).toBe('ok')
    expect(seen).toEqual(sent)
  })

  it('gets the multipart body with its file part a File and its JSON part parsed', async () => {
    let seen: { file: File; meta: { owner: string }; labels: string[]; pages: number } | undefined
    server.use(
      mock.upload.handle(({ body, reply }) => {
        seen = body
        return reply(200, { ok: true })
      }),
    )
    const file = new File(['hello'], 'a.txt', { type: 'text/plain' })
    const result = await client.upload({
      body: { file, purpose: 'x', pages: 3, labels: ['a', 'b'], meta: { owner: 'ada' }, svg: '<svg/>' },
    })
    expect(result.kind).toBe('ok')
    expect(seen?.file).toBeInstanceOf(File)
    expect(seen?.file.name).toBe('a.txt')
    expect(await seen?.file.text()).toBe('hello')
    // The string sent as an image/svg+xml part is a string again, as the schema says.
    expect(seen).toMatchObject({
      purpose: 'x',
      pages: 3,
      labels: ['a', 'b'],
      meta: { owner: 'ada' },
      svg: '<svg/>',
    })
  })

  it('a form the schema cannot read back is a MockError naming the endpoint', async () => {
    let error: unknown
    server.use(mock.strict.handle(async ({ reply }) => reply(200, { ok: true })))
    server.events.on('unhandledException', ({ error: thrown }) => {
      error = thrown
    })
    // MSW prints the exception it turns into a 500; the test reads it from the event instead.
    const printed = vi.spyOn(console, 'error').mockImplementation(() => {})
    // The schema's output (5) is what was sent, and neither `5` nor `"5"` fits its input again.
    await client.strict({ body: { code: 'abcde' } })
    printed.mockRestore()
    server.events.removeAllListeners()
    expect(error).toBeInstanceOf(MockError)
    expect(String(error)).toContain('strict.handle: the form body does not fit')
  })

  it('a request whose body is not the declared form is a MockError saying what came', async () => {
    let error: unknown
    server.use(mock.createCharge.handle(({ reply }) => reply(200, { ok: true })))
    server.events.on('unhandledException', ({ error: thrown }) => {
      error = thrown
    })
    const printed = vi.spyOn(console, 'error').mockImplementation(() => {})
    await createClient({ baseURL, retry: false }).post('/v1/charges', { body: { amount: 1 } })
    printed.mockRestore()
    server.events.removeAllListeners()
    expect(error).toBeInstanceOf(MockError)
    expect(String(error)).toContain(
      'createCharge.handle: the request body is application/json; the contract declares application/x-www-form-urlencoded.',
    )
  })
})

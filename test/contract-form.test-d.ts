import { describe, expectTypeOf, it } from 'vitest'
import { z } from 'zod'
import { type BodySchemaOf, type CallInput, createApiClient, defineApi, type FormBody } from '../src/index.js'
import { mockApi } from '../src/msw/index.js'

const Charge = z.object({
  amount: z.number(),
  currency: z.string().default('usd'),
  when: z.string().transform((text) => new Date(text)),
  metadata: z.record(z.string(), z.string()).optional(),
  expand: z.array(z.string()).optional(),
})
const api = defineApi({
  createCharge: {
    method: 'POST',
    path: '/v1/charges',
    body: {
      contentType: 'application/x-www-form-urlencoded',
      schema: Charge,
      encoding: { expand: { style: 'deepObject', explode: true } },
    },
    responses: { 200: z.object({ id: z.string() }) },
  },
  upload: {
    method: 'POST',
    path: '/files',
    body: {
      contentType: 'multipart/form-data',
      schema: z.object({ file: z.instanceof(Blob), purpose: z.string() }).optional(),
    },
    responses: { 201: z.object({ id: z.string() }) },
  },
})
const client = createApiClient(api)

describe('a form body is typed by its schema', () => {
  it('the call takes the schema input as body, required when the schema requires it', () => {
    expectTypeOf<CallInput<typeof api.createCharge>['body']>().toEqualTypeOf<z.input<typeof Charge>>()
    client.createCharge({ body: { amount: 1, when: '2026-01-01', metadata: { a: 'b' } } })
    // @ts-expect-error the body is required
    client.createCharge({})
    // @ts-expect-error amount is a number
    client.createCharge({ body: { amount: '1', when: '' } })
    // @ts-expect-error a form body is an object, not a URLSearchParams
    client.createCharge({ body: new URLSearchParams('amount=1') })
  })

  it('an optional schema makes the body optional', () => {
    client.upload()
    client.upload({ body: { file: new Blob(['x']), purpose: 'p' } })
    // @ts-expect-error file is a Blob
    client.upload({ body: { file: 'x', purpose: 'p' } })
  })

  it('handle gets the schema output', () => {
    const mock = mockApi(api, { baseURL: 'https://api.test' })
    mock.createCharge.handle(({ body, reply }) => {
      expectTypeOf(body).toEqualTypeOf<z.output<typeof Charge>>()
      expectTypeOf(body.when).toEqualTypeOf<Date>()
      return reply(200, { id: 'ch_1' })
    })
  })

  it('BodySchemaOf reads the schema of either form of body', () => {
    expectTypeOf<BodySchemaOf<typeof Charge>>().toEqualTypeOf<typeof Charge>()
    expectTypeOf<BodySchemaOf<typeof api.createCharge.body>>().toEqualTypeOf<typeof Charge>()
    expectTypeOf<BodySchemaOf<undefined>>().toEqualTypeOf<undefined>()
  })

  it('an encoding names only what OpenAPI encodings say', () => {
    const pipe = { style: 'pipe' } as const
    // @ts-expect-error style is 'form' or 'deepObject'
    const wrong: FormBody = { contentType: 'multipart/form-data', schema: Charge, encoding: { a: pipe } }
    // @ts-expect-error contentType is one of the two form media types
    const json: FormBody = { contentType: 'application/json', schema: Charge }
    void wrong
    void json
  })
})

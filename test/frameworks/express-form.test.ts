import express from 'express'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { z } from 'zod'
import { createApiClient, defineApi } from '../../src/index.js'
import { startHttpServer, type TestServer } from '../helpers/http-server.js'

// A real server's reading of our urlencoded body: express.urlencoded({ extended: true }) parses with qs,
// as Stripe-style servers do, and must get back the object the client sent (as text: a form has no types).

const api = defineApi({
  createCharge: {
    method: 'POST',
    path: '/v1/charges',
    body: {
      contentType: 'application/x-www-form-urlencoded',
      schema: z.object({
        amount: z.number(),
        capture: z.boolean(),
        description: z.string(),
        metadata: z.record(z.string(), z.string()),
        shipping: z.object({ address: z.object({ city: z.string(), lines: z.array(z.string()) }) }),
        items: z.array(z.object({ price: z.string(), quantity: z.number() })),
        expand: z.array(z.string()),
        tags: z.array(z.string()),
      }),
      encoding: { expand: { style: 'deepObject' } },
    },
    responses: { 200: z.unknown() },
  },
})

let server: TestServer
beforeAll(async () => {
  const app = express()
  app.use(express.urlencoded({ extended: true }))
  app.post('/v1/charges', (req, res) => {
    res.json(req.body)
  })
  server = await startHttpServer(app)
})
afterAll(() => server.close())

it('express.urlencoded({ extended: true }) reads our nested form back into the same object', async () => {
  const client = createApiClient(api, { baseURL: server.url })
  const result = await client.createCharge({
    body: {
      amount: 2000,
      capture: true,
      description: '',
      metadata: { order_id: '6735', 'note x': 'a&b=c' },
      shipping: { address: { city: 'Paris', lines: ['1 rue', 'bis'] } },
      items: [
        { price: 'p_1', quantity: 2 },
        { price: 'p_2', quantity: 1 },
      ],
      expand: ['customer', 'invoice'],
      tags: ['a', 'b'],
    },
  })
  expect(result.kind).toBe('ok')
  expect(result.data).toEqual({
    amount: '2000',
    capture: 'true',
    description: '',
    metadata: { order_id: '6735', 'note x': 'a&b=c' },
    shipping: { address: { city: 'Paris', lines: ['1 rue', 'bis'] } },
    items: [
      { price: 'p_1', quantity: '2' },
      { price: 'p_2', quantity: '1' },
    ],
    expand: ['customer', 'invoice'],
    tags: ['a', 'b'],
  })
})

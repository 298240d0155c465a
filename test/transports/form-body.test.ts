import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { createApiClient, defineApi } from '../../src/index.js'
import { startHttpServer, type TestServer } from '../helpers/http-server.js'
import { TRANSPORTS } from './transports.js'

// A declared form body on the wire: the exact bytes and fields a real server receives, through every
// transport, from the same call.

interface Received {
  readonly contentType: string
  readonly body: Buffer
}

const Ok = z.object({ ok: z.boolean() })
const Charge = z.object({
  amount: z.number(),
  currency: z.string(),
  capture: z.boolean().optional(),
  description: z.string().optional(),
  metadata: z.record(z.string(), z.string()).optional(),
  shipping: z.object({ address: z.object({ city: z.string(), lines: z.array(z.string()) }) }).optional(),
  items: z.array(z.object({ price: z.string(), quantity: z.number() })).optional(),
  expand: z.array(z.string()).optional(),
  tags: z.array(z.string()).optional(),
  sizes: z.array(z.number()).optional(),
  coupon: z.string().nullable().optional(),
})
const api = defineApi({
  createCharge: {
    method: 'POST',
    path: '/v1/charges',
    body: {
      contentType: 'application/x-www-form-urlencoded',
      schema: Charge,
      encoding: { expand: { style: 'deepObject', explode: true }, sizes: { explode: false } },
    },
    responses: { 200: Ok },
  },
  upload: {
    method: 'POST',
    path: '/files',
    body: {
      contentType: 'multipart/form-data',
      schema: z.object({
        file: z.instanceof(Blob),
        purpose: z.string(),
        pages: z.number(),
        labels: z.array(z.string()),
        meta: z.object({ owner: z.string(), public: z.boolean() }),
      }),
    },
    responses: { 200: Ok },
  },
})

let server: TestServer
const received: Received[] = []

beforeAll(async () => {
  server = await startHttpServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      received.push({ contentType: req.headers['content-type'] ?? '', body: Buffer.concat(chunks) })
      res.setHeader('content-type', 'application/json')
      res.end('{"ok":true}')
    })
  })
})
afterAll(async () => {
  await server.close()
  for (const entry of TRANSPORTS) await entry.close()
})

describe.each(TRANSPORTS)('a declared form body through $name', (entry) => {
  const client = () => createApiClient(api, entry.client({ baseURL: server.url, retry: false }))

  it('urlencoded: nested objects bracketed, arrays by their encoding, scalars as written, null left out', async () => {
    received.length = 0
    const result = await client().createCharge({
      body: {
        amount: 2000,
        currency: 'usd',
        capture: false,
        description: '',
        metadata: { order_id: '6735', note: 'a&b=c ü' },
        shipping: { address: { city: 'Paris', lines: ['1 rue', 'bis'] } },
        items: [
          { price: 'p_1', quantity: 2 },
          { price: 'p_2', quantity: 1 },
        ],
        expand: ['customer', 'invoice'],
        tags: ['a', 'b'],
        sizes: [1, 2.5],
        coupon: null,
      },
    })
    expect(result.kind).toBe('ok')
    expect(received).toHaveLength(1)
    expect(received[0]?.contentType).toBe('application/x-www-form-urlencoded;charset=UTF-8')
    // Each pair unescaped, so the test reads as the fields do; `+` is the form's space.
    const pairs = (received[0]?.body.toString() ?? '').split('&').map(decodeURIComponent)
    expect(pairs).toEqual([
      'amount=2000',
      'currency=usd',
      'capture=false',
      'description=',
      'metadata[order_id]=6735',
      'metadata[note]=a&b=c+ü',
      'shipping[address][city]=Paris',
      'shipping[address][lines][]=1+rue',
      'shipping[address][lines][]=bis',
      'items[0][price]=p_1',
      'items[0][quantity]=2',
      'items[1][price]=p_2',
      'items[1][quantity]=1',
      'expand[]=customer',
      'expand[]=invoice',
      'tags=a',
      'tags=b',
      'sizes=1,2.5',
    ])
    // Reserved characters inside values stay escaped on the wire.
    expect(received[0]?.body.toString()).toContain('metadata%5Bnote%5D=a%26b%3Dc+%C3%BC')
  })

  it('multipart: the Blob a file part, scalars and list items text fields, the object a JSON part', async () => {
    received.length = 0
    const file = new File(['%PDF-1.7'], 'invoice.pdf', { type: 'application/pdf' })
    const result = await client().upload({
      body: { file, purpose: 'dispute', pages: 3, labels: ['x', 'y'], meta: { owner: 'ada', public: true } },
    })
    expect(result.kind).toBe('ok')
    const { contentType, body } = received[0] as Received
    expect(contentType).toMatch(/^multipart\/form-data; ?boundary=/)
    const raw = body.toString('latin1')
    expect(raw).toContain('Content-Disposition: form-data; name="file"; filename="invoice.pdf"')
    expect(raw).toMatch(
      /name="meta"; filename="blob"\r\nContent-Type: application\/json\r\n\r\n\{"owner":"ada","public":true\}/,
    )
    const form = await new Response(new Uint8Array(body), {
      headers: { 'content-type': contentType },
    }).formData()
    expect([...form.keys()]).toEqual(['file', 'purpose', 'pages', 'labels', 'labels', 'meta'])
    expect(await (form.get('file') as File).text()).toBe('%PDF-1.7')
    expect((form.get('file') as File).type).toBe('application/pdf')
    expect(form.get('purpose')).toBe('dispute')
    expect(form.get('pages')).toBe('3')
    expect(form.getAll('labels')).toEqual(['x', 'y'])
  })

  it('a body that does not fit its schema is invalidRequest, and nothing is sent', async () => {
    received.length = 0
    const result = await client().createCharge({
      // @ts-expect-error amount is a number
      body: { amount: '2000', currency: 'usd' },
    })
    expect(result.kind).toBe('invalidRequest')
    expect(result.kind === 'invalidRequest' && result.issues[0]?.path).toEqual(['body', 'amount'])
    expect(received).toEqual([])
  })
})

// Examples under a code, a `4xx` range and `default`, with the headers the description documents beside
// them, generated into a module (checked in) and replayed by `mock.<ep>.example(status?)` through MSW.
import { readFile } from 'node:fs/promises'
import { describe, expect, test } from 'vitest'
import { main } from '../../src/cli/main.js'
import { createApiClient } from '../../src/index.js'
import { MockError, mockApi } from '../../src/msw/index.js'
import { baseURL, useServer } from '../msw/server.js'
import { orders, ordersExamples } from './generated/examples.js'

const server = useServer()
const client = createApiClient(orders, { baseURL, retry: false })
const mock = mockApi(orders, { baseURL, examples: ordersExamples })
const created = { id: 'o1', total: 12 }
const broke = { error: { code: 'internal', message: 'Something broke' } }

describe('--examples with ranges, default and response headers', () => {
  test('generates the checked-in module: examples under 4XX and default, header values beside them', async () => {
    const out: string[] = []
    const fixture = new URL('./fixtures/examples.yaml', import.meta.url).pathname
    const status = await main(['openapi', fixture, '--name', 'orders', '--examples', '--quiet'], {
      stdout: (t) => out.push(t),
      stderr: () => 0,
    })
    expect(status).toBe(0)
    expect(out.join('')).toBe(await readFile(new URL('./generated/examples.ts', import.meta.url), 'utf8'))
    // Documented (Location, a named example), sampled for a required integer, the enum's first value.
    expect(ordersExamples.createOrder.headers[201]).toEqual({
      location: '/orders/o1',
      'x-ratelimit-remaining': '0',
      'x-request-id': 'req-1',
    })
    expect(ordersExamples.getOrder.headers[200]).toEqual({ 'x-cache': 'HIT' })
  })

  test('example() sends the lowest code with its headers, which the client validates', async () => {
    server.use(mock.createOrder.example())
    const r = await client.createOrder()
    expect(r).toMatchObject({ kind: 'created', data: created, location: `https://api.test/orders/o1` })
    if (r.kind !== 'created') throw new Error(r.kind)
    expect(r.headers.get('x-ratelimit-remaining')).toBe('0')
    expect(r.headers.get('x-request-id')).toBe('req-1')
    server.use(mock.getOrder.example())
    const order = await client.getOrder({ params: { orderId: 'o1' } })
    expect(order).toMatchObject({ kind: 'ok', data: created })
    if (order.kind === 'ok') expect(order.headers.get('x-cache')).toBe('HIT')
  })

  test("example(422) replies 422 with the 4XX range's example and headers", async () => {
    server.use(mock.createOrder.example(422))
    const r = await client.createOrder()
    expect(r).toMatchObject({
      kind: 'unprocessableEntity',
      status: 422,
      data: { title: 'Invalid order', detail: 'total must be positive' },
    })
    if (r.kind === 'unprocessableEntity') expect(r.headers.get('x-ratelimit-remaining')).toBe('0')
  })

  test("example(500) replies 500 with default's example, and so does any code default covers", async () => {
    server.use(mock.createOrder.example(500))
    expect(await client.createOrder()).toMatchObject({
      kind: 'internalServerError',
      status: 500,
      data: broke,
    })
    server.use(mock.getOrder.example(503))
    const r = await client.getOrder({ params: { orderId: 'o1' } })
    expect(r).toMatchObject({ kind: 'serviceUnavailable', status: 503, data: broke })
  })

  test("a code declared on its own takes its own example only, not default's", () => {
    expect(() => mock.getOrder.example(404)).toThrow(MockError)
    expect(() => mock.getOrder.example(404)).toThrow('getOrder.example(404): no example for 404 was given')
  })

  test('without the header examples, a status that requires headers is refused', () => {
    const bodiesOnly = mockApi(orders, { baseURL, examples: { createOrder: { 201: created } } })
    expect(() => bodiesOnly.createOrder.example()).toThrow(/the headers do not fit .* \(location: /)
    const wrong = mockApi(orders, {
      baseURL,
      examples: { getOrder: { 200: created, headers: { 200: { 'x-cache': 'STALE' } } } },
    })
    expect(() => wrong.getOrder.example(200)).toThrow(/x-cache: /)
  })

  test('a range or default example is found only for a status it covers', () => {
    const rangeOnly = mockApi(orders, {
      baseURL,
      examples: {
        createOrder: { '4XX': { title: 'Bad' }, headers: { '4XX': { 'x-ratelimit-remaining': '1' } } },
      },
    })
    expect(() => rangeOnly.createOrder.example(409)).not.toThrow()
    expect(() => rangeOnly.createOrder.example(500)).toThrow(
      'createOrder.example(500): no example for 500 (nor for default, which covers it) was given',
    )
    // Without a status: the lowest code with an example, and a range's is not one.
    expect(() => rangeOnly.createOrder.example()).toThrow('createOrder.example(): no example was given')
  })

  test("a code's own example comes first, also for a code only a range declares", async () => {
    const both = mockApi(orders, {
      baseURL,
      examples: {
        createOrder: {
          409: { title: 'Taken' },
          '4XX': { title: 'Bad' },
          headers: { 409: { 'x-ratelimit-remaining': '3' }, '4XX': { 'x-ratelimit-remaining': '1' } },
        },
      },
    })
    server.use(both.createOrder.example(409))
    const r = await client.createOrder()
    expect(r).toMatchObject({ kind: 'conflict', data: { title: 'Taken' } })
    if (r.kind === 'conflict') expect(r.headers.get('x-ratelimit-remaining')).toBe('3')
    server.use(both.createOrder.example())
    expect(await client.createOrder()).toMatchObject({ kind: 'conflict', data: { title: 'Taken' } })
    server.use(both.createOrder.example(400))
    expect(await client.createOrder()).toMatchObject({ kind: 'badRequest', data: { title: 'Bad' } })
  })
})

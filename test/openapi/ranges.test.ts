// A description whose errors are a `4xx` range and `default`, generated into a module (checked in) and
// used by createApiClient and mockApi: the range and default declarations type and validate as written.
import { readFile } from 'node:fs/promises'
import { http } from 'msw'
import { describe, expect, test } from 'vitest'
import { main } from '../../src/cli/main.js'
import { createApiClient } from '../../src/index.js'
import { mockApi } from '../../src/msw/index.js'
import { baseURL, useServer } from '../msw/server.js'
import { orders } from './generated/ranges.js'

const server = useServer()
const client = createApiClient(orders, { baseURL, retry: false })
const mock = mockApi(orders, { baseURL })
const getOrder = () => client.getOrder({ params: { orderId: 'o1' } })

describe('a description with a 4xx range and default', () => {
  test('generates the checked-in module: 4XX in upper case, default, nothing left out', async () => {
    const out: string[] = []
    const fixture = new URL('./fixtures/ranges.yaml', import.meta.url).pathname
    const status = await main(['openapi', fixture, '--name', 'orders', '--quiet'], {
      stdout: (t) => out.push(t),
      stderr: () => 0,
    })
    expect(status).toBe(0)
    expect(out.join('')).toBe(await readFile(new URL('./generated/ranges.ts', import.meta.url), 'utf8'))
    expect(out.join('')).not.toContain('Left out')
  })

  test('a 422 is validated by the range, a 404 keeps its own declaration', async () => {
    const headers = { 'content-type': 'application/problem+json' }
    server.use(mock.getOrder.reply(422, { title: 'Bad order id' }, { headers }))
    const r = await getOrder()
    expect(r).toMatchObject({ kind: 'unprocessableEntity', data: { title: 'Bad order id' } })
    if (r.kind === 'unprocessableEntity') expect(r.data.title).toBe('Bad order id')
    server.use(mock.getOrder.reply(404))
    expect(await getOrder()).toMatchObject({ kind: 'notFound', data: undefined })
  })

  test('default validates a 503, and a body that does not fit is schemaMismatch', async () => {
    const error = { error: { code: 'down', message: 'Try later' } }
    server.use(mock.getOrder.reply(503, error))
    expect(await getOrder()).toMatchObject({ kind: 'serviceUnavailable', data: error })
    server.use(http.get(`${baseURL}/orders/:orderId`, () => Response.json({ oops: 1 }, { status: 500 })))
    expect(await getOrder()).toMatchObject({ kind: 'schemaMismatch', status: 500 })
  })
})

// Form bodies from a description: a Stripe-shaped urlencoded body and a multipart upload, generated into
// a module (checked in, so the type checker reads it), then sent by createApiClient and read by mockApi.
import { readFile } from 'node:fs/promises'
import { describe, expect, test } from 'vitest'
import { main } from '../../src/cli/main.js'
import { createApiClient } from '../../src/index.js'
import { mockApi } from '../../src/msw/index.js'
import { baseURL, useServer } from '../msw/server.js'
import { forms } from './generated/forms.js'

const server = useServer()
const client = createApiClient(forms, { baseURL, retry: false })
const mock = mockApi(forms, { baseURL })

describe('form bodies generated from a description', () => {
  test('the checked-in module is what the generator writes today', async () => {
    const out: string[] = []
    const file = new URL('./fixtures/forms.yaml', import.meta.url).pathname
    const status = await main(['openapi', file, '--name', 'forms', '--quiet'], {
      stdout: (t) => out.push(t),
      stderr: () => 0,
    })
    expect(status).toBe(0)
    expect(out.join('')).toBe(await readFile(new URL('./generated/forms.ts', import.meta.url), 'utf8'))
  })

  test('a Stripe-style charge goes out bracketed and comes back into the mock as the same object', async () => {
    let raw = ''
    let seen: unknown
    server.use(
      mock.postCharges.handle(async ({ request, body, reply }) => {
        raw = await request.clone().text()
        seen = body
        return reply(200, { id: 'ch_1', amount: body.amount })
      }),
    )
    const sent = {
      amount: 2000,
      currency: 'usd',
      capture: true,
      expand: ['customer'],
      metadata: { order_id: '6735' },
      shipping: { address: { city: 'Paris' } },
    }
    const result = await client.postCharges({ body: sent })
    expect(result).toMatchObject({ kind: 'ok', data: { id: 'ch_1', amount: 2000 } })
    expect(raw.split('&').map(decodeURIComponent)).toEqual([
      'amount=2000',
      'currency=usd',
      'capture=true',
      'expand[]=customer',
      'metadata[order_id]=6735',
      'shipping[address][city]=Paris',
    ])
    expect(seen).toEqual(sent)
  })

  test("Stripe's empty string unsets: it is sent as it is", async () => {
    let seen: unknown
    server.use(
      mock.postCharges.handle(({ body, reply }) => {
        seen = body
        return reply(200, { id: 'ch_2', amount: 1 })
      }),
    )
    await client.postCharges({ body: { amount: 1, currency: 'eur', metadata: '', description: '' } })
    expect(seen).toEqual({ amount: 1, currency: 'eur', metadata: '', description: '' })
  })

  test('an upload sends the file as a file part and the object as a JSON part', async () => {
    let seen: { file: Blob; file_link_data?: { create?: boolean | undefined } | undefined } | undefined
    let jsonPartType: string | undefined
    server.use(
      mock.postFiles.handle(async ({ request, body, reply }) => {
        const part = (await request.clone().formData()).get('file_link_data')
        jsonPartType = part instanceof File ? part.type : undefined
        seen = body
        return reply(200, { id: 'file_1', purpose: body.purpose })
      }),
    )
    const file = new File(['evidence'], 'evidence.txt', { type: 'text/plain' })
    const result = await client.postFiles({
      body: { file, purpose: 'dispute_evidence', file_link_data: { create: true } },
    })
    expect(result).toMatchObject({ kind: 'ok', data: { id: 'file_1', purpose: 'dispute_evidence' } })
    expect(jsonPartType).toBe('application/json')
    expect(seen?.file_link_data).toEqual({ create: true })
    expect(await seen?.file.text()).toBe('evidence')
  })

  test('a call whose fields break the generated schema is invalidRequest, nothing sent', async () => {
    // @ts-expect-error purpose is one of the enum's values
    const result = await client.postFiles({ body: { file: new Blob([]), purpose: 'other' } })
    expect(result).toMatchObject({ kind: 'invalidRequest', attempts: 0 })
  })
})

import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest'
import { z } from 'zod'
import { createApiClient, defineApi } from '../../src/index.js'
import { mockApi } from '../../src/msw/index.js'

// mockApi's streamed answers: events and chunks played with delays, checked against the contract.

const baseURL = 'https://api.test'
const Delta = z.object({ token: z.string() })
const api = defineApi({
  chat: {
    method: 'GET',
    path: '/chat',
    responses: { 200: { contentType: 'text/event-stream', format: 'sse', schema: Delta } },
  },
  rows: {
    method: 'GET',
    path: '/rows',
    responses: { 200: { contentType: 'application/jsonl', format: 'ndjson' } },
  },
})
const mock = mockApi(api, { baseURL })
const server = setupServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

it('plays events with delays, each validated by the client as it arrives', async () => {
  server.use(
    mock.chat.events(
      [
        { data: { token: 'Hel' }, id: '1' },
        { event: 'delta', data: { token: 'lo' } },
        { data: { token: '!' } },
      ],
      { delayMs: 150 },
    ),
  )
  // The events take longer than the timeout, which covers the headers only.
  const r = await createApiClient(api, { baseURL, timeout: 200 }).chat()
  if (r.kind !== 'ok') throw new Error(`expected ok, got ${r.kind}`)
  const tokens: string[] = []
  for await (const event of r.data) if (event.ok) tokens.push(`${event.event}:${event.value.token}`)
  expect(tokens).toEqual(['message:Hel', 'delta:lo', 'message:!'])
})

it('refuses an event whose data does not fit the declared schema', () => {
  // @ts-expect-error data must be the schema's input
  expect(() => mock.chat.events([{ data: { token: 1 } }])).toThrow(/event 1's data does not fit/)
})

it('plays chunks as the declared media type', async () => {
  server.use(mock.rows.stream(['{"n":1}\n{"n"', ':2}\n'], { delayMs: 5 }))
  const r = await createApiClient(api, { baseURL }).rows()
  if (r.kind !== 'ok') throw new Error(`expected ok, got ${r.kind}`)
  const values: unknown[] = []
  for await (const line of r.data) values.push(line.value)
  expect(values).toEqual([{ n: 1 }, { n: 2 }])
})

it('streams a 2xx declared by the 2XX range, in the client and in the mock', async () => {
  const ranged = defineApi({
    feed: {
      method: 'GET',
      path: '/feed',
      responses: { '2XX': { contentType: 'text/event-stream', format: 'sse', schema: Delta } },
    },
  })
  server.use(mockApi(ranged, { baseURL }).feed.events([{ data: { token: 'a' } }, { data: { token: 'b' } }]))
  const r = await createApiClient(ranged, { baseURL }).feed()
  if (r.kind !== 'ok') throw new Error(`expected ok, got ${r.kind}`)
  const tokens: string[] = []
  for await (const event of r.data) if (event.ok) tokens.push(event.value.token)
  expect(tokens).toEqual(['a', 'b'])
})

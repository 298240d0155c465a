import { getRequestListener } from '@hono/node-server'
import { Hono } from 'hono'
import { streamSSE } from 'hono/streaming'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ServerSentEvent } from '../../src/index.js'
import { startHttpServer, type TestServer } from '../helpers/http-server.js'
import { TRANSPORTS } from '../transports/transports.js'

// hono's streamSSE, as its docs show it, on @hono/node-server: an LLM-style stream of deltas.

const app = new Hono()
app.get('/chat', (c) =>
  streamSSE(c, async (stream) => {
    for (const [i, token] of ['Hel', 'lo', '!'].entries()) {
      await stream.writeSSE({ event: 'delta', id: String(i), data: JSON.stringify({ token }) })
      await stream.sleep(10)
    }
    await stream.writeSSE({ event: 'done', data: '[DONE]' })
  }),
)

let server: TestServer
beforeAll(async () => {
  server = await startHttpServer(getRequestListener(app.fetch))
})
afterAll(async () => {
  for (const entry of TRANSPORTS) await entry.close()
  await server.close()
})

describe.each(TRANSPORTS)('hono streamSSE over $name', (entry) => {
  it('gives every event as hono wrote it', async () => {
    const r = await entry.client({ baseURL: server.url }).get('/chat', { responseType: 'sse' })
    expect(r).toMatchObject({ kind: 'ok', violations: [] })
    const events: ServerSentEvent[] = []
    for await (const event of r.data as AsyncIterable<ServerSentEvent>) events.push(event)
    expect(events).toEqual([
      { event: 'delta', id: '0', data: '{"token":"Hel"}' },
      { event: 'delta', id: '1', data: '{"token":"lo"}' },
      { event: 'delta', id: '2', data: '{"token":"!"}' },
      { event: 'done', data: '[DONE]' },
    ])
  })
})

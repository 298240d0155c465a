import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { createApiClient, defineApi } from '../../src/index.js'
import { startHttpServer, type TestServer } from '../helpers/http-server.js'
import { TRANSPORTS } from '../transports/transports.js'

// Typed endpoints that declare a streamed success: each event's data validated as it arrives, a bad one
// an item with its issues, the loop going on.

const Delta = z.object({ token: z.string() })
const Row = z.object({ id: z.number() })
const Problem = z.object({ title: z.string() })
const api = defineApi({
  chat: {
    method: 'POST',
    path: '/chat',
    responses: { 200: { contentType: 'text/event-stream', format: 'sse', schema: Delta }, 429: Problem },
  },
  rows: {
    method: 'GET',
    path: '/rows',
    responses: { 200: { contentType: 'application/x-ndjson', format: 'ndjson', schema: Row } },
  },
  file: { method: 'GET', path: '/file', responses: { 200: { contentType: 'text/csv', format: 'stream' } } },
})

let server: TestServer
beforeAll(async () => {
  server = await startHttpServer((req, res) => {
    if (req.url === '/chat') {
      res.writeHead(200, { 'content-type': 'text/event-stream' })
      res.end(
        'data: {"token":"Hi"}\n\ndata: {"tok":1}\n\ndata: not json\n\nevent: delta\ndata: {"token":"!"}\n\n',
      )
    } else if (req.url === '/rows') {
      res.writeHead(200, { 'content-type': 'application/x-ndjson' }).end('{"id":1}\n{"id":"two"}\n{"id":3}\n')
    } else {
      res.writeHead(200, { 'content-type': 'text/csv' }).end(`a,b\n${String(req.headers.accept)}\n`)
    }
  })
})
afterAll(async () => {
  for (const entry of TRANSPORTS) await entry.close()
  await server.close()
})

describe.each(TRANSPORTS)('typed streamed successes over $name', (entry) => {
  const client = () => createApiClient(api, entry.client({ baseURL: server.url }))

  it('validates each event as it arrives; one that fails is an item with issues, not a crash', async () => {
    const r = await client().chat()
    if (r.kind !== 'ok') throw new Error(`expected ok, got ${r.kind}`)
    const seen: unknown[] = []
    for await (const event of r.data) {
      seen.push(event.ok ? event.value.token : [event.data, event.issues.length > 0])
    }
    expect(seen).toEqual(['Hi', ['{"tok":1}', true], ['not json', true], '!'])
  })

  it('validates each NDJSON line', async () => {
    const r = await client().rows()
    if (r.kind !== 'ok') throw new Error(`expected ok, got ${r.kind}`)
    const ids: unknown[] = []
    for await (const line of r.data) ids.push(line.ok ? line.value.id : `line ${line.line} failed`)
    expect(ids).toEqual([1, 'line 2 failed', 3])
  })

  it('hands a declared stream over as bytes, asking for */*', async () => {
    const r = await client().file()
    if (r.kind !== 'ok') throw new Error(`expected ok, got ${r.kind}`)
    expect(await new Response(r.data).text()).toBe('a,b\n*/*\n')
  })
})

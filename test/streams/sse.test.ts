import type { IncomingMessage, ServerResponse } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { HttpResult, ServerSentEvent } from '../../src/index.js'
import { startHttpServer, type TestServer } from '../helpers/http-server.js'
import { TRANSPORTS } from '../transports/transports.js'

// The SSE hand-over against a node:http server, on both transports: the status and media type judged
// first, then the events as they arrive, long after the per-attempt timeout, until the caller leaves.

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Whether the server saw each request's connection close, by path. */
const closed = new Map<string, Promise<void>>()
let retries = 0

function sse(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' })
  res.flushHeaders()
}

async function handler(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://x').pathname
  closed.set(path, new Promise((resolve) => res.on('close', () => resolve())))
  if (path === '/accept') {
    res.end(JSON.stringify(req.headers.accept))
  } else if (path === '/events') {
    sse(res)
    res.write(': a comment, skipped\n\n')
    res.write('retry: 1500\nid: 1\ndata: first\n\n')
    res.write('event: delta\ndata: line one\r\ndata: line two\r\n\r\n')
    res.end('data: {"done":true}\n\ndata: unfinished, dropped')
  } else if (path === '/slow' || path === '/endless') {
    sse(res)
    for (let i = 1; path === '/endless' || i <= 5; i++) {
      if (res.destroyed) return
      res.write(`data: ${i}\n\n`)
      await sleep(path === '/slow' ? 100 : 20)
    }
    res.end()
  } else if (path === '/json') {
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"error":"use the stream"}')
  } else if (path === '/unauthorized') {
    res.writeHead(401, { 'content-type': 'application/problem+json' })
    res.end('{"title":"token expired","status":401}')
  } else if (path === '/busy-once') {
    if (retries++ % 2 === 0) {
      res.writeHead(503, { 'retry-after': '0', 'content-type': 'text/plain' }).end('busy')
    } else {
      sse(res)
      res.end('data: after a retry\n\n')
    }
  } else {
    res.writeHead(404).end()
  }
}

let server: TestServer
beforeAll(async () => {
  server = await startHttpServer((req, res) => void handler(req, res))
})
afterAll(async () => {
  for (const entry of TRANSPORTS) await entry.close()
  await server.close()
})

async function collect(result: HttpResult): Promise<ServerSentEvent[]> {
  const events: ServerSentEvent[] = []
  for await (const event of result.data as AsyncIterable<ServerSentEvent>) events.push(event)
  return events
}

describe.each(TRANSPORTS)('server-sent events over $name', (entry) => {
  it('asks for text/event-stream unless the call sets its own Accept', async () => {
    const http = entry.client({ baseURL: server.url })
    const r = await http.get('/accept', { responseType: 'stream' })
    expect(r.kind).toBe('ok')
    const text = await new Response(r.data as ReadableStream).text()
    expect(text).toBe('"*/*"')
    const own = await http.get('/accept', { headers: { accept: 'text/event-stream' } })
    expect(own.data).toBe('text/event-stream')
  })

  it('parses events as the HTML standard says: default event, joined data, id, retry, comments skipped', async () => {
    const r = await entry.client({ baseURL: server.url }).get('/events', { responseType: 'sse' })
    expect(r).toMatchObject({ kind: 'ok', ok: true, status: 200, violations: [] })
    expect(await collect(r)).toEqual([
      { event: 'message', data: 'first', id: '1', retry: 1500 },
      { event: 'delta', data: 'line one\nline two' },
      { event: 'message', data: '{"done":true}' },
    ])
  })

  it('keeps streaming long after the per-attempt timeout, which covers the headers only', async () => {
    const r = await entry.client({ baseURL: server.url, timeout: 150 }).get('/slow', { responseType: 'sse' })
    expect(r.kind).toBe('ok')
    expect((await collect(r)).map((e) => e.data)).toEqual(['1', '2', '3', '4', '5'])
  })

  it('makes a 2xx that is not text/event-stream a protocolViolation and frees its connection', async () => {
    const r = await entry.client({ baseURL: server.url }).get('/json', { responseType: 'sse' })
    expect(r).toMatchObject({ kind: 'protocolViolation', status: 200, statusKind: 'ok' })
    expect(r.violations.map((v) => [v.rule, v.severity])).toContainEqual(['unexpected-content-type', 'error'])
    await closed.get('/json')
  })

  it('reads and parses an error status as usual: a 401 is unauthorized with its problem', async () => {
    const r = await entry.client({ baseURL: server.url }).get('/unauthorized', { responseType: 'sse' })
    expect(r.kind).toBe('unauthorized')
    expect(r.kind === 'unauthorized' && r.problem?.title).toBe('token expired')
  })

  it('retries a 503 before handing the stream of the next attempt over', async () => {
    const r = await entry.client({ baseURL: server.url }).get('/busy-once', { responseType: 'sse' })
    expect(r).toMatchObject({ kind: 'ok', attempts: 2 })
    expect(await collect(r)).toEqual([{ event: 'message', data: 'after a retry' }])
  })

  it('breaking out of the loop cancels the stream: the server sees the connection close', async () => {
    const r = await entry.client({ baseURL: server.url }).get('/endless', { responseType: 'sse' })
    for await (const event of r.data as AsyncIterable<ServerSentEvent>) {
      if (event.data === '3') break
    }
    await closed.get('/endless')
  })

  it("the caller's signal ends the stream mid-way with its reason, and the connection closes", async () => {
    const controller = new AbortController()
    const http = entry.client({ baseURL: server.url, timeout: 60_000 })
    const r = await http.get('/endless', { responseType: 'sse', signal: controller.signal })
    const seen: string[] = []
    const looping = (async () => {
      for await (const event of r.data as AsyncIterable<ServerSentEvent>) {
        seen.push(event.data)
        if (seen.length === 2) controller.abort(new Error('user pressed stop'))
      }
    })()
    await expect(looping).rejects.toThrow('user pressed stop')
    expect(seen).toEqual(['1', '2'])
    await closed.get('/endless')
  })
})

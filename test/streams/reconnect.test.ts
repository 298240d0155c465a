import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ReconnectError, type ServerSentEvent } from '../../src/index.js'
import { startHttpServer, type TestServer } from '../helpers/http-server.js'
import { TRANSPORTS } from '../transports/transports.js'

// Opt-in EventSource reconnection: Last-Event-ID, the server's retry:, and each reconnection classified
// like any call (a 503 retried after its Retry-After, a 401 thrown as a ReconnectError, a 204 the end).

/** Per scenario, what each connection answers, in order; and the Last-Event-ID each one carried. */
const scripts: Record<string, string[]> = {}
const seen: Record<string, (string | undefined)[]> = {}

let server: TestServer
beforeAll(async () => {
  server = await startHttpServer((req, res) => {
    const name = (req.url ?? '').slice(1)
    const header = req.headers['last-event-id']
    const ids = seen[name] ?? []
    seen[name] = ids
    ids.push(typeof header === 'string' ? header : undefined)
    const step = scripts[name]?.shift() ?? '204'
    if (step === '204') res.writeHead(204).end()
    else if (step === '401') res.writeHead(401, { 'content-type': 'text/plain' }).end('expired')
    else if (step === '503') res.writeHead(503, { 'retry-after': '0' }).end()
    else res.writeHead(200, { 'content-type': 'text/event-stream' }).end(step)
  })
})
afterAll(async () => {
  for (const entry of TRANSPORTS) await entry.close()
  await server.close()
})

async function collect(data: unknown): Promise<string[]> {
  const out: string[] = []
  for await (const event of data as AsyncIterable<ServerSentEvent>) out.push(event.data)
  return out
}

describe.each(TRANSPORTS)('SSE reconnection over $name', (entry) => {
  it('is off by default: the stream ends when the server ends it', async () => {
    const name = `off-${entry.name.replace(/\W/g, '')}`
    scripts[name] = ['retry: 1\nid: 1\ndata: a\n\n', 'id: 2\ndata: b\n\n']
    const r = await entry.client({ baseURL: server.url }).get(`/${name}`, { responseType: 'sse' })
    expect(await collect(r.data)).toEqual(['a'])
    expect(seen[name]).toHaveLength(1)
  })

  it("reconnects after the server's retry: with Last-Event-ID, through a 503 and its Retry-After, until a 204", async () => {
    const name = `on-${entry.name.replace(/\W/g, '')}`
    scripts[name] = ['retry: 5\nid: 1\ndata: a\n\n', '503', 'data: b\n\n', 'id: 3\ndata: c\n\n', '204']
    const waits: number[] = []
    const sleep = (ms: number) => {
      waits.push(ms)
      return new Promise<void>((resolve) => setTimeout(resolve, ms))
    }
    const http = entry.client({ baseURL: server.url, clock: { sleep } })
    const r = await http.get(`/${name}`, { responseType: 'sse', reconnect: true })
    expect(await collect(r.data)).toEqual(['a', 'b', 'c'])
    // The last event ID and the reconnection time persist across connections, as in the HTML standard.
    expect(seen[name]).toEqual([undefined, '1', '1', '1', '3'])
    expect(waits.filter((ms) => ms === 5)).toHaveLength(3)
  })

  it('throws a ReconnectError carrying the classified result when the reconnection is refused', async () => {
    const name = `refused-${entry.name.replace(/\W/g, '')}`
    scripts[name] = ['retry: 1\ndata: a\n\n', '401']
    const r = await entry
      .client({ baseURL: server.url })
      .get(`/${name}`, { responseType: 'sse', reconnect: { limit: 3 } })
    const error = await collect(r.data).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ReconnectError)
    expect((error as ReconnectError).result).toMatchObject({ kind: 'unauthorized', data: 'expired' })
  })
})

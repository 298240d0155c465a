import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { createApiClient, defineApi } from '../../src/index.js'
import { startHttpServer, type TestServer } from '../helpers/http-server.js'
import { TRANSPORTS } from '../transports/transports.js'

// The MCP SDK's Streamable HTTP server (stateless: no session ID generator): a JSON-RPC request POSTed, the
// answer streamed back as server-sent events, each event's data a JSON-RPC message validated as it comes.

const JsonRpcResult = z.object({ jsonrpc: z.literal('2.0'), id: z.number(), result: z.looseObject({}) })
const api = defineApi({
  rpc: {
    method: 'POST',
    path: '/mcp',
    body: z.object({ jsonrpc: z.literal('2.0'), id: z.number(), method: z.string(), params: z.unknown() }),
    responses: { 200: { contentType: 'text/event-stream', format: 'sse', schema: JsonRpcResult } },
  },
})

let server: TestServer
beforeAll(async () => {
  server = await startHttpServer((req, res) => {
    const mcp = new McpServer({ name: 'probe', version: '1.0.0' })
    mcp.registerTool('add', { inputSchema: { a: z.number(), b: z.number() } }, ({ a, b }) => ({
      content: [{ type: 'text', text: String(a + b) }],
    }))
    const transport = new StreamableHTTPServerTransport({})
    res.on('close', () => void transport.close())
    void mcp.connect(transport).then(() => transport.handleRequest(req, res))
  })
})
afterAll(async () => {
  for (const entry of TRANSPORTS) await entry.close()
  await server.close()
})

describe.each(TRANSPORTS)('an MCP Streamable HTTP server over $name', (entry) => {
  // MCP requires both media types in Accept, and answers 406 otherwise.
  const headers = { accept: 'application/json, text/event-stream' }

  it('streams the answer to initialize and to a tool call as events, each a valid JSON-RPC result', async () => {
    const rpc = createApiClient(api, entry.client({ baseURL: server.url })).rpc
    const init = await rpc({
      headers,
      body: {
        jsonrpc: '2.0',
        id: 1,
        method: 'initialize',
        params: {
          protocolVersion: '2025-03-26',
          capabilities: {},
          clientInfo: { name: 'honest-fetch', version: '0' },
        },
      },
    })
    if (init.kind !== 'ok') throw new Error(`expected ok, got ${init.kind}`)
    const messages: unknown[] = []
    for await (const event of init.data) messages.push(event.ok ? event.value.result : event.issues)
    expect(messages).toMatchObject([{ serverInfo: { name: 'probe' } }])

    const call = await rpc({
      headers,
      body: {
        jsonrpc: '2.0',
        id: 2,
        method: 'tools/call',
        params: { name: 'add', arguments: { a: 2, b: 3 } },
      },
    })
    if (call.kind !== 'ok') throw new Error(`expected ok, got ${call.kind}`)
    const results: unknown[] = []
    for await (const event of call.data) results.push(event.ok ? event.value.result : event.issues)
    expect(results).toEqual([{ content: [{ type: 'text', text: '5' }] }])
  })
})

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

type Handler = (req: IncomingMessage, res: ServerResponse) => void

function json(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers })
  res.end(JSON.stringify(body))
}

/** Counts calls per route, so an endpoint can fail first and recover after. */
const calls = new Map<string, number>()
function nth(route: string): number {
  const n = (calls.get(route) ?? 0) + 1
  calls.set(route, n)
  return n
}

/** The demo API: honest endpoints, and endpoints that break HTTP semantics the way real APIs do. */
export const routes: Record<string, Handler> = {
  'GET /users/42': (_req, res) => json(res, 200, { id: '42', name: 'Ada Lovelace' }),
  'POST /users': (_req, res) => json(res, 201, { id: '43', name: 'Grace Hopper' }, { location: '/users/43' }),
  'DELETE /users/42': (_req, res) => {
    res.writeHead(204)
    res.end()
  },
  'GET /users/404': (_req, res) =>
    json(
      res,
      404,
      { type: 'about:blank', title: 'Not Found', status: 404, detail: 'No user 404' },
      {
        'content-type': 'application/problem+json',
      },
    ),
  'GET /lying/error-payload': (_req, res) => json(res, 200, { error: 'User not found' }),
  'GET /lying/html': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' })
    res.end('<!doctype html><html><body><h1>Oops, something went wrong</h1></body></html>')
  },
  'GET /lying/malformed-json': (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end('{"id": "42", "name": ')
  },
  'GET /lying/unauthorized': (_req, res) => json(res, 401, { message: 'log in first' }),
  'GET /rate-limited': (_req, res) => {
    if (nth('rate-limited') === 1) json(res, 429, { message: 'slow down' }, { 'retry-after': '1' })
    else json(res, 200, { id: '42', name: 'Ada Lovelace' })
  },
  'GET /rate-limited/hour': (_req, res) =>
    json(res, 429, { message: 'quota exhausted' }, { 'retry-after': '3600' }),
  'GET /unavailable': (_req, res) => json(res, 503, { message: 'maintenance' }, { 'retry-after': '0' }),
  'GET /slow': (_req, res) => {
    const timer = setTimeout(() => json(res, 200, { late: true }), 3_000)
    res.on('close', () => clearTimeout(timer))
  },
}

export interface DemoServer {
  readonly url: string
  close(): Promise<void>
}

/** Starts the demo API on 127.0.0.1 on a free port. */
export async function startDemoServer(): Promise<DemoServer> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname
    const handler = routes[`${req.method} ${path}`]
    if (handler) handler(req, res)
    else json(res, 404, { message: `no route ${req.method} ${path}` })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

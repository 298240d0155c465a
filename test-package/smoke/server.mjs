// The local API the smoke checks call, on 127.0.0.1 and a free port. Plain JavaScript on node:http, so the
// scripts that start it need no build step. With `staticDir` it also serves the browser page, its bundle and
// MSW's worker script from the same origin (a service worker needs a same-origin script URL).
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { extname, join, normalize } from 'node:path'

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
}

function json(res, status, body, headers = {}) {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers })
  res.end(JSON.stringify(body))
}

/** Per-key hit counts, so an endpoint can fail on the first call of a run and recover on the next. */
const hits = new Map()
function hit(key) {
  const n = (hits.get(key) ?? 0) + 1
  hits.set(key, n)
  return n
}

/** Route table: `METHOD /path` (the path up to a `:key` segment) to a handler. */
const routes = {
  'GET /users/42': (_req, res) => json(res, 200, { id: '42', name: 'Ada Lovelace' }),
  'GET /users/404': (_req, res) =>
    json(
      res,
      404,
      { type: 'about:blank', title: 'Not Found', status: 404, detail: 'No user 404' },
      { 'content-type': 'application/problem+json' },
    ),
  // 503 with Retry-After: 0 the first time a key is seen, 200 after: a default client retries once.
  'GET /flaky/:key': (_req, res, key) => {
    if (hit(`flaky:${key}`) === 1) json(res, 503, { message: 'try again' }, { 'retry-after': '0' })
    else json(res, 200, { recovered: true })
  },
  // The "200 with an error payload" lie this library exists to catch.
  'GET /lying/error-payload': (_req, res) => json(res, 200, { error: 'x' }),
  // A user record whose id has the wrong type, for a schemaMismatch through a zod contract.
  'GET /users/bad': (_req, res) => json(res, 200, { id: 42, name: 'Ada Lovelace' }),
  // Never answers; the timer only guards against a client that never gives up.
  'GET /stall': (_req, res) => {
    const timer = setTimeout(() => json(res, 200, { late: true }), 30_000)
    res.on('close', () => clearTimeout(timer))
  },
  // Closes the connection without a response.
  'GET /reset': (req) => req.socket.destroy(),
  // Promises 100 bytes, sends 10, and hangs up: a truncated body.
  'GET /truncated': (req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' })
    res.write('{"id": "42')
    setTimeout(() => req.socket.destroy(), 20)
  },
}

function route(method, path) {
  const exact = routes[`${method} ${path}`]
  if (exact) return [exact, undefined]
  const slash = path.lastIndexOf('/')
  const withKey = routes[`${method} ${path.slice(0, slash)}/:key`]
  return withKey ? [withKey, decodeURIComponent(path.slice(slash + 1))] : [undefined, undefined]
}

async function serveStatic(staticDir, path, res) {
  const file = normalize(join(staticDir, path === '/' ? 'index.html' : path))
  if (!file.startsWith(staticDir)) return false
  try {
    const body = await readFile(file)
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    })
    res.end(body)
    return true
  } catch {
    return false
  }
}

/**
 * Starts the smoke API on 127.0.0.1, port 0.
 * @param {{ staticDir?: string }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startSmokeServer(options = {}) {
  const staticDir = options.staticDir === undefined ? undefined : normalize(options.staticDir)
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname
    const [handler, key] = route(req.method, path)
    if (handler) return handler(req, res, key)
    if (staticDir !== undefined && req.method === 'GET' && (await serveStatic(staticDir, path, res))) return
    json(res, 404, { message: `no route ${req.method} ${path}` })
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address()
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

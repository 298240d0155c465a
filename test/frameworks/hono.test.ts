import { getRequestListener } from '@hono/node-server'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'
import { basicAuth } from 'hono/basic-auth'
import { bearerAuth } from 'hono/bearer-auth'
import { bodyLimit } from 'hono/body-limit'
import { cors } from 'hono/cors'
import { etag } from 'hono/etag'
import { streamSSE } from 'hono/streaming'
import { rateLimiter } from 'hono-rate-limiter'
import { expect, it } from 'vitest'
import { startHttpServer } from '../helpers/http-server.js'
import {
  CLASSIC_LIE,
  describeMatrix,
  itWaitsForTheLimiters,
  JSON_OR_SSE,
  NDJSON_BODY,
  OVERSIZE,
  type Row,
  STATIC_DIR,
  WRONG_TYPE,
} from './matrix.js'

// hono on @hono/node-server with its defaults: its 404 and onError (500 for anything thrown, such as
// c.req.json() on a body that is not JSON), its HEAD handling; its own middleware (serveStatic, cors,
// etag, basicAuth, bearerAuth, bodyLimit) and hono-rate-limiter, each as documented.

const USER = { id: 1, name: 'Ada' }

/** A 1 s window for everyone (one key), announced in draft-6 fields, hono-rate-limiter's default. */
const limiter = (limit: number) => rateLimiter({ windowMs: 1000, limit, keyGenerator: () => 'everyone' })

function build(): Hono {
  const app = new Hono()
  app.use(
    '/static/*',
    serveStatic({ root: STATIC_DIR, rewriteRequestPath: (p) => p.replace(/^\/static/, '') }),
  )
  app.use('/cors/*', cors())
  app.use('/users/*', etag())
  app.get('/users/1', (c) => c.json(USER))
  app.get('/cors/users/1', (c) => c.json(USER))
  app.post('/users', async (c) => c.json({ ...(await c.req.json()), id: 2 }, 201, { location: '/users/2' }))
  app.post('/echo', bodyLimit({ maxSize: 1024 * 1024 }), async (c) => c.json(await c.req.json()))
  app.delete('/users/1', (c) => c.body(null, 204))
  app.get('/boom', () => {
    throw new Error('boom')
  })
  app.get('/text', (c) => c.text('OK'))
  app.get('/old', (c) => c.redirect('/users/1'))
  app.get('/private', basicAuth({ username: 'ada', password: 'secret' }), (c) => c.json(USER))
  app.get('/bearer', bearerAuth({ token: 'secret' }), (c) => c.json(USER))
  app.get('/blocked', limiter(0), (c) => c.json(USER))
  app.get('/limited', limiter(1), (c) => c.json(USER))
  app.get('/events', (c) =>
    streamSSE(c, async (stream) => {
      await stream.writeSSE({ event: 'greeting', data: '{"hello":"world"}' })
      await stream.writeSSE({ data: 'bye' })
    }),
  )
  app.get('/ndjson', (c) => c.body(NDJSON_BODY, 200, { 'content-type': 'application/x-ndjson' }))
  // The classic bad example: a Request -> Response handler that reports a failure with a 200.
  app.get('/classic', () => Response.json(CLASSIC_LIE))
  return app
}

const PREFLIGHT = { origin: 'http://example.test', 'access-control-request-method': 'GET' }

// biome-ignore format: a table reads best aligned
const ROWS: readonly Row[] = [
  ['JSON GET',                       'GET /users/1',            {},                                        'ok',             []],
  ['JSON POST',                      'POST /echo',              { body: USER },                            'ok',             []],
  ['201 create with Location',       'POST /users',             { body: { name: 'Bob' } },                 'created',        []],
  ['DELETE 204',                     'DELETE /users/1',         {},                                        'noContent',      []],
  ['unknown route',                  'GET /nowhere',            {},                                        'notFound',       []],
  ['a throwing route',               'GET /boom',               {},                                        'internalServerError', []],
  ['malformed JSON sent (throws)',   'POST /echo',              { body: '{"name":', type: 'application/json' }, 'internalServerError', []],
  ['wrong content type (throws)',    'POST /echo',              WRONG_TYPE,                                'internalServerError', []],
  ['wrong method (no 405 in hono)',  'PUT /users/1',            { body: USER },                            'notFound',       []],
  ['HEAD',                           'HEAD /users/1',           {},                                        'ok',             []],
  ['OPTIONS (no automatic reply)',   'OPTIONS /users/1',        {},                                        'notFound',       []],
  ['CORS preflight (hono/cors)',     'OPTIONS /cors/users/1',   { headers: PREFLIGHT },                    'noContent',      []],
  ['redirect, followed',             'GET /old',                {},                                        'ok',             []],
  ['static .txt, asked for',         'GET /static/hello.txt',   { accept: 'text/plain' },                  'ok',             []],
  ['static .txt, */*',               'GET /static/hello.txt',   { accept: '*/*' },                         'ok',             []],
  ['static .html, asked for',        'GET /static/index.html',  { accept: 'text/html' },                   'ok',             []],
  ['static .html, */*',              'GET /static/index.html',  { accept: '*/*' },                         'ok',             []],
  ['static .txt, JSON asked for',    'GET /static/hello.txt',   {},                                        'ok',             ['unexpected-content-type:warn']],
  ['static .html, JSON asked for (the SPA-fallback lie)', 'GET /static/index.html', {},                  'protocolViolation', ['unexpected-content-type:error']],
  ['conditional GET, hono/etag',     'GET /users/1',            { conditional: true },                     'notModified',    []],
  ['c.text("OK"): text/plain',       'GET /text',               {},                                        'ok',             []],
  ['401 hono/basic-auth',            'GET /private',            {},                                        'unauthorized',   []],
  ['401 hono/bearer-auth',           'GET /bearer',             {},                                        'unauthorized',   []],
  ['429 hono-rate-limiter',          'GET /blocked',            {},                                        'tooManyRequests', []],
  ['SSE (streamSSE), JSON or SSE asked for', 'GET /events',     { accept: JSON_OR_SSE },                   'ok',             []],
  ['NDJSON, asked for',              'GET /ndjson',             { accept: 'application/x-ndjson' },        'ok',             []],
  ['Response.json({ error }) with 200', 'GET /classic',         {},                                        'protocolViolation', ['error-payload-in-success:error']],
]

describeMatrix(
  'hono',
  () => startHttpServer(getRequestListener(build().fetch)),
  ROWS,
  (context) => {
    itWaitsForTheLimiters(context, [['/limited', 'retry-after']])

    // bodyLimit answers 413 without reading the body; the server then drops that connection, and the next
    // request on it must be retried on a fresh one rather than fail (what browsers do for idempotent ones).
    it('answers an oversize body 413 (bodyLimit), and a GET on the same pooled connection then succeeds', async () => {
      const http = context.client()
      const big = await http.post('/echo', {
        body: OVERSIZE,
        headers: { 'content-type': 'application/json' },
      })
      const next = await http.get('/users/1')
      const actual = `${big.kind}, then ${next.kind}`
      expect(actual, `got ${actual}`).toBe('contentTooLarge, then ok')
    })
  },
)

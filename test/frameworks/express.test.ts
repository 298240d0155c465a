import cors from 'cors'
import express, { type Response } from 'express'
import basicAuth from 'express-basic-auth'
import { rateLimit } from 'express-rate-limit'
import express4 from 'express4'
import { startHttpServer } from '../helpers/http-server.js'
import {
  CLASSIC_LIE,
  describeMatrix,
  itWaitsForTheLimiters,
  JSON_OR_SSE,
  NDJSON_BODY,
  OVERSIZE,
  REVALIDATED_UNLESS_NO_CACHE,
  type Row,
  SSE_BODY,
  STATIC_DIR,
  WRONG_TYPE,
} from './matrix.js'

// express 5 and express 4, each with its defaults: express.json(), express.static, its router's 404 and
// automatic OPTIONS, its default error handler; cors, express-basic-auth and express-rate-limit as shipped.

const USER = { id: 1, name: 'Ada' }

/** A 1 s window with one request allowed, announced with the given `standardHeaders`. */
const limiter = (standardHeaders: 'draft-6' | 'draft-7' | 'draft-8', limit = 1) =>
  rateLimit({ windowMs: 1000, limit, standardHeaders, legacyHeaders: false })

function build(e: typeof express) {
  const app = e()
  app.use('/static', e.static(STATIC_DIR))
  app.use('/cors', cors())
  app.use(e.json())
  app.get(['/users/1', '/cors/users/1'], (_req, res) => {
    res.json(USER)
  })
  app.post('/users', (req, res) => {
    res
      .status(201)
      .location('/users/2')
      .json({ ...req.body, id: 2 })
  })
  app.post('/echo', (req, res) => {
    res.json(req.body ?? null)
  })
  app.post('/created-status', (_req, res) => {
    res.sendStatus(201)
  })
  app.post('/accepted-status', (_req, res) => {
    res.sendStatus(202)
  })
  app.delete('/users/1', (_req, res) => {
    res.sendStatus(204)
  })
  app.get('/boom', () => {
    throw new Error('boom')
  })
  app.get('/text', (_req, res) => {
    res.send('OK')
  })
  app.get('/old', (_req, res) => {
    res.redirect('/users/1')
  })
  app.get('/private', basicAuth({ users: { ada: 'secret' } }), (_req, res) => {
    res.json(USER)
  })
  app.get('/blocked', limiter('draft-6', 0), (_req, res) => {
    res.json(USER)
  })
  app.get('/limited-6', limiter('draft-6'), (_req, res) => {
    res.json(USER)
  })
  app.get('/limited-7', limiter('draft-7'), (_req, res) => {
    res.json(USER)
  })
  app.get('/limited-8', limiter('draft-8'), (_req, res) => {
    res.json(USER)
  })
  // Draft-6 fields alone, as behind a proxy that drops Retry-After: RateLimit-Reset must direct the wait.
  const resetOnly = rateLimit({
    windowMs: 1000,
    limit: 1,
    standardHeaders: 'draft-6',
    legacyHeaders: false,
    handler: (_req, res: Response) => {
      res.removeHeader('retry-after')
      res.status(429).send('Too many requests, please try again later.')
    },
  })
  app.get('/limited-reset-only', resetOnly, (_req, res) => {
    res.json(USER)
  })
  app.get('/events', (_req, res) => {
    res.type('text/event-stream').send(SSE_BODY)
  })
  app.get('/ndjson', (_req, res) => {
    res.type('application/x-ndjson').send(NDJSON_BODY)
  })
  app.get('/classic', (_req, res) => {
    res.json(CLASSIC_LIE)
  })
  return app
}

const PREFLIGHT = { origin: 'http://example.test', 'access-control-request-method': 'GET' }

// biome-ignore format: a table reads best aligned
const ROWS: readonly Row[] = [
  ['JSON GET',                       'GET /users/1',            {},                                        'ok',             []],
  ['JSON POST',                      'POST /echo',              { body: USER },                            'ok',             []],
  ['201 create with Location',       'POST /users',             { body: { name: 'Bob' } },                 'created',        []],
  ['sendStatus(201): "Created"',     'POST /created-status',    {},                                        'created',        []],
  ['sendStatus(202): "Accepted"',    'POST /accepted-status',   {},                                        'accepted',       []],
  ['DELETE 204',                     'DELETE /users/1',         {},                                        'noContent',      []],
  ['unknown route',                  'GET /nowhere',            {},                                        'notFound',       []],
  ['a throwing route',               'GET /boom',               {},                                        'internalServerError', []],
  ['malformed JSON sent',            'POST /echo',              { body: '{"name":', type: 'application/json' }, 'badRequest', []],
  ['oversize body',                  'POST /echo',              { body: OVERSIZE, type: 'application/json' }, 'contentTooLarge', []],
  ['wrong content type',             'POST /echo',              WRONG_TYPE,                                'ok',             []],
  ['wrong method (no 405 in express)', 'PUT /users/1',          { body: USER },                            'notFound',       []],
  ['HEAD',                           'HEAD /users/1',           {},                                        'ok',             []],
  ['automatic OPTIONS "GET,HEAD"',   'OPTIONS /users/1',        {},                                        'ok',             []],
  ['CORS preflight (cors)',          'OPTIONS /cors/users/1',   { headers: PREFLIGHT },                    'noContent',      ['content-length-on-no-content:warn']],
  ['redirect, followed',             'GET /old',                {},                                        'ok',             []],
  ['static .txt, asked for',         'GET /static/hello.txt',   { accept: 'text/plain' },                  'ok',             []],
  ['static .txt, */*',               'GET /static/hello.txt',   { accept: '*/*' },                         'ok',             []],
  ['static .html, asked for',        'GET /static/index.html',  { accept: 'text/html' },                   'ok',             []],
  ['static .html, */*',              'GET /static/index.html',  { accept: '*/*' },                         'ok',             []],
  ['static .txt, JSON asked for',    'GET /static/hello.txt',   {},                                        'ok',             ['unexpected-content-type:warn']],
  ['static .html, JSON asked for (the SPA-fallback lie)', 'GET /static/index.html', {},                  'protocolViolation', ['unexpected-content-type:error']],
  ['conditional GET, ETag',          'GET /users/1',            { conditional: true },                     REVALIDATED_UNLESS_NO_CACHE, []],
  ['conditional GET, static file',   'GET /static/hello.txt',   { accept: '*/*', conditional: true },      REVALIDATED_UNLESS_NO_CACHE, []],
  ['res.send("OK"): text/html',      'GET /text',               {},                                        'ok',             []],
  ['401 express-basic-auth',         'GET /private',            {},                                        'unauthorized',   ['missing-www-authenticate:warn']],
  ['429 express-rate-limit',         'GET /blocked',            {},                                        'tooManyRequests', []],
  ['SSE, JSON or SSE asked for',     'GET /events',             { accept: JSON_OR_SSE },                   'ok',             []],
  ['NDJSON, asked for',              'GET /ndjson',             { accept: 'application/x-ndjson' },        'ok',             []],
  ['200 {"error":"User not found"}', 'GET /classic',            {},                                        'protocolViolation', ['error-payload-in-success:error']],
]

const versions = [
  ['express 5', express],
  ['express 4', express4 as unknown as typeof express],
] as const

for (const [name, e] of versions) {
  describeMatrix(
    name,
    () => startHttpServer(build(e)),
    ROWS,
    (context) => {
      // express-rate-limit does not depend on the express version: its waits are checked once.
      if (e !== express) return
      itWaitsForTheLimiters(context, [
        ['/limited-6', 'retry-after'],
        ['/limited-7', 'retry-after'],
        ['/limited-8', 'retry-after'],
        ['/limited-reset-only', 'ratelimit-reset'],
      ])
    },
  )
}

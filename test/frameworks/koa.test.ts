import { dirname } from 'node:path'
import { bodyParser } from '@koa/bodyparser'
import cors from '@koa/cors'
import Router from '@koa/router'
import Koa from 'koa'
import auth from 'koa-basic-auth'
import ratelimit from 'koa-ratelimit'
import serve from 'koa-static'
import { startHttpServer } from '../helpers/http-server.js'
import {
  CLASSIC_LIE,
  describeMatrix,
  JSON_OR_SSE,
  NDJSON_BODY,
  OVERSIZE,
  REVALIDATED_UNLESS_NO_CACHE,
  type Row,
  SSE_BODY,
  STATIC_DIR,
  WRONG_TYPE,
} from './matrix.js'

// koa 3 with its defaults: status-only bodies, its 404 and error handling (app.silent only keeps the
// thrown error out of the test output); @koa/router with allowedMethods() (405, OPTIONS), @koa/bodyparser,
// @koa/cors, koa-static, koa-basic-auth and koa-ratelimit's memory driver, as their READMEs set them up.

const USER = { id: 1, name: 'Ada' }

const limiter = (max: number) =>
  ratelimit({ driver: 'memory', db: new Map(), duration: 1000, max, id: () => 'everyone' })

function build(): Koa {
  const app = new Koa()
  app.silent = true
  const router = new Router()
  router.get('/users/1', (ctx) => {
    ctx.body = USER
    // koa's documented conditional GET: an ETag, then ctx.fresh.
    ctx.etag = 'W/"user-1-v1"'
    if (ctx.fresh) ctx.status = 304
  })
  router.post('/users', (ctx) => {
    ctx.status = 201
    ctx.set('location', '/users/2')
    ctx.body = { ...(ctx.request.body as object), id: 2 }
  })
  router.post('/echo', (ctx) => {
    ctx.body = ctx.request.body ?? null
  })
  router.post('/created-status', (ctx) => {
    ctx.status = 201
  })
  router.post('/accepted-status', (ctx) => {
    ctx.status = 202
  })
  router.delete('/users/1', (ctx) => {
    ctx.status = 204
  })
  router.get('/boom', () => {
    throw new Error('boom')
  })
  router.get('/text', (ctx) => {
    ctx.body = 'OK'
  })
  router.get('/old', (ctx) => {
    ctx.redirect('/users/1')
  })
  router.get('/private', auth({ name: 'ada', pass: 'secret' }), (ctx) => {
    ctx.body = USER
  })
  router.get('/blocked', limiter(0), (ctx) => {
    ctx.body = USER
  })
  router.get('/events', (ctx) => {
    ctx.type = 'text/event-stream'
    ctx.body = SSE_BODY
  })
  router.get('/ndjson', (ctx) => {
    ctx.type = 'application/x-ndjson'
    ctx.body = NDJSON_BODY
  })
  router.get('/classic', (ctx) => {
    ctx.body = CLASSIC_LIE
  })
  app.use(cors())
  // koa-static serves a root; its parent holds static/, so the files are under /static/ as elsewhere.
  app.use(serve(dirname(STATIC_DIR)))
  app.use(bodyParser())
  app.use(router.routes())
  app.use(router.allowedMethods())
  return app
}

const PREFLIGHT = { origin: 'http://example.test', 'access-control-request-method': 'GET' }

// biome-ignore format: a table reads best aligned
const ROWS: readonly Row[] = [
  ['JSON GET',                       'GET /users/1',            {},                                        'ok',             []],
  ['JSON POST',                      'POST /echo',              { body: USER },                            'ok',             []],
  ['201 create with Location',       'POST /users',             { body: { name: 'Bob' } },                 'created',        []],
  ['status-only 201: "Created"',     'POST /created-status',    {},                                        'created',        []],
  ['status-only 202: "Accepted"',    'POST /accepted-status',   {},                                        'accepted',       []],
  ['DELETE 204',                     'DELETE /users/1',         {},                                        'noContent',      []],
  ['unknown route',                  'GET /nowhere',            {},                                        'notFound',       []],
  ['a throwing route',               'GET /boom',               {},                                        'internalServerError', []],
  ['malformed JSON sent',            'POST /echo',              { body: '{"name":', type: 'application/json' }, 'badRequest', []],
  ['oversize body',                  'POST /echo',              { body: OVERSIZE, type: 'application/json' }, 'contentTooLarge', []],
  ['wrong content type',             'POST /echo',              WRONG_TYPE,                                'ok',             []],
  ['wrong method (allowedMethods)',  'PUT /users/1',            { body: USER },                            'methodNotAllowed', []],
  ['HEAD',                           'HEAD /users/1',           {},                                        'ok',             []],
  ['OPTIONS (allowedMethods), Content-Length: 0', 'OPTIONS /users/1', {},                                  'ok',             []],
  ['CORS preflight (@koa/cors)',     'OPTIONS /users/1',        { headers: PREFLIGHT },                    'noContent',      []],
  ['redirect, followed',             'GET /old',                {},                                        'ok',             []],
  ['static .txt, asked for',         'GET /static/hello.txt',   { accept: 'text/plain' },                  'ok',             []],
  ['static .txt, */*',               'GET /static/hello.txt',   { accept: '*/*' },                         'ok',             []],
  ['static .html, asked for',        'GET /static/index.html',  { accept: 'text/html' },                   'ok',             []],
  ['static .html, */*',              'GET /static/index.html',  { accept: '*/*' },                         'ok',             []],
  ['static .txt, JSON asked for',    'GET /static/hello.txt',   {},                                        'ok',             ['unexpected-content-type:warn']],
  ['static .html, JSON asked for (the SPA-fallback lie)', 'GET /static/index.html', {},                  'protocolViolation', ['unexpected-content-type:error']],
  ['conditional GET, ctx.fresh',     'GET /users/1',            { conditional: true },                     REVALIDATED_UNLESS_NO_CACHE, []],
  ['ctx.body = "OK": text/plain',    'GET /text',               {},                                        'ok',             []],
  ['401 koa-basic-auth',             'GET /private',            {},                                        'unauthorized',   []],
  ['429 koa-ratelimit',              'GET /blocked',            {},                                        'tooManyRequests', []],
  ['SSE, JSON or SSE asked for',     'GET /events',             { accept: JSON_OR_SSE },                   'ok',             []],
  ['NDJSON, asked for',              'GET /ndjson',             { accept: 'application/x-ndjson' },        'ok',             []],
  ['200 {"error":"User not found"}', 'GET /classic',            {},                                        'protocolViolation', ['error-payload-in-success:error']],
]

// No wait test here: koa-ratelimit truncates Retry-After to whole seconds (`| 0`), so in the last second of
// a window it says 0, and a client that obeys it is refused again; the 429 row is what holds for it.
describeMatrix('koa 3', () => startHttpServer(build().callback()), ROWS)

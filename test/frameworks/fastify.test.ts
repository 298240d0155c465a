import basicAuth from '@fastify/basic-auth'
import cors from '@fastify/cors'
import rateLimit from '@fastify/rate-limit'
import fastifyStatic from '@fastify/static'
import Fastify, { type FastifyInstance } from 'fastify'
import type { AddressInfo } from 'node:net'
import type { TestServer } from '../helpers/http-server.js'
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

// fastify 5 with its defaults: its JSON and text parsers (1 MiB body limit), its 404 and error handler,
// automatic HEAD routes; @fastify/static, @fastify/cors, @fastify/basic-auth and @fastify/rate-limit as
// their READMEs set them up.

const USER = { id: 1, name: 'Ada' }

async function build(): Promise<FastifyInstance> {
  const app = Fastify()
  await app.register(fastifyStatic, { root: STATIC_DIR, prefix: '/static/' })
  await app.register(rateLimit, { global: false })
  await app.register(basicAuth, {
    validate: async (username, password) => {
      if (username !== 'ada' || password !== 'secret') throw new Error('Unauthorized')
    },
  })
  await app.register(
    async (scope) => {
      await scope.register(cors)
      scope.get('/users/1', async () => USER)
    },
    { prefix: '/cors' },
  )
  app.get('/users/1', async () => USER)
  app.post('/users', async (request, reply) => {
    reply.code(201).header('location', '/users/2')
    return { ...(request.body as object), id: 2 }
  })
  app.post('/echo', async (request) => request.body ?? null)
  app.delete('/users/1', async (_request, reply) => {
    reply.code(204).send()
  })
  app.get('/boom', async () => {
    throw new Error('boom')
  })
  app.get('/text', async () => 'OK')
  app.get('/old', async (_request, reply) => reply.redirect('/users/1'))
  app.get('/private', { onRequest: app.basicAuth }, async () => USER)
  const limited = (max: number) => ({ config: { rateLimit: { max, timeWindow: 1000 } } })
  app.get('/blocked', limited(0), async () => USER)
  app.get('/limited', limited(1), async () => USER)
  app.get('/events', async (_request, reply) => reply.type('text/event-stream').send(SSE_BODY))
  app.get('/ndjson', async (_request, reply) => reply.type('application/x-ndjson').send(NDJSON_BODY))
  app.get('/classic', async () => CLASSIC_LIE)
  return app
}

async function start(): Promise<TestServer> {
  const app = await build()
  await app.listen({ port: 0, host: '127.0.0.1' })
  const { port } = app.server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}`, close: () => app.close() }
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
  ['malformed JSON sent',            'POST /echo',              { body: '{"name":', type: 'application/json' }, 'badRequest', []],
  ['oversize body',                  'POST /echo',              { body: OVERSIZE, type: 'application/json' }, 'contentTooLarge', []],
  ['wrong content type',             'POST /echo',              WRONG_TYPE,                                'unsupportedMediaType', []],
  ['wrong method (no 405 in fastify)', 'PUT /users/1',          { body: USER },                            'notFound',       []],
  ['HEAD (automatic head route)',    'HEAD /users/1',           {},                                        'ok',             []],
  ['OPTIONS (no automatic reply)',   'OPTIONS /users/1',        {},                                        'notFound',       []],
  ['CORS preflight (@fastify/cors)', 'OPTIONS /cors/users/1',   { headers: PREFLIGHT },                    'noContent',      ['content-length-on-no-content:warn']],
  ['redirect, followed',             'GET /old',                {},                                        'ok',             []],
  ['static .txt, asked for',         'GET /static/hello.txt',   { accept: 'text/plain' },                  'ok',             []],
  ['static .txt, */*',               'GET /static/hello.txt',   { accept: '*/*' },                         'ok',             []],
  ['static .html, asked for',        'GET /static/index.html',  { accept: 'text/html' },                   'ok',             []],
  ['static .html, */*',              'GET /static/index.html',  { accept: '*/*' },                         'ok',             []],
  ['static .txt, JSON asked for',    'GET /static/hello.txt',   {},                                        'ok',             ['unexpected-content-type:warn']],
  ['static .html, JSON asked for (the SPA-fallback lie)', 'GET /static/index.html', {},                  'protocolViolation', ['unexpected-content-type:error']],
  ['conditional GET, static file',   'GET /static/hello.txt',   { accept: '*/*', conditional: true },      REVALIDATED_UNLESS_NO_CACHE, []],
  ['a string returned: text/plain',  'GET /text',               {},                                        'ok',             []],
  ['401 @fastify/basic-auth',        'GET /private',            {},                                        'unauthorized',   ['missing-www-authenticate:warn']],
  ['429 @fastify/rate-limit',        'GET /blocked',            {},                                        'tooManyRequests', []],
  ['SSE, JSON or SSE asked for',     'GET /events',             { accept: JSON_OR_SSE },                   'ok',             []],
  ['NDJSON, asked for',              'GET /ndjson',             { accept: 'application/x-ndjson' },        'ok',             []],
  ['200 {"error":"User not found"}', 'GET /classic',            {},                                        'protocolViolation', ['error-payload-in-success:error']],
]

describeMatrix('fastify 5', start, ROWS, (context) => {
  itWaitsForTheLimiters(context, [['/limited', 'retry-after']])
})

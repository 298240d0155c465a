import jsonServer from 'json-server'
import { afterAll, beforeAll, vi } from 'vitest'
import { startHttpServer } from '../helpers/http-server.js'
import { describeMatrix, REVALIDATED_UNLESS_NO_CACHE, type Row, WRONG_TYPE } from './matrix.js'

// json-server 0.17 (the line that runs on Node 20) as its README starts it: defaults() (compression,
// cors for every request, its public/ home page, no-cache headers) and a router over an in-memory db.

const PREFLIGHT = { origin: 'http://example.test', 'access-control-request-method': 'GET' }

function build() {
  const app = jsonServer.create()
  app.use(jsonServer.defaults({ logger: false }))
  app.use(
    jsonServer.router({
      users: [
        { id: 1, name: 'Ada' },
        { id: 2, name: 'Bob' },
      ],
    }),
  )
  return app
}

// Its router prints the stack of a body it cannot parse before answering 500; keep it out of the output.
beforeAll(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {})
})
afterAll(() => {
  vi.restoreAllMocks()
})

// biome-ignore format: a table reads best aligned
const ROWS: readonly Row[] = [
  ['JSON GET, a collection',         'GET /users',              {},                                        'ok',             []],
  ['JSON GET, paginated',            'GET /users?_page=1&_limit=1', {},                                    'ok',             []],
  ['JSON GET, one',                  'GET /users/1',            {},                                        'ok',             []],
  ['POST: 201',                      'POST /users',             { body: { name: 'Cy' } },                  'created',        []],
  ['PUT',                            'PUT /users/1',            { body: { name: 'Ada L.' } },              'ok',             []],
  ['PATCH',                          'PATCH /users/1',          { body: { name: 'Ada' } },                 'ok',             []],
  ['DELETE: 200 {}',                 'DELETE /users/2',         {},                                        'ok',             []],
  ['unknown id: 404 {}',             'GET /users/99',           {},                                        'notFound',       []],
  ['unknown route: 404 {}',          'GET /nowhere',            {},                                        'notFound',       []],
  ['malformed JSON sent: 500, the stack', 'POST /users',        { body: '{"name":', type: 'application/json' }, 'internalServerError', []],
  ['wrong content type: created anyway', 'POST /users',         WRONG_TYPE,                                'created',        []],
  ['HEAD',                           'HEAD /users/1',           {},                                        'ok',             []],
  ['OPTIONS, answered by cors',      'OPTIONS /users/1',        {},                                        'noContent',      ['content-length-on-no-content:warn']],
  ['CORS preflight (cors)',          'OPTIONS /users/1',        { headers: PREFLIGHT },                    'noContent',      ['content-length-on-no-content:warn']],
  ['home page, */*',                 'GET /',                   { accept: '*/*' },                         'ok',             []],
  ['conditional GET, ETag',          'GET /users/1',            { conditional: true },                     REVALIDATED_UNLESS_NO_CACHE, []],
]

describeMatrix('json-server 0.17', () => startHttpServer(build()), ROWS)

// A small users API described by an OpenAPI document, written twice with hono: the honest way, and the
// way the audit exists to catch (every lie is one the brief names).
import { getRequestListener } from '@hono/node-server'
import { type Context, Hono } from 'hono'
import { startHttpServer, type TestServer } from '../helpers/http-server.js'

export const TOKEN = 'Bearer s3cret'

const User = {
  type: 'object',
  required: ['id', 'name'],
  properties: {
    id: { type: 'integer', readOnly: true },
    name: { type: 'string' },
    email: { type: 'string' },
  },
}
const idParameter = { name: 'id', in: 'path', required: true, schema: { type: 'integer' }, example: 1 }
const problem = {
  description: 'a problem',
  content: { 'application/problem+json': { schema: { type: 'object' } } },
}

export const DESCRIPTION = {
  openapi: '3.1.0',
  info: { title: 'users', version: '1' },
  security: [{ bearer: [] }],
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    schemas: { User, NewUser: { ...User, properties: { name: User.properties.name } } },
  },
  paths: {
    '/health': {
      get: { security: [], responses: { 200: { description: 'up' } } },
    },
    '/users': {
      post: {
        operationId: 'createUser',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: { $ref: '#/components/schemas/NewUser' },
              example: { name: 'Ada' },
            },
          },
        },
        responses: { 201: { description: 'created' }, 400: problem, 401: problem, 422: problem },
      },
    },
    '/users/{id}': {
      parameters: [idParameter],
      get: {
        operationId: 'getUser',
        responses: {
          200: {
            description: 'the user',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/User' } } },
          },
          401: problem,
          404: problem,
        },
      },
      delete: {
        operationId: 'deleteUser',
        responses: { 204: { description: 'gone' }, 401: problem, 404: problem },
      },
    },
  },
} as const

const problemOf = (c: Context, status: 400 | 401 | 404 | 422, title: string) =>
  c.body(JSON.stringify({ type: 'about:blank', title, status }), status, {
    'content-type': 'application/problem+json',
  })

/** The API as the rule wants it. */
export function honestApp(): Hono {
  const app = new Hono()
  app.get('/health', (c) => c.json({ up: true }))
  app.use('/users/*', async (c, next) => {
    if (c.req.header('authorization') !== TOKEN) {
      c.header('www-authenticate', 'Bearer realm="users"')
      return problemOf(c, 401, 'Unauthorized')
    }
    return next()
  })
  app.get('/users/:id', (c) =>
    c.req.param('id') === '1' ? c.json({ id: 1, name: 'Ada' }) : problemOf(c, 404, 'No such user'),
  )
  app.delete('/users/:id', (c) =>
    c.req.param('id') === '1' ? c.body(null, 204) : problemOf(c, 404, 'No such user'),
  )
  app.post('/users', async (c) => {
    if (c.req.header('authorization') !== TOKEN) {
      c.header('www-authenticate', 'Bearer realm="users"')
      return problemOf(c, 401, 'Unauthorized')
    }
    let body: unknown
    try {
      body = await c.req.json()
    } catch {
      return problemOf(c, 400, 'Malformed JSON')
    }
    const name = (body as { name?: unknown } | null)?.name
    if (typeof name !== 'string') return problemOf(c, 422, 'name must be a string')
    return c.json({ id: 2, name }, 201, { location: '/users/2' })
  })
  return app
}

/** The API written the bad way: 200 for everything, errors in the body, 500 for the client's mistakes. */
export function lyingApp(): Hono {
  const app = new Hono()
  app.get('/health', (c) => c.json({ up: true }))
  // Lie: a 401 with no challenge (RFC 9110 §15.5.2 requires WWW-Authenticate).
  const guard = (c: Context) =>
    c.req.header('authorization') === TOKEN ? undefined : c.json({ message: 'unauthorized' }, 401)
  app.get('/users/:id', (c) => {
    // Lie: 200 with an error payload for an id that names nothing.
    return (
      guard(c) ??
      (c.req.param('id') === '1' ? c.json({ id: 1, name: 'Ada' }) : c.json({ error: 'User not found' }))
    )
  })
  // Lie: 200 for deleting what does not exist.
  app.delete('/users/:id', (c) => guard(c) ?? c.json({ deleted: c.req.param('id') }))
  app.post('/users', async (c) => {
    const denied = guard(c)
    if (denied) return denied
    // Lie: the parser's exception escapes as a 500.
    const body = (await c.req.json()) as { name?: unknown }
    // Lie: 200 with an error payload for a body that breaks the schema.
    if (typeof body.name !== 'string') return c.json({ success: false, error: 'name must be a string' })
    return c.json({ id: 2, name: body.name }, 201)
  })
  app.onError((_error, c) => c.text('Internal Server Error', 500))
  // Lie: 200 for a method or path that names nothing.
  app.notFound((c) => c.json({ error: 'Not found' }))
  return app
}

/** Serves a hono app on 127.0.0.1, port 0. */
export function serve(app: Hono): Promise<TestServer> {
  const listener = getRequestListener(app.fetch)
  return startHttpServer((req, res) => void listener(req, res))
}

// The users API of apis.ts written the way each framework's guide shows, with the same hand-written
// logic everywhere (credentials, unknown ids, 422 for a name that is not a string where the framework
// does not validate), so the audit's findings differ only by what each framework does by default.
import type { AddressInfo } from 'node:net'
import express from 'express'
import Fastify from 'fastify'
import { Hono } from 'hono'
import { validator } from 'hono/validator'
import { startHttpServer, type TestServer } from '../helpers/http-server.js'
import { serve, TOKEN } from './apis.js'

const CHALLENGE = 'Bearer realm="users"'
const problem = (status: number, title: string) => ({ type: 'about:blank', title, status })

async function expressApi(): Promise<TestServer> {
  const app = express()
  app.use(express.json())
  app.get('/health', (_req, res) => {
    res.json({ up: true })
  })
  app.use('/users', (req, res, next) => {
    if (req.get('authorization') === TOKEN) return next()
    res.status(401).set('www-authenticate', CHALLENGE).type('application/problem+json')
    res.send(problem(401, 'Unauthorized'))
  })
  app.get('/users/:id', (req, res) => {
    if (req.params.id === '1') res.json({ id: 1, name: 'Ada' })
    else res.status(404).type('application/problem+json').send(problem(404, 'No such user'))
  })
  app.delete('/users/:id', (req, res) => {
    if (req.params.id === '1') res.status(204).end()
    else res.status(404).type('application/problem+json').send(problem(404, 'No such user'))
  })
  app.post('/users', (req, res) => {
    if (typeof req.body?.name !== 'string')
      res.status(422).type('application/problem+json').send(problem(422, 'name must be a string'))
    else res.status(201).location('/users/2').json({ id: 2, name: req.body.name })
  })
  return startHttpServer((req, res) => app(req, res))
}

async function fastifyApi(): Promise<TestServer> {
  const app = Fastify()
  app.get('/health', async () => ({ up: true }))
  app.addHook('onRequest', async (req, reply) => {
    if (!req.url.startsWith('/users') || req.headers.authorization === TOKEN) return
    reply.code(401).header('www-authenticate', CHALLENGE).type('application/problem+json')
    return reply.send(problem(401, 'Unauthorized'))
  })
  app.get<{ Params: { id: string } }>('/users/:id', async (req, reply) =>
    req.params.id === '1'
      ? { id: 1, name: 'Ada' }
      : reply.code(404).type('application/problem+json').send(problem(404, 'No such user')),
  )
  app.delete<{ Params: { id: string } }>('/users/:id', async (req, reply) =>
    req.params.id === '1'
      ? reply.code(204).send()
      : reply.code(404).type('application/problem+json').send(problem(404, 'No such user')),
  )
  // Fastify validates a body against the route's JSON Schema itself (ajv), as its guide shows.
  const body = { type: 'object', required: ['name'], properties: { name: { type: 'string' } } }
  app.post<{ Body: { name: string } }>('/users', { schema: { body } }, async (req, reply) =>
    reply.code(201).header('location', '/users/2').send({ id: 2, name: req.body.name }),
  )
  await app.listen({ port: 0, host: '127.0.0.1' })
  const { port } = app.server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}`, close: () => app.close() }
}

function honoApi(): Promise<TestServer> {
  const app = new Hono()
  app.get('/health', (c) => c.json({ up: true }))
  app.use('/users/*', async (c, next) => {
    if (c.req.header('authorization') === TOKEN) return next()
    c.header('www-authenticate', CHALLENGE)
    return c.json(problem(401, 'Unauthorized'), 401, { 'content-type': 'application/problem+json' })
  })
  const notFound = { 'content-type': 'application/problem+json' }
  app.get('/users/:id', (c) =>
    c.req.param('id') === '1'
      ? c.json({ id: 1, name: 'Ada' })
      : c.json(problem(404, 'No such user'), 404, notFound),
  )
  app.delete('/users/:id', (c) =>
    c.req.param('id') === '1' ? c.body(null, 204) : c.json(problem(404, 'No such user'), 404, notFound),
  )
  // hono's own `validator('json', ...)`, as its guide shows: it parses the body before the check runs.
  const newUser = validator('json', (value: { name?: unknown }, c) =>
    typeof value?.name === 'string'
      ? { name: value.name }
      : c.json(problem(422, 'name must be a string'), 422, { 'content-type': 'application/problem+json' }),
  )
  app.post('/users', newUser, (c) =>
    c.json({ id: 2, name: c.req.valid('json').name }, 201, { location: '/users/2' }),
  )
  return serve(app)
}

/** Each framework's server, started. */
export const FRAMEWORKS: readonly { readonly name: string; readonly start: () => Promise<TestServer> }[] = [
  { name: 'express 5', start: expressApi },
  { name: 'fastify 5', start: fastifyApi },
  { name: 'hono 4', start: honoApi },
]

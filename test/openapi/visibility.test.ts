// readOnly and writeOnly: a request body leaves out what the server sets, a response may lack what only
// goes in. A named schema with either gets a request constant beside its response one; others stay one.
import { readFile } from 'node:fs/promises'
import { HttpResponse, http } from 'msw'
import { describe, expect, test } from 'vitest'
import { main } from '../../src/cli/main.js'
import { generate } from '../../src/cli/openapi/transform/document.js'
import { createApiClient } from '../../src/index.js'
import { mockApi } from '../../src/msw/index.js'
import { baseURL, useServer } from '../msw/server.js'
import { accounts } from './generated/accounts.js'
import { OPTIONS } from './transform.js'

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })
const json = (schema: unknown) => ({ content: { 'application/json': { schema } } })

/** A module with one POST taking `body` and answering `reply`, and a GET answering `reply` too. */
function moduleFor(schemas: Record<string, unknown>, body: unknown, reply: unknown = body): string {
  const doc = {
    openapi: '3.1.0',
    info: { title: 'T', version: '1' },
    paths: {
      '/things': {
        post: { operationId: 'create', requestBody: { required: true, ...json(body) }, responses: {} },
        get: { operationId: 'read', responses: { 200: { description: 'ok', ...json(reply) } } },
      },
    },
    components: { schemas },
  }
  return generate(doc, 't.json', OPTIONS).source
}

const user = {
  type: 'object',
  required: ['id', 'name', 'password'],
  properties: {
    id: { type: 'integer', readOnly: true },
    name: { type: 'string' },
    password: { type: 'string', writeOnly: true },
  },
}

describe('readOnly and writeOnly in generated schemas', () => {
  test('a request leaves readOnly out and keeps writeOnly required; a response makes writeOnly optional', () => {
    const source = moduleFor({ User: user }, ref('User'))
    expect(source).toContain('const UserRequest = z.object({ name: z.string(), password: z.string() })')
    expect(source).toContain(
      'const User = z.object({ id: z.number().int(), name: z.string(), password: z.string().optional() })',
    )
    expect(source).toContain("create: { method: 'POST', path: '/things', body: UserRequest, responses: {} }")
    expect(source).toContain('responses: { 200: User }')
  })

  test('inline bodies and responses are read for their side, without constants', () => {
    const source = moduleFor({}, user)
    expect(source).toContain('body: z.object({ name: z.string(), password: z.string() })')
    expect(source).toContain(
      '200: z.object({ id: z.number().int(), name: z.string(), password: z.string().optional() })',
    )
  })

  test('schemas without readOnly or writeOnly stay one constant on both sides', () => {
    const source = moduleFor(
      { Tag: { type: 'object', properties: { label: { type: 'string' } } } },
      ref('Tag'),
    )
    expect(source).not.toContain('TagRequest')
    expect(source).toContain('body: Tag, responses: {} }')
  })

  test('a request constant is written only when a request uses the schema', () => {
    const source = moduleFor({ User: user }, { type: 'string' }, ref('User'))
    expect(source).not.toContain('UserRequest')
    expect(source).toContain('const User = ')
  })

  test('a schema reaching readOnly through $refs, arrays and allOf gets a request constant; its plain parts do not', () => {
    const schemas = {
      Team: {
        type: 'object',
        properties: { members: { type: 'array', items: { allOf: [ref('User')] } }, tag: ref('Tag') },
      },
      User: user,
      Tag: { type: 'object', properties: { label: { type: 'string' } } },
    }
    const source = moduleFor(schemas, ref('Team'))
    expect(source).toContain(
      'const TeamRequest = z.object({ members: z.array(UserRequest).optional(), tag: Tag.optional() })',
    )
    expect(source).not.toContain('TagRequest')
  })

  test('readOnly on the referenced schema, or beside an allOf, marks the property', () => {
    const schemas = {
      Id: { type: 'integer', readOnly: true },
      Stamp: { type: 'string' },
      Thing: {
        type: 'object',
        required: ['id', 'at', 'name'],
        properties: {
          id: ref('Id'),
          at: { allOf: [ref('Stamp')], readOnly: true },
          name: { type: 'string' },
        },
      },
    }
    const source = moduleFor(schemas, ref('Thing'))
    expect(source).toContain('const ThingRequest = z.object({ name: z.string() })')
  })

  test('an object whose every property is readOnly is an empty object in a request, not a map', () => {
    const source = moduleFor({}, { type: 'object', properties: { id: { type: 'integer', readOnly: true } } })
    expect(source).toContain('body: z.object({})')
  })

  test('a recursive schema gets a recursive request constant', () => {
    const node = {
      type: 'object',
      required: ['id'],
      properties: { id: { type: 'integer', readOnly: true }, next: ref('Node') },
    }
    const source = moduleFor({ Node: node }, ref('Node'))
    expect(source).toContain(
      'const NodeRequest = z.object({\n  get next() {\n    return NodeRequest.optional()',
    )
    expect(source).toContain(
      'const Node = z.object({\n  id: z.number().int(),\n  get next() {\n    return Node.optional()',
    )
  })

  test('query parameters read their schemas as they are', () => {
    const doc = {
      openapi: '3.1.0',
      info: { title: 'T', version: '1' },
      paths: {
        '/things': {
          get: {
            operationId: 'list',
            parameters: [{ name: 'filter', in: 'query', style: 'deepObject', schema: user }],
            responses: {},
          },
        },
      },
    }
    expect(generate(doc, 't.json', OPTIONS).source).toContain(
      'filter: z.object({ id: z.number().int(), name: z.string(), password: z.string() }).optional()',
    )
  })
})

const server = useServer()
const client = createApiClient(accounts, { baseURL, retry: false })
const mock = mockApi(accounts, { baseURL })

describe('a description with a readOnly id and a writeOnly password, generated and used', () => {
  test('the checked-in module is what the generator writes today', async () => {
    const out: string[] = []
    const file = new URL('./fixtures/accounts.yaml', import.meta.url).pathname
    const status = await main(['openapi', file, '--name', 'accounts', '--quiet'], {
      stdout: (t) => out.push(t),
      stderr: () => 0,
    })
    expect(status).toBe(0)
    expect(out.join('')).toBe(await readFile(new URL('./generated/accounts.ts', import.meta.url), 'utf8'))
  })

  test('a create without id or creation time is sent; the reply without the password is ok', async () => {
    let sent: unknown
    server.use(
      mock.createAccount.handle(async ({ request, reply }) => {
        sent = await request.clone().json()
        return reply(201, { id: 1, name: 'ada', created: { at: '2026-01-01T00:00:00Z' } })
      }),
    )
    const result = await client.createAccount({ body: { name: 'ada', password: 's3cret' } })
    expect(sent).toEqual({ name: 'ada', password: 's3cret' })
    expect(result).toMatchObject({ kind: 'created', ok: true, data: { id: 1, name: 'ada' } })
  })

  test('a whole account passed back is not refused: what the server sets is left out of what is sent', async () => {
    let sent: unknown
    server.use(
      mock.createAccount.handle(async ({ request, reply }) => {
        sent = await request.clone().json()
        return reply(201, { id: 2, name: 'bob', created: { at: '2026-01-01T00:00:00Z' } })
      }),
    )
    const account = { id: 9, name: 'bob', password: 'pw', created: { at: '2025-01-01T00:00:00Z' } }
    const result = await client.createAccount({ body: account })
    expect(sent).toEqual({ name: 'bob', password: 'pw' })
    expect(result.kind).toBe('created')
  })

  test('a create without the required password is refused before sending', async () => {
    // @ts-expect-error the password is required in a request
    const result = await client.createAccount({ body: { name: 'ada' } })
    expect(result.kind).toBe('invalidRequest')
  })

  test('a response still needs what the server sets: one without id is a schema mismatch', async () => {
    server.use(
      http.get(`${baseURL}/accounts/1`, () => HttpResponse.json({ name: 'ada', created: { at: '' } })),
    )
    const result = await client.getAccount({ params: { id: 1 } })
    expect(result.kind).toBe('schemaMismatch')
  })

  test('a form body leaves readOnly fields out too', async () => {
    let fields: string[] = []
    server.use(
      mock.setAvatar.handle(async ({ request, reply }) => {
        fields = [...(await request.clone().formData()).keys()]
        return reply(204)
      }),
    )
    const result = await client.setAvatar({ params: { id: 1 }, body: { image: new Blob(['png']) } })
    expect(result.kind).toBe('noContent')
    expect(fields).toEqual(['image'])
  })
})

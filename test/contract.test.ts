import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import {
  createApiClient,
  createClient,
  defineApi,
  isUnwrapError,
  match,
  UnwrapError,
  UsageError,
  unwrap,
} from '../src/index.js'
import { usersApi } from '../examples/users-api.js'
import { fakeFetch, json } from './helpers/fake-fetch.js'

const baseURL = 'https://api.example.com'
const problem = (status: number, title: string) =>
  json({ title, status }, { status, headers: { 'content-type': 'application/problem+json' } })

function usersWith(...responses: Parameters<typeof fakeFetch>) {
  const fetch = fakeFetch(...responses)
  return { fetch, users: createApiClient(usersApi, { baseURL, fetch, retry: false }) }
}

describe('defineApi checks the contract when it is defined', () => {
  it.each([
    [{ a: { method: 'GET', path: '/x', responses: { 700: null } } }, /endpoint "a" declares status "700"/],
    [
      { b: { method: 'GET', path: '/x/:id/:id', responses: { 200: null } } },
      /endpoint "b" declares path parameter ":id" twice/,
    ],
    [{ c: { method: 'GET', path: 'x', responses: { 200: null } } }, /endpoint "c" has path "x"/],
    [{ d: { method: 'G T', path: '/x', responses: { 200: null } } }, /endpoint "d" has method/],
    [{ e: { method: 'GET', path: '/x', responses: { 200: { not: 'a schema' } } } }, /not a Standard Schema/],
    [{ f: { method: 'GET', path: '/x', responses: { 200: { contentType: 'text' } } } }, /contentType "text"/],
    [
      { g: { method: 'GET', path: '/x', responses: { 200: { contentType: 'text/csv', format: 'csv' } } } },
      /format "csv"; use 'json', 'text', 'bytes', 'stream', 'sse' or 'ndjson'/,
    ],
    [
      { h: { method: 'GET', path: '/x', responses: { 200: { contentType: 'text/csv', schema: {} } } } },
      /schema that is not a Standard Schema/,
    ],
    [
      {
        i: {
          method: 'POST',
          path: '/x',
          body: { contentType: 'text/csv', schema: z.string() },
          responses: {},
        },
      },
      /endpoint "i" has a body that is neither a Standard Schema .* nor a \{ contentType, schema, encoding\? \} form of application\/x-www-form-urlencoded or multipart\/form-data/,
    ],
    [
      { j: { method: 'POST', path: '/x', body: { contentType: 'multipart/form-data' }, responses: {} } },
      /endpoint "j" has a body that is neither/,
    ],
    [
      {
        k: {
          method: 'POST',
          path: '/x',
          body: {
            contentType: 'application/x-www-form-urlencoded',
            schema: z.object({}),
            encoding: 'deepObject',
          },
          responses: {},
        },
      },
      /endpoint "k" has a body that is neither/,
    ],
    [
      { l: { method: 'POST', path: '/x', body: 'json', responses: {} } },
      /endpoint "l" has a body that is neither/,
    ],
  ])('%o', (api, message) => {
    expect(() => defineApi(api as never)).toThrow(UsageError)
    expect(() => defineApi(api as never)).toThrow(message)
  })
})

describe('a typed call', () => {
  it('validates a declared 200 body and hands out the parsed output', async () => {
    const { users, fetch } = usersWith(json({ id: '42', name: 'Ada', extra: true }))
    const r = await users.getUser({ params: { id: '42' } })
    expect(r.kind).toBe('ok')
    if (r.kind === 'ok') expect(r.data).toEqual({ id: '42', name: 'Ada' })
    expect(fetch.requests[0]?.url).toBe('https://api.example.com/users/42')
  })

  it('a 200 whose body fails its schema is schemaMismatch, never ok', async () => {
    const { users } = usersWith(json({ id: 42 }))
    const r = await users.getUser({ params: { id: '42' } })
    expect(r).toMatchObject({
      kind: 'schemaMismatch',
      ok: false,
      status: 200,
      statusKind: 'ok',
      data: { id: 42 },
    })
    if (r.kind === 'schemaMismatch') expect(r.issues.map((i) => i.path?.[0])).toEqual(['id', 'name'])
  })

  it('applies zod defaults and transforms to data', async () => {
    const { users } = usersWith(problem(404, 'Not Found'))
    const r = await users.getUser({ params: { id: '1' } })
    expect(r).toMatchObject({
      kind: 'notFound',
      data: { type: 'about:blank', title: 'Not Found', status: 404 },
    })
  })

  it('an undeclared 503 keeps its own kind with unvalidated data', async () => {
    const { users } = usersWith(json({ anything: 1 }, { status: 503 }))
    const r = await users.getUser({ params: { id: '1' } })
    expect(r).toMatchObject({ kind: 'serviceUnavailable', data: { anything: 1 } })
  })

  it('an undeclared 2xx is not ok: it did not pass the contract', async () => {
    const { users } = usersWith(json({}, { status: 202 }))
    const r = await users.getUser({ params: { id: '1' } })
    expect(r).toMatchObject({ kind: 'accepted', ok: false })
  })

  it('a declared null body accepts an empty 204', async () => {
    const { users } = usersWith(new Response(null, { status: 204 }))
    expect(await users.deleteUser({ params: { id: '1' } })).toMatchObject({
      kind: 'noContent',
      ok: true,
      data: undefined,
    })
  })

  it('an invalid request body is invalidRequest and nothing is sent', async () => {
    const { users, fetch } = usersWith(json({}, { status: 201 }))
    const r = await users.createUser({ body: { name: '' } })
    expect(r).toMatchObject({
      kind: 'invalidRequest',
      attempts: 0,
      request: { method: 'POST', url: `${baseURL}/users` },
    })
    if (r.kind === 'invalidRequest') expect(r.issues[0]?.path).toEqual(['body', 'name'])
    expect(fetch.requests).toHaveLength(0)
  })

  it('sends the validated query and body', async () => {
    const { users, fetch } = usersWith(json([]), json({ id: '9', name: 'Ada' }, { status: 201 }))
    await users.listUsers({ query: { limit: 5, q: 'a b+c&d=e' } })
    await users.createUser({ body: { name: 'Ada' } })
    expect(new URL(fetch.requests[0]?.url ?? '').searchParams.get('q')).toBe('a b+c&d=e')
    expect(fetch.requests[1]?.body).toBe('{"name":"Ada"}')
  })

  it('encodes each path parameter as one segment', async () => {
    const { users, fetch } = usersWith(json({ id: 'x', name: 'y' }))
    await users.getUser({ params: { id: '../admin' } })
    await users.getUser({ params: { id: 'a b/c?d#e' } })
    expect(fetch.requests.map((r) => r.url)).toEqual([
      'https://api.example.com/users/..%2Fadmin',
      'https://api.example.com/users/a%20b%2Fc%3Fd%23e',
    ])
  })

  it('fills a parameter followed by a suffix, and a multi-segment parameter segment by segment', async () => {
    const fetch = fakeFetch(json({}))
    const api = defineApi({
      call: { method: 'GET', path: '/Accounts/:Sid.json', responses: { 200: null } },
      contents: { method: 'GET', path: '/repos/:owner/:repo/contents/:path*', responses: { 200: null } },
    })
    const client = createApiClient(api, { baseURL, fetch })
    await client.call({ params: { Sid: 'AC1' } })
    await client.contents({ params: { owner: 'o', repo: 'r', path: 'docs/a b/#1.md' } })
    expect(fetch.requests.map((r) => r.url)).toEqual([
      `${baseURL}/Accounts/AC1.json`,
      `${baseURL}/repos/o/r/contents/docs/a%20b/%231.md`,
    ])
    for (const path of ['../secret', 'docs/../../x', 'a//b', 'docs/.', '']) {
      await expect(client.contents({ params: { owner: 'o', repo: 'r', path } })).rejects.toThrow(
        /path parameter "path" has the segment/,
      )
    }
    expect(fetch.requests).toHaveLength(2)
  })

  it.each(['', '.', '..'])('refuses the path parameter %j with a UsageError', async (id) => {
    const { users, fetch } = usersWith(json({}))
    await expect(users.getUser({ params: { id } })).rejects.toThrow(/path parameter "id"/)
    expect(fetch.requests).toHaveLength(0)
  })

  it('a declared schema that names a key keeps the error-payload detector off it', async () => {
    const api = defineApi({
      job: {
        method: 'GET',
        path: '/jobs/:id',
        responses: { 200: z.object({ id: z.string(), status: z.string() }) },
      },
    })
    const jobs = createApiClient(api, { baseURL, fetch: fakeFetch(json({ id: 'j1', status: 'error' })) })
    expect(await jobs.job({ params: { id: 'j1' } })).toMatchObject({ kind: 'ok', data: { status: 'error' } })
    const untyped = createClient({ baseURL, fetch: fakeFetch(json({ id: 'j1', status: 'error' })) })
    expect((await untyped.get('/jobs/j1')).kind).toBe('protocolViolation')
  })

  it('a 200 with an error payload is a protocolViolation even on a typed endpoint', async () => {
    const { users } = usersWith(json({ error: 'User not found' }))
    const r = await users.getUser({ params: { id: '1' } })
    expect(r).toMatchObject({ kind: 'protocolViolation', status: 200 })
  })

  it('reuses an existing client', async () => {
    const fetch = fakeFetch(json({ id: '1', name: 'A' }))
    const users = createApiClient(usersApi, createClient({ baseURL, fetch }))
    expect((await users.getUser({ params: { id: '1' } })).kind).toBe('ok')
  })

  it('validates with valibot too, sync and async', async () => {
    const api = defineApi({
      get: { method: 'GET', path: '/v', responses: { 200: v.object({ n: v.number() }) } },
      slow: {
        method: 'GET',
        path: '/a',
        responses: {
          200: v.pipeAsync(
            v.object({ n: v.number() }),
            v.checkAsync(async (x) => x.n > 0, 'positive'),
          ),
        },
      },
    })
    const client = createApiClient(api, {
      baseURL,
      fetch: fakeFetch(json({ n: 1 }), json({ n: 'x' }), json({ n: -1 })),
    })
    expect(await client.get()).toMatchObject({ kind: 'ok', data: { n: 1 } })
    expect(await client.get()).toMatchObject({ kind: 'schemaMismatch' })
    expect(await client.slow()).toMatchObject({ kind: 'schemaMismatch' })
  })
})

describe('match and unwrap', () => {
  it('match calls the handler of the kind, or _', async () => {
    const { users } = usersWith(
      json({ id: '1', name: 'Ada' }),
      problem(404, 'gone'),
      json({}, { status: 500 }),
    )
    const describe = async () =>
      match(await users.getUser({ params: { id: '1' } }), {
        ok: (r) => `hello ${r.data.name}`,
        notFound: (r) => `no user (${r.data.title})`,
        _: (r) => `failed: ${r.kind}`,
      })
    expect([await describe(), await describe(), await describe()]).toEqual([
      'hello Ada',
      'no user (gone)',
      'failed: internalServerError',
    ])
  })

  it('unwrap returns 2xx data and throws UnwrapError with the whole result otherwise', async () => {
    const { users } = usersWith(json({ id: '1', name: 'Ada' }), problem(404, 'gone'))
    expect(unwrap(await users.getUser({ params: { id: '1' } }))).toEqual({ id: '1', name: 'Ada' })
    const failed = await users.getUser({ params: { id: '2' } })
    const error = thrownBy(() => unwrap(failed))
    expect(error).toBeInstanceOf(UnwrapError)
    expect((error as UnwrapError).result).toBe(failed)
    expect((error as Error).message).toBe(
      '[honest-fetch] GET https://api.example.com/users/2 gave 404 notFound, not a success; handle it with match() or check result.ok.',
    )
  })

  it('isUnwrapError tells an UnwrapError, and with an endpoint, one from that endpoint', async () => {
    const { users } = usersWith(problem(404, 'gone'), problem(404, 'gone'))
    const fromGet = thrownBy(async () => unwrap(await users.getUser({ params: { id: '7' } })))
    const fromDelete = thrownBy(async () => unwrap(await users.deleteUser({ params: { id: '7' } })))
    expect(isUnwrapError(await fromGet)).toBe(true)
    expect(isUnwrapError(await fromGet, usersApi.getUser)).toBe(true)
    expect(isUnwrapError(await fromGet, usersApi.deleteUser)).toBe(false)
    expect(isUnwrapError(await fromGet, usersApi.listUsers)).toBe(false)
    expect(isUnwrapError(await fromDelete, usersApi.deleteUser)).toBe(true)
    expect(isUnwrapError(new Error('other'), usersApi.getUser)).toBe(false)
    expect(isUnwrapError({ result: {} })).toBe(false)
  })
})

/** What a function throws (or its promise rejects with); fails the test when it does neither. */
function thrownBy(run: () => unknown): unknown
function thrownBy(run: () => Promise<unknown>): Promise<unknown>
function thrownBy(run: () => unknown): unknown {
  const fail = () => expect.unreachable('expected the function to throw')
  try {
    const value = run()
    if (value instanceof Promise) return value.then(fail, (error: unknown) => error)
  } catch (error) {
    return error
  }
  return fail()
}

describe('a form body', () => {
  it('whose schema gives no object of fields is a UsageError at the call, and nothing is sent', async () => {
    const fetch = fakeFetch(json({}))
    const api = defineApi({
      send: {
        method: 'POST',
        path: '/x',
        body: { contentType: 'application/x-www-form-urlencoded', schema: z.string() },
        responses: { 200: null },
      },
    })
    const client = createApiClient(api, { baseURL, fetch })
    await expect(client.send({ body: 'a=1' })).rejects.toThrow(UsageError)
    await expect(client.send({ body: 'a=1' })).rejects.toThrow('send: a form body is an object.')
    expect(fetch.requests).toHaveLength(0)
  })

  it('whose schema gives null sends no body, as a null field is left out', async () => {
    const fetch = fakeFetch(json({}))
    const api = defineApi({
      send: {
        method: 'POST',
        path: '/x',
        body: { contentType: 'multipart/form-data', schema: z.object({ a: z.string() }).nullable() },
        responses: { 200: null },
      },
    })
    const result = await createApiClient(api, { baseURL, fetch }).send({ body: null })
    expect(result.kind).toBe('ok')
    expect(fetch.requests[0]?.body).toBeUndefined()
  })
})

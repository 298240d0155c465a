import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { createApiClient, defineApi, match, UsageError } from '../src/index.js'
import { type EndpointMock, MockError, mockApi } from '../src/msw/index.js'
import { baseURL, useServer } from './msw/server.js'

const User = z.object({ id: z.string(), name: z.string() })
const NotFound = z.object({ missing: z.string() })
const Problem = z.object({ title: z.string() })
const ApiError = z.object({ error: z.object({ message: z.string() }) })
const Accepted = z.object({ queued: z.boolean() })

const api = defineApi({
  getUser: {
    method: 'GET',
    path: '/users/:id',
    responses: { 200: User, 404: NotFound, '4XX': Problem, '5XX': Problem, default: ApiError },
  },
  ping: { method: 'GET', path: '/ping', responses: { 200: User, '2XX': Accepted } },
  plain: { method: 'GET', path: '/plain', responses: { 200: User } },
})

const server = useServer()
const mock = mockApi(api, { baseURL })
const client = createApiClient(api, { baseURL, retry: false, redirect: 'manual' })
const getUser = () => client.getUser({ params: { id: '42' } })

describe('a status without its own code takes its class range, then default', () => {
  it('validates and types a 418 by the 4XX declaration', async () => {
    server.use(mock.getUser.reply(418, { title: 'I am a teapot' }))
    const r = await getUser()
    expect(r).toMatchObject({ kind: 'clientError', ok: false, status: 418, data: { title: 'I am a teapot' } })
    if (r.kind === 'clientError') expect(r.data.title).toBe('I am a teapot')
  })

  it('types a registered 4xx kind the range covers, such as 410', async () => {
    server.use(mock.getUser.reply(410, { title: 'Gone' }))
    const r = await getUser()
    expect(r).toMatchObject({ kind: 'gone', data: { title: 'Gone' } })
  })

  it('gives an explicit code precedence over its range', async () => {
    server.use(mock.getUser.reply(404, { missing: 'user 42' }))
    expect(await getUser()).toMatchObject({ kind: 'notFound', data: { missing: 'user 42' } })
  })

  it('lets 5XX catch an unregistered 5xx code', async () => {
    server.use(mock.getUser.reply(599, { title: 'odd gateway' }))
    expect(await getUser()).toMatchObject({
      kind: 'serverError',
      status: 599,
      data: { title: 'odd gateway' },
    })
  })

  it.each([
    [299, 'success', true],
    [302, 'found', false],
  ] as const)('lets default catch %i when no code or range covers it', async (status, kind, ok) => {
    const body = { error: { message: `status ${status}` } }
    server.use(
      status === 302
        ? mock.getUser.reply(302, body, { location: '/users/43' })
        : mock.getUser.reply(status, body),
    )
    expect(await getUser()).toMatchObject({ kind, ok, status, data: body })
  })

  it('lets default catch a 500 when no 5XX is declared', async () => {
    const onlyDefault = defineApi({
      get: { method: 'GET', path: '/thing', responses: { 200: User, default: ApiError } },
    })
    const body = { error: { message: 'boom' } }
    server.use(mockApi(onlyDefault, { baseURL }).get.reply(500, body))
    const r = await createApiClient(onlyDefault, { baseURL, retry: false }).get()
    expect(r).toMatchObject({ kind: 'internalServerError', ok: false, data: body })
  })

  it('makes a 2xx under 2XX ok when its body passes', async () => {
    server.use(mock.ping.reply(202, { queued: true }))
    expect(await client.ping()).toMatchObject({ kind: 'accepted', ok: true, data: { queued: true } })
  })

  it('is schemaMismatch when the body does not fit the range declaration', async () => {
    server.use(mock.getUser.reply(200, { id: '1', name: 'A' }))
    server.use(
      // The mock checks bodies against the contract too, so a misfit body comes from a raw handler.
      (await import('msw')).http.get(`${baseURL}/users/:id`, () =>
        Response.json({ detail: 'no title' }, { status: 409 }),
      ),
    )
    const r = await getUser()
    expect(r).toMatchObject({ kind: 'schemaMismatch', ok: false, status: 409, statusKind: 'conflict' })
  })

  it('leaves a status no declaration covers undeclared: unvalidated and never ok', async () => {
    const { http } = await import('msw')
    server.use(http.get(`${baseURL}/plain`, () => Response.json({ anything: 1 }, { status: 203 })))
    expect(await client.plain()).toMatchObject({ kind: 'nonAuthoritativeInformation', ok: false })
  })

  it('leaves match needing only the explicit codes', async () => {
    server.use(mock.getUser.reply(503, { title: 'down' }))
    const said = match(await getUser(), {
      ok: (r) => r.data.name,
      notFound: (r) => r.data.missing,
      serviceUnavailable: (r) => r.data.title,
      _: (r) => r.kind,
    })
    expect(said).toBe('down')
  })
})

describe('mocks reply with any status the contract covers', () => {
  it('refuses a 418 without a 4XX or default, naming what is declared', () => {
    // Typed as any endpoint's mock, so that the type checker lets the undeclared status through.
    const plain: EndpointMock = mock.plain
    expect(() => plain.reply(418, {})).toThrow(MockError)
    expect(() => plain.reply(418, {})).toThrow(/does not declare status 418 \(it declares 200\)/)
  })

  it('checks the body against the declaration that covers the status', () => {
    expect(() => mock.getUser.reply(418, { missing: 'x' } as never)).toThrow(/declares for 418/)
    expect(() => mock.getUser.reply(450, { title: 'x' })).not.toThrow()
    expect(() => mock.getUser.reply(302, { title: 'x' } as never, { location: '/x' })).toThrow(
      /declares for 302/,
    )
  })
})

describe('defineApi takes codes, ranges and default only', () => {
  it.each([
    ['4xx', /declares status "4xx"; write '4XX', in upper case as OpenAPI does/],
    ['6XX', /declares status "6XX"; use a code from 100 to 599, a range '1XX' to '5XX', or 'default'/],
    ['Default', /declares status "Default"; use a code from 100 to 599/],
  ])('refuses %s', (key, message) => {
    const bad = { a: { method: 'GET', path: '/x', responses: { 200: null, [key]: null } } }
    expect(() => defineApi(bad as never)).toThrow(UsageError)
    expect(() => defineApi(bad as never)).toThrow(message)
  })
})

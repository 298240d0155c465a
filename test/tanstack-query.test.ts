import type { IncomingMessage, ServerResponse } from 'node:http'
import { isCancelledError, MutationObserver, QueryClient } from '@tanstack/query-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { createApiClient, createClient, defineApi, UsageError } from '../src/index.js'
import { createQueryUtils, isResultError, ResultError } from '../src/tanstack-query/index.js'
import { startHttpServer, type TestServer } from './helpers/http-server.js'
import { TRANSPORTS } from './transports/transports.js'

const User = z.object({ id: z.string(), name: z.string() })
const Problem = z.looseObject({ title: z.string().optional() })
const api = defineApi({
  getUser: { method: 'GET', path: '/users/:id', responses: { 200: User, 404: Problem } },
  createUser: {
    method: 'POST',
    path: '/users',
    body: z.object({ name: z.string() }),
    responses: { 201: User, 409: Problem },
  },
  listUsers: {
    method: 'GET',
    path: '/users',
    query: z.object({ cursor: z.string().optional(), page: z.string().optional() }).optional(),
    responses: { 200: z.object({ items: z.array(User), nextCursor: z.string().nullable() }) },
  },
  listPaged: {
    method: 'GET',
    path: '/paged',
    query: z.object({ page: z.string().optional(), per_page: z.string().optional() }).optional(),
    responses: { 200: z.array(User) },
  },
  busy: { method: 'GET', path: '/busy', responses: { 200: User } },
  slow: { method: 'GET', path: '/slow', responses: { 200: User } },
  ping: { method: 'GET', path: '/ping', responses: { 204: null } },
})

const seen: string[] = []
let onSlowClosed = (): void => {}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body))
}

// The list pages: three users, one per page; /users pages by a cursor in the body, /paged by Link headers.
const ALL = [
  { id: '1', name: 'Ada' },
  { id: '2', name: 'Grace' },
  { id: '3', name: 'Edsger' },
]

function handle(req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1')
  seen.push(`${req.method} ${url.pathname}${url.search}`)
  if (url.pathname === '/users/42') return send(res, 200, { id: '42', name: 'Ada' })
  if (url.pathname.startsWith('/users/')) return send(res, 404, { title: 'Not Found' })
  if (url.pathname === '/users' && req.method === 'POST') {
    let body = ''
    req.on('data', (chunk) => {
      body += chunk
    })
    req.on('end', () => {
      const { name } = JSON.parse(body) as { name: string }
      if (name === 'taken') send(res, 409, { title: 'Name taken' })
      else send(res, 201, { id: '7', name }, { location: '/users/7' })
    })
    return
  }
  if (url.pathname === '/users') {
    const at = Number(url.searchParams.get('cursor') ?? '0')
    return send(res, 200, {
      items: ALL.slice(at, at + 1),
      nextCursor: at + 1 < ALL.length ? String(at + 1) : null,
    })
  }
  if (url.pathname === '/paged') {
    const page = Number(url.searchParams.get('page') ?? '1')
    const next = `<http://${req.headers.host}/paged?page=${page + 1}&per_page=1>`
    const links =
      page < ALL.length ? { link: `${next}; rel="next", </paged?page=3&per_page=1>; rel="last"` } : {}
    return send(res, 200, ALL.slice(page - 1, page), links)
  }
  if (url.pathname === '/ping') return void res.writeHead(204).end()
  if (url.pathname === '/busy') return send(res, 429, { title: 'Slow down' }, { 'retry-after': '0' })
  if (url.pathname === '/slow') {
    // Never answers: the request ends only when the client aborts it, which closes the socket.
    req.socket.on('close', () => onSlowClosed())
    return
  }
  send(res, 500, {})
}

let server: TestServer
beforeAll(async () => {
  server = await startHttpServer(handle)
})
afterAll(async () => {
  await server.close()
  for (const transport of TRANSPORTS) await transport.close()
})

describe.each(TRANSPORTS)('createQueryUtils over QueryClient ($name)', (transport) => {
  let queryClient: QueryClient
  const q = () => createQueryUtils(createApiClient(api, transport.client({ baseURL: server.url })))
  afterEach(() => {
    queryClient?.clear()
    seen.length = 0
  })
  // A browser's default (retry: 3), which the adapter's options must turn off.
  const newQueryClient = () =>
    new QueryClient({ defaultOptions: { queries: { retry: 3, retryDelay: 0 }, mutations: { retry: 3 } } })

  it('fetchQuery resolves with the data of a 200 and caches it under the query key', async () => {
    queryClient = newQueryClient()
    const utils = q()
    const user = await queryClient.fetchQuery(utils.getUser.queryOptions({ params: { id: '42' } }))
    expect(user).toEqual({ id: '42', name: 'Ada' })
    expect(queryClient.getQueryData(utils.getUser.queryKey({ params: { id: '42' } }))).toEqual(user)
  })

  it('fetchQuery rejects with a ResultError carrying the typed failure, sent once', async () => {
    queryClient = newQueryClient()
    const utils = q()
    const error = await queryClient
      .fetchQuery(utils.getUser.queryOptions({ params: { id: '1' } }))
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ResultError)
    expect(isResultError(error, api.getUser)).toBe(true)
    expect(isResultError(error, api.createUser)).toBe(false)
    if (!isResultError(error, api.getUser)) return
    expect(error.result.kind).toBe('notFound')
    expect(error.message).toMatch(
      /^\[honest-fetch\] GET http:\/\/127\.0\.0\.1:\d+\/users\/1 gave 404 notFound/,
    )
    expect(seen).toEqual(['GET /users/1'])
  })

  it("lets the client's retries be the only ones: a 429 gives 3 requests, not 12", async () => {
    queryClient = newQueryClient()
    const error = await queryClient.fetchQuery(q().busy.queryOptions()).catch((e: unknown) => e)
    expect(isResultError(error) && error.result.kind).toBe('tooManyRequests')
    expect(seen).toEqual(['GET /busy', 'GET /busy', 'GET /busy'])
  })

  it('prefetchQuery fills the cache; invalidating queryKey() marks every input of the endpoint stale', async () => {
    queryClient = newQueryClient()
    const utils = q()
    await queryClient.prefetchQuery(utils.getUser.queryOptions({ params: { id: '42' } }))
    await queryClient.prefetchQuery(utils.getUser.queryOptions({ params: { id: '1' } }))
    await queryClient.prefetchQuery(utils.listUsers.queryOptions())
    expect(queryClient.getQueryData(utils.getUser.queryKey({ params: { id: '42' } }))?.name).toBe('Ada')
    await queryClient.invalidateQueries({ queryKey: utils.getUser.queryKey() })
    const invalidated = (key: readonly unknown[]) => queryClient.getQueryState(key)?.isInvalidated
    expect(invalidated(utils.getUser.queryKey({ params: { id: '42' } }))).toBe(true)
    expect(invalidated(utils.getUser.queryKey({ params: { id: '1' } }))).toBe(true)
    expect(invalidated(utils.listUsers.queryKey({}))).toBe(false)
  })

  it('cancelQueries aborts the request on the wire', async () => {
    queryClient = newQueryClient()
    const utils = q()
    const slowClosed = new Promise<void>((resolve) => {
      onSlowClosed = resolve
    })
    const fetching = queryClient.fetchQuery(utils.slow.queryOptions()).catch((e: unknown) => e)
    await expect.poll(() => seen).toEqual(['GET /slow'])
    await queryClient.cancelQueries({ queryKey: utils.slow.queryKey() })
    expect(isCancelledError(await fetching)).toBe(true)
    await slowClosed // the server saw its socket closed: the request was aborted, not left running
  })

  // Node 20.0-20.2 and React Native's AbortController polyfill have no AbortSignal.any.
  it.each([
    ['with AbortSignal.any', false],
    ['without AbortSignal.any', true],
  ])("aborting the caller's own signal ends the query too, with an aborted result (%s)", async (_, hide) => {
    queryClient = newQueryClient()
    const any = Object.getOwnPropertyDescriptor(AbortSignal, 'any')
    if (hide)
      Object.defineProperty(AbortSignal, 'any', { value: undefined, configurable: true, writable: true })
    try {
      const controller = new AbortController()
      const fetching = queryClient
        .fetchQuery(q().slow.queryOptions({ signal: controller.signal }))
        .catch((e: unknown) => e)
      await expect.poll(() => seen).toEqual(['GET /slow'])
      controller.abort()
      const error = await fetching
      expect(isResultError(error, api.slow) && error.result.kind).toBe('aborted')
    } finally {
      if (any !== undefined) Object.defineProperty(AbortSignal, 'any', any)
    }
  })

  it('a query of a 204 resolves with null, since TanStack fails a query whose data is undefined', async () => {
    queryClient = newQueryClient()
    await expect(queryClient.fetchQuery(q().ping.queryOptions())).resolves.toBeNull()
    const noContent = await new MutationObserver(queryClient, q().ping.mutationOptions()).mutate()
    expect(noContent).toBeUndefined()
  })

  it('a mutation resolves with the created data, and rejects with the conflict as a ResultError', async () => {
    queryClient = newQueryClient()
    const utils = q()
    const created = await new MutationObserver(queryClient, utils.createUser.mutationOptions()).mutate({
      body: { name: 'Grace' },
    })
    expect(created).toEqual({ id: '7', name: 'Grace' })
    const error = await new MutationObserver(queryClient, utils.createUser.mutationOptions())
      .mutate({ body: { name: 'taken' } })
      .catch((e: unknown) => e)
    expect(isResultError(error, api.createUser) && error.result.kind).toBe('conflict')
    expect(seen).toEqual(['POST /users', 'POST /users'])
  })

  it('infiniteQueryOptions pages by a cursor read from the last page', async () => {
    queryClient = newQueryClient()
    const options = q().listUsers.infiniteQueryOptions(
      {},
      { initialPageParam: undefined as string | undefined, getNextPageParam: (last) => last.nextCursor },
    )
    const data = await queryClient.fetchInfiniteQuery({ ...options, pages: 3 })
    expect(data.pages.flatMap((page) => page.items.map((user) => user.name))).toEqual([
      'Ada',
      'Grace',
      'Edsger',
    ])
    expect(seen).toEqual(['GET /users', 'GET /users?cursor=1', 'GET /users?cursor=2'])
  })

  it('infiniteQueryOptions follows the Link header\'s rel="next" until there is none', async () => {
    queryClient = newQueryClient()
    const options = q().listPaged.infiniteQueryOptions({ query: { per_page: '1' } }, { next: 'link' })
    const data = await queryClient.fetchInfiniteQuery({ ...options, pages: 5 })
    expect(data.pages.map((page) => page.data.map((user) => user.name))).toEqual([
      ['Ada'],
      ['Grace'],
      ['Edsger'],
    ])
    expect(data.pages.at(-1)?.next).toBeUndefined()
    expect(seen).toEqual([
      'GET /paged?per_page=1',
      'GET /paged?page=2&per_page=1',
      'GET /paged?page=3&per_page=1',
    ])
  })
})

describe('createQueryUtils', () => {
  it('puts the prefix, method and path first in every key, and only identifying input after', () => {
    const utils = createQueryUtils(createApiClient(api, { baseURL: 'http://127.0.0.1' }), {
      prefix: 'people',
    })
    expect(utils.getUser.queryKey()).toEqual(['people', 'GET', '/users/:id'])
    const controller = new AbortController()
    expect(
      utils.getUser.queryKey({
        params: { id: '1' },
        signal: controller.signal,
        headers: { 'X-Tenant': 'a' },
      }),
    ).toEqual(['people', 'GET', '/users/:id', { params: { id: '1' }, headers: { 'x-tenant': 'a' } }])
    expect(utils.getUser.queryOptions({ params: { id: '1' } }).retry).toBe(false)
    expect(utils.getUser.queryOptions({ params: { id: '1' } }, { retry: 1, staleTime: 5 })).toMatchObject({
      retry: 1,
      staleTime: 5,
    })
  })

  it('refuses an untyped client with a UsageError that says what to pass', () => {
    expect(() => createQueryUtils(createClient())).toThrow(UsageError)
    expect(() => createQueryUtils(createClient())).toThrow(
      /^\[honest-fetch\] createQueryUtils takes a typed client/,
    )
  })
})

import { http } from 'msw'
import { describe, expect, it } from 'vitest'
import { createClient, type HttpResult } from '../../src/index.js'
import { MockError, respond } from '../../src/msw/index.js'
import { baseURL, testClock, useServer } from './server.js'

const server = useServer()
const client = createClient({ baseURL, retry: false })

async function answer(make: () => Response): Promise<HttpResult> {
  server.use(http.get(`${baseURL}/thing`, () => make()))
  return client.get('/thing')
}

describe('respond builds responses for raw msw handlers', () => {
  it.each<[string, () => Response, Record<string, unknown>]>([
    ['ok', () => respond.ok({ id: 1 }), { kind: 'ok', data: { id: 1 } }],
    [
      'created',
      () => respond.created({ id: 1 }, { location: '/v1/things/1' }),
      { kind: 'created', location: `${baseURL}/things/1` },
    ],
    ['noContent', () => respond.noContent(), { kind: 'noContent', data: undefined, violations: [] }],
    [
      'problem',
      () => respond.problem(409, { title: 'Taken', detail: 'name is taken' }),
      { kind: 'conflict', problem: { title: 'Taken', status: 409, detail: 'name is taken' } },
    ],
    [
      'errorPayload',
      () => respond.errorPayload(),
      { kind: 'protocolViolation', violations: [{ rule: 'error-payload-in-success' }] },
    ],
    [
      'htmlPage',
      () => respond.htmlPage(),
      { kind: 'protocolViolation', violations: [{ rule: 'unexpected-content-type' }] },
    ],
    [
      'malformedJson',
      () => respond.malformedJson(),
      { kind: 'protocolViolation', violations: [{ rule: 'malformed-json' }] },
    ],
    [
      'rateLimited',
      () => respond.rateLimited({ retryAfter: 3 }),
      { kind: 'tooManyRequests', retryAfterMs: 3000 },
    ],
    ['unavailable', () => respond.unavailable(), { kind: 'serviceUnavailable', problem: { status: 503 } }],
    [
      'unauthorized',
      () => respond.unauthorized(),
      { kind: 'unauthorized', violations: [{ rule: 'missing-www-authenticate', severity: 'warn' }] },
    ],
    ['networkError', () => respond.networkError(), { kind: 'networkError' }],
  ])('%s', async (_name, make, expected) => {
    expect(await answer(make)).toMatchObject(expected)
  })

  it('sends a fresh response to every request, so a resolver can be hit again', async () => {
    const { clock, waits } = testClock()
    server.use(http.get(`${baseURL}/thing`, () => respond.rateLimited({ retryAfter: 1 })))
    const r = await createClient({ baseURL, clock, retry: { limit: 2 } }).get('/thing')
    expect(r).toMatchObject({ kind: 'tooManyRequests', attempts: 3 })
    expect(waits).toEqual([1000, 1000])
  })

  it('lets the caller relabel a body, e.g. text under text/plain', async () => {
    const headers = { 'content-type': 'text/plain' }
    server.use(http.get(`${baseURL}/thing`, () => respond.ok('plain words', { headers })))
    const r = await client.get('/thing', { headers: { accept: 'text/plain' } })
    expect(r).toMatchObject({ kind: 'ok', data: 'plain words' })
  })

  it('refuses what fetch cannot send', () => {
    expect(() => respond.problem(204)).toThrow(MockError)
    expect(() => respond.htmlPage(99)).toThrow(
      /^\[honest-fetch\/msw\] respond\.htmlPage: status 99 cannot be mocked/,
    )
  })
})

import { describe, expect, it } from 'vitest'
import { usersApi } from '../../examples/users-api.js'
import { type ClientOptions, createApiClient, type RetryInfo } from '../../src/index.js'
import { MockError, mockApi } from '../../src/msw/index.js'
import { baseURL, NOW, testClock, useServer } from './server.js'

const server = useServer()
const mock = mockApi(usersApi, { baseURL })
const getUser = (options: ClientOptions = {}) =>
  createApiClient(usersApi, { baseURL, retry: false, ...options }).getUser({ params: { id: '42' } })
const rules = (r: { readonly violations: readonly { rule: string; severity: string }[] }) =>
  r.violations.map((v) => `${v.rule}:${v.severity}`)

describe('servers that lie are caught as protocol violations', () => {
  it('errorPayload: 200 with { error } is error-payload-in-success', async () => {
    server.use(mock.getUser.errorPayload())
    const r = await getUser()
    expect(r).toMatchObject({
      kind: 'protocolViolation',
      status: 200,
      statusKind: 'ok',
      data: { error: 'Not found' },
    })
    expect(rules(r)).toEqual(['error-payload-in-success:error'])
  })

  it('errorPayload takes the body a real API sends', async () => {
    server.use(mock.getUser.errorPayload({ success: false, message: 'User not found' }))
    const r = await getUser()
    expect(r).toMatchObject({ kind: 'protocolViolation', violations: [{ pointer: '/success' }] })
  })

  it('htmlPage: a 200 sign-in page where JSON was expected is unexpected-content-type', async () => {
    server.use(mock.getUser.htmlPage())
    const r = await getUser()
    expect(r).toMatchObject({ kind: 'protocolViolation', status: 200 })
    expect(rules(r)).toEqual(['unexpected-content-type:error'])
    expect(r.kind === 'protocolViolation' && r.headers.get('content-type')).toMatch(/^text\/html/)
  })

  it('htmlPage(502): an error page on an error status keeps its kind', async () => {
    server.use(mock.getUser.htmlPage(502))
    expect(await getUser()).toMatchObject({ kind: 'badGateway', violations: [] })
  })

  it('malformedJson: JSON that does not parse is malformed-json, an error on a 2xx', async () => {
    server.use(mock.getUser.malformedJson())
    const r = await getUser()
    expect(r).toMatchObject({ kind: 'protocolViolation', status: 200 })
    expect(rules(r)).toEqual(['malformed-json:error'])
  })

  it('malformedJson(500) is a warning beside the status', async () => {
    server.use(mock.getUser.malformedJson(500))
    const r = await getUser()
    expect(r.kind).toBe('internalServerError')
    expect(rules(r)).toEqual(['malformed-json:warn'])
  })

  it('unauthorized with a challenge behaves; without one it is missing-www-authenticate, a warning', async () => {
    server.use(mock.getUser.unauthorized({ challenge: 'Bearer realm="api"' }))
    const challenged = await getUser()
    expect(challenged).toMatchObject({ kind: 'unauthorized', violations: [], problem: { status: 401 } })
    expect(challenged.kind === 'unauthorized' && challenged.headers.get('www-authenticate')).toBe(
      'Bearer realm="api"',
    )

    server.use(mock.getUser.unauthorized())
    const bare = await getUser()
    expect(bare.kind).toBe('unauthorized')
    expect(rules(bare)).toEqual(['missing-www-authenticate:warn'])
  })

  it('networkError: the connection fails', async () => {
    server.use(mock.getUser.networkError())
    expect(await getUser()).toMatchObject({ kind: 'networkError', attempts: 1 })
  })
})

describe('429 and 503 make the client wait as asked', () => {
  it('rateLimited({ retryAfter: 2 }) is waited out on every retry, then reported with its attempts', async () => {
    const { clock, waits } = testClock()
    server.use(mock.getUser.rateLimited({ retryAfter: 2 }))
    const r = await getUser({ clock, retry: { limit: 2 } })
    expect(r).toMatchObject({ kind: 'tooManyRequests', attempts: 3, retryAfterMs: 2000 })
    expect(waits).toEqual([2000, 2000])
  })

  it('a Date is sent as an IMF-fixdate and measured against the client clock', async () => {
    const { clock, waits } = testClock()
    server.use(mock.getUser.rateLimited({ retryAfter: new Date(NOW + 5_000) }))
    const r = await getUser({ clock, retry: { limit: 1 } })
    expect(r.kind === 'tooManyRequests' && r.headers.get('retry-after')).toBe('Wed, 25 Nov 2026 12:00:05 GMT')
    expect(waits).toEqual([5000])
  })

  it('without retryAfter the client falls back to its own backoff', async () => {
    const { clock } = testClock()
    const sources: RetryInfo['source'][] = []
    server.use(mock.getUser.unavailable())
    const r = await getUser({ clock, retry: { limit: 1, onRetry: (info) => sources.push(info.source) } })
    expect(r).toMatchObject({ kind: 'serviceUnavailable', attempts: 2, retryAfterMs: undefined })
    expect(sources).toEqual(['backoff'])
  })

  it('unavailable({ retryAfter: 1 }) is retried as 503 with Retry-After', async () => {
    const { clock, waits } = testClock()
    server.use(mock.getUser.unavailable({ retryAfter: 1 }))
    expect(await getUser({ clock, retry: { limit: 2 } })).toMatchObject({
      kind: 'serviceUnavailable',
      attempts: 3,
    })
    expect(waits).toEqual([1000, 1000])
  })

  it('refuses a wait no server could send', () => {
    expect(() => mock.getUser.rateLimited({ retryAfter: 1.5 })).toThrow(MockError)
    expect(() => mock.getUser.unavailable({ retryAfter: -1 })).toThrow(
      /getUser\.unavailable: retryAfter is -1/,
    )
    expect(() => mock.getUser.rateLimited({ retryAfter: new Date(Number.NaN) })).toThrow(/valid Date/)
    expect(() => mock.getUser.htmlPage(204)).toThrow(/getUser\.htmlPage: status 204 cannot carry a body/)
  })
})

describe('slow servers end in the client timeout', () => {
  const timers = () => process.getActiveResourcesInfo().filter((name) => name === 'Timeout').length

  it('delay(ms) longer than the timeout is a timeout, and its timer is cleared on abort', async () => {
    server.use(mock.getUser.delay(10_000))
    const before = timers()
    expect(await getUser({ timeout: 20 })).toMatchObject({ kind: 'timeout', timeoutMs: 20 })
    expect(timers()).toBeLessThanOrEqual(before)
  })

  it('delay(ms) answers with the handler it is given, or else 504', async () => {
    server.use(mock.getUser.delay(5, mock.getUser.reply(200, { id: '42', name: 'Ada' })))
    expect(await getUser({ timeout: 1_000 })).toMatchObject({ kind: 'ok' })
    server.use(mock.getUser.delay(5))
    expect(await getUser({ timeout: 1_000 })).toMatchObject({ kind: 'gatewayTimeout' })
  })

  it('hang() never answers: the client timeout ends the call', async () => {
    server.use(mock.getUser.hang())
    expect(await getUser({ timeout: 20 })).toMatchObject({ kind: 'timeout', attempts: 1 })
  })

  it("hang() ends with the caller's abort too", async () => {
    server.use(mock.getUser.hang())
    const users = createApiClient(usersApi, { baseURL, timeout: false })
    const r = await users.getUser({ params: { id: '42' }, signal: AbortSignal.timeout(20) })
    expect(r.kind).toBe('aborted')
  })
})

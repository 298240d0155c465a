import { http } from 'msw'
import { describe, expect, it } from 'vitest'
import { usersApi } from '../../examples/users-api.js'
import { createApiClient } from '../../src/index.js'
import { MockError, mockApi, respond } from '../../src/msw/index.js'
import { baseURL, testClock, useServer } from './server.js'

const server = useServer()
const { getUser, listUsers } = mockApi(usersApi, { baseURL })
const ada = { id: '42', name: 'Ada' }

describe('sequence answers with each handler in turn', () => {
  it('fail twice, then succeed: ok after 3 attempts, waiting as Retry-After asked', async () => {
    const { clock, waits } = testClock()
    server.use(
      getUser.sequence(
        getUser.unavailable({ retryAfter: 0 }),
        getUser.unavailable({ retryAfter: 0 }),
        getUser.reply(200, ada),
      ),
    )
    const users = createApiClient(usersApi, { baseURL, clock })
    expect(await users.getUser({ params: { id: '42' } })).toMatchObject({
      kind: 'ok',
      attempts: 3,
      data: ada,
    })
    expect(waits).toEqual([0, 0])
  })

  it('repeats the last handler once the others are used up', async () => {
    server.use(
      getUser.sequence(
        getUser.reply(200, { id: '1', name: 'first' }),
        getUser.reply(200, { id: '2', name: 'then' }),
      ),
    )
    const users = createApiClient(usersApi, { baseURL })
    const names = []
    for (let i = 0; i < 3; i += 1) {
      const r = await users.getUser({ params: { id: '1' } })
      names.push(r.kind === 'ok' ? r.data.name : r.kind)
    }
    expect(names).toEqual(['first', 'then', 'then'])
  })

  it('a network error, then success, with network retries turned on', async () => {
    server.use(getUser.sequence(getUser.networkError(), getUser.reply(200, ada)))
    const users = createApiClient(usersApi, {
      baseURL,
      clock: testClock().clock,
      retry: { networkErrors: true },
    })
    expect(await users.getUser({ params: { id: '42' } })).toMatchObject({ kind: 'ok', attempts: 2 })
  })

  it('a hang, then an answer: the first call times out, the next succeeds', async () => {
    server.use(getUser.sequence(getUser.hang(), getUser.reply(200, ada)))
    const users = createApiClient(usersApi, { baseURL, timeout: 20 })
    expect(await users.getUser({ params: { id: '42' } })).toMatchObject({ kind: 'timeout' })
    expect(await users.getUser({ params: { id: '42' } })).toMatchObject({ kind: 'ok' })
  })

  it('each sequence counts its own requests, so a fresh one starts over', async () => {
    const users = createApiClient(usersApi, { baseURL, retry: false })
    const flaky = () => getUser.sequence(getUser.errorPayload(), getUser.reply(200, ada))
    server.use(flaky())
    expect((await users.getUser({ params: { id: '42' } })).kind).toBe('protocolViolation')
    server.resetHandlers(flaky())
    expect((await users.getUser({ params: { id: '42' } })).kind).toBe('protocolViolation')
  })
})

describe('sequence only takes handlers of its own endpoint', () => {
  it('refuses a handler made for another endpoint', () => {
    expect(() => getUser.sequence(getUser.reply(200, ada), listUsers.reply(200, []))).toThrow(
      /^\[honest-fetch\/msw\] getUser\.sequence: argument 2 was made for listUsers/,
    )
  })

  it('refuses a raw msw handler, which it cannot take apart', () => {
    const raw = http.get(getUser.url, () => respond.ok(ada))
    expect(() => getUser.sequence(raw)).toThrow(MockError)
    expect(() => getUser.delay(5, raw)).toThrow(/getUser\.delay: then is not a handler made by this mock/)
  })
})

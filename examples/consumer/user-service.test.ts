import { mockApi } from 'honest-fetch/msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { usersApi } from '../users-api.js'
import { createUserService } from './user-service.js'

const baseURL = 'https://users.example.test/api'
const mock = mockApi(usersApi, { baseURL })
const server = setupServer()

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

const service = createUserService({ baseURL })
const { getUser } = mock

describe('the profile page', () => {
  it('shows a user that exists', async () => {
    server.use(getUser.reply(200, { id: '42', name: 'Ada', email: 'ada@example.com' }))
    expect(await service.profile('42')).toEqual({ status: 'found', name: 'Ada', email: 'ada@example.com' })
  })

  it('says so when there is no such user', async () => {
    server.use(
      getUser.reply(404, { title: 'Not Found' }, { headers: { 'content-type': 'application/problem+json' } }),
    )
    expect(await service.profile('7')).toEqual({ status: 'missing' })
  })

  it('does not show an error body as a user when the API answers 200 with one', async () => {
    server.use(getUser.errorPayload({ error: 'User not found' }))
    expect(await service.profile('7')).toEqual({
      status: 'unavailable',
      reason: 'the users API broke HTTP: error-payload-in-success',
    })
  })

  it('rides out a 503 twice, then shows the user', async () => {
    server.use(
      getUser.sequence(
        getUser.unavailable({ retryAfter: 0 }),
        getUser.unavailable({ retryAfter: 0 }),
        getUser.reply(200, { id: '42', name: 'Ada' }),
      ),
    )
    expect(await service.profile('42')).toMatchObject({ status: 'found', name: 'Ada' })
  })

  it('gives up after three 503s', async () => {
    server.use(getUser.unavailable({ retryAfter: 0 }))
    expect(await service.profile('42')).toEqual({ status: 'unavailable', reason: 'serviceUnavailable' })
  })
})

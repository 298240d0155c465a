import { describe, expect, it } from 'vitest'
import { usersApi } from '../../examples/users-api.js'
import { createApiClient } from '../../src/index.js'
import { mockApi } from '../../src/msw/index.js'
import { baseURL, useServer } from './server.js'

const server = useServer()
const { createUser, getUser } = mockApi(usersApi, { baseURL })
const ada = { id: '42', name: 'Ada' }

describe('auth through MSW', () => {
  it('unauthorized, then a reply: one refresh, and the replay is ok after 2 attempts', async () => {
    server.use(getUser.sequence(getUser.unauthorized(), getUser.reply(200, ada)))
    let refreshes = 0
    const users = createApiClient(usersApi, {
      baseURL,
      auth: { token: () => 'old', refresh: () => `new-${++refreshes}` },
    })
    expect(await users.getUser({ params: { id: '42' } })).toMatchObject({
      kind: 'ok',
      attempts: 2,
      data: ada,
    })
    expect(refreshes).toBe(1)
  })

  it('replays a POST after a 401 (the request was not applied), without an Idempotency-Key', async () => {
    server.use(createUser.sequence(createUser.unauthorized(), createUser.reply(201, ada)))
    const users = createApiClient(usersApi, { baseURL, auth: { token: () => 'old', refresh: () => 'new' } })
    expect(await users.createUser({ body: { name: 'Ada' } })).toMatchObject({ kind: 'created', attempts: 2 })
  })
})

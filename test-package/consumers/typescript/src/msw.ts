// honest-fetch/msw in a Node test suite: contract mocks with msw/node's setupServer.
import { createApiClient } from 'honest-fetch'
import { MockError, mockApi, respond } from 'honest-fetch/msw'
import { HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'
import { usersApi } from './contract.js'

const baseURL = 'https://api.test'
const mock = mockApi(usersApi, { baseURL })
export const server = setupServer(
  mock.getUser.reply(200, { id: '42', name: 'Ada' }),
  http.get(`${baseURL}/health`, () => HttpResponse.json({ ok: true })),
)

export async function scenarios(): Promise<void> {
  server.use(mock.getUser.errorPayload({ error: 'User not found' }))
  server.use(mock.getUser.rateLimited({ retryAfter: 2 }))
  server.use(
    mock.getUser.sequence(mock.getUser.unavailable(), mock.getUser.reply(200, { id: '42', name: 'Ada' })),
  )
  server.use(mock.deleteUser.reply(204))
  server.use(http.get(`${baseURL}/raw`, () => respond.errorPayload()))
  // @ts-expect-error 500 is not a declared status of getUser
  mock.getUser.reply(500, {})
  // @ts-expect-error the body must fit the User schema
  mock.getUser.reply(200, { id: 42 })
  const users = createApiClient(usersApi, { baseURL })
  const r = await users.getUser({ params: { id: '42' } })
  if (r.kind === 'ok') console.log(r.data.name)
  console.log(new MockError('x') instanceof Error)
}

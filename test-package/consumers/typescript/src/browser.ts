// A browser app's tests: honest-fetch/msw with msw/browser's setupWorker, no Node types in the program.
import { createApiClient } from 'honest-fetch'
import { mockApi } from 'honest-fetch/msw'
import { setupWorker } from 'msw/browser'
import { usersApi } from './contract.js'

const mock = mockApi(usersApi, { baseURL: location.origin })
export const worker = setupWorker(mock.getUser.reply(200, { id: '42', name: 'Ada' }))

export async function start(): Promise<string> {
  await worker.start({ onUnhandledRequest: 'bypass' })
  const users = createApiClient(usersApi, { baseURL: location.origin })
  const r = await users.getUser({ params: { id: '42' } })
  return r.kind === 'ok' ? r.data.name : r.kind
}

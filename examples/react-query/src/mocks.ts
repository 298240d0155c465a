// The server the app talks to, mocked by MSW's service worker from the same contract: one scenario per
// screen, chosen by the page's `?scenario=` parameter (the Chromium run in run.mjs visits each).
import type { HttpHandler } from 'msw'
import { setupWorker } from 'msw/browser'
import { mockApi } from 'honest-fetch/msw'
import { api } from './api.js'

const mock = mockApi(api, { baseURL: '/api' })
const ada = { id: '1', name: 'Ada Lovelace' }
const grace = { id: '2', name: 'Grace Hopper' }
const problemJson = { headers: { 'content-type': 'application/problem+json' } }

export const SCENARIOS: Readonly<Record<string, readonly HttpHandler[]>> = {
  // The list, and after a successful create the list again with the new user (the mutation invalidates it).
  list: [mock.listUsers.sequence(mock.listUsers.reply(200, [ada]), mock.listUsers.reply(200, [ada, grace]))],
  create: [
    mock.listUsers.sequence(mock.listUsers.reply(200, [ada]), mock.listUsers.reply(200, [ada, grace])),
    mock.createUser.reply(201, grace, { headers: { location: '/api/users/2' } }),
  ],
  conflict: [
    mock.listUsers.reply(200, [ada]),
    mock.createUser.reply(
      409,
      { title: 'A user with that name exists', detail: 'Ada Lovelace is taken.' },
      problemJson,
    ),
  ],
  fieldErrors: [
    mock.listUsers.reply(200, [ada]),
    mock.createUser.reply(
      422,
      {
        title: 'Some fields are not valid',
        errors: [
          { pointer: '/name', detail: 'Name must not be empty.' },
          { pointer: '/email', detail: 'Email must contain an @.' },
        ],
      },
      problemJson,
    ),
  ],
  notFound: [
    mock.listUsers.reply(200, [ada]),
    mock.getUser.reply(404, { title: 'No user 99', detail: 'There is no user with id 99.' }, problemJson),
  ],
  unauthorized: [mock.listUsers.unauthorized({ challenge: 'Bearer realm="users"' })],
  // Retry-After: 1 each time: the client waits and retries twice, then shows the 429 (3 requests, ~2 s).
  tooManyRequests: [mock.listUsers.rateLimited({ retryAfter: 1 })],
  protocolViolation: [mock.listUsers.errorPayload({ error: 'Database unavailable' })],
  networkError: [mock.listUsers.networkError()],
  timeout: [mock.listUsers.hang()],
}

export async function startMocks(scenario: string): Promise<void> {
  const handlers = SCENARIOS[scenario] ?? SCENARIOS.list ?? []
  await setupWorker(...handlers).start({ onUnhandledRequest: 'bypass', quiet: true })
}

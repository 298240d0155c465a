// Checks of honest-fetch/msw from the installed tarball, shared by Node (msw/node's setupServer) and the
// browser page (msw/browser's setupWorker): the caller passes its `use(...handlers)`.
import { createApiClient, createClient, defineApi } from 'honest-fetch'
import { MockError, mockApi, respond } from 'honest-fetch/msw'
import { http } from 'msw'
import { z } from 'zod'

const User = z.object({ id: z.string(), name: z.string() })
const Problem = z.object({ title: z.string() })
const api = defineApi({
  getUser: { method: 'GET', path: '/mocked/users/:id', responses: { 200: User, 404: Problem } },
})
const mocked = { id: '7', name: 'Mocked Ada' }

function expect(condition, what, result) {
  if (!condition) throw new Error(`expected ${what}${result ? ` (got kind ${result.kind})` : ''}`)
}

/**
 * @param {(...handlers: unknown[]) => void} use installs handlers over the running server or worker
 * @param {string} baseURL the origin the mocks answer for
 * @returns {Promise<Array<{ name: string, pass: boolean, detail: string }>>}
 */
export async function runMswChecks(use, baseURL) {
  const mock = mockApi(api, { baseURL })
  const users = createApiClient(api, { baseURL })
  const checks = [
    [
      'mock reply: a declared status and body',
      async () => {
        use(mock.getUser.reply(200, mocked))
        const r = await users.getUser({ params: { id: '7' } })
        expect(r.kind === 'ok' && r.data.name === 'Mocked Ada', 'ok with the mocked user', r)
        return 'ok'
      },
    ],
    [
      'mock errorPayload: protocolViolation',
      async () => {
        use(mock.getUser.errorPayload({ error: 'User not found' }))
        const r = await users.getUser({ params: { id: '7' } })
        expect(r.kind === 'protocolViolation', 'protocolViolation', r)
        return r.violations.map((v) => v.rule).join(', ')
      },
    ],
    [
      'mock sequence: unavailable, then a reply',
      async () => {
        use(
          mock.getUser.sequence(mock.getUser.unavailable({ retryAfter: 0 }), mock.getUser.reply(200, mocked)),
        )
        const r = await users.getUser({ params: { id: '7' } })
        expect(r.kind === 'ok' && r.attempts === 2, 'ok after 2 attempts', r)
        return 'attempts 2'
      },
    ],
    [
      'a mock body that drifts from the schema is refused',
      async () => {
        let thrown
        try {
          mock.getUser.reply(200, { id: 7 })
        } catch (error) {
          thrown = error
        }
        expect(thrown instanceof MockError, 'a MockError')
        return thrown.message.slice(0, 60)
      },
    ],
    [
      'a plain msw handler with respond',
      async () => {
        use(http.get(`${baseURL}/mocked/raw`, () => respond.errorPayload({ error: 'x' })))
        const r = await createClient({ baseURL }).get('/mocked/raw')
        expect(r.kind === 'protocolViolation', 'protocolViolation', r)
        return 'protocolViolation'
      },
    ],
  ]
  const results = []
  for (const [name, check] of checks) {
    try {
      results.push({ name, pass: true, detail: await check() })
    } catch (error) {
      results.push({ name, pass: false, detail: error instanceof Error ? error.message : String(error) })
    }
  }
  return results
}

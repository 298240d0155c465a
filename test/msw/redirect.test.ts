import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { createApiClient, defineApi } from '../../src/index.js'
import { MockError, mockApi } from '../../src/msw/index.js'
import { baseURL, useServer } from './server.js'

// A mocked redirect without a Location, or one that leads back to its own route, made fetch under MSW
// loop in microtasks forever: no timer ran, so not even the client's timeout ended the call (issue 12).

const server = useServer()
const api = defineApi({
  moved: { method: 'GET', path: '/things/:id', responses: { 302: null, 301: null } },
  current: { method: 'GET', path: '/current/:id', responses: { 200: z.object({ id: z.string() }) } },
})
const mock = mockApi(api, { baseURL })
const client = createApiClient(api, { baseURL, retry: false, timeout: 1_000 })

describe('reply with a redirect status', () => {
  it('without a location is a MockError where the mock is written', () => {
    // @ts-expect-error the type checker says so first
    expect(() => mock.moved.reply(302)).toThrow(MockError)
    // @ts-expect-error
    expect(() => mock.moved.reply(301, undefined, {})).toThrow(/a 301 redirect needs a Location/)
  })

  it('with a location, is followed by fetch to the route it names', async () => {
    server.use(
      mock.moved.reply(302, undefined, { location: '/v1/current/7' }),
      mock.current.reply(200, { id: '7' }),
    )
    expect(await client.moved({ params: { id: '1' } })).toMatchObject({ kind: 'ok', data: { id: '7' } })
  })

  it('a Location given as a header counts too', async () => {
    const headers = { location: `${baseURL}/current/8` }
    // @ts-expect-error the types ask for `location`; the runtime accepts the header as well
    server.use(mock.moved.reply(301, undefined, { headers }), mock.current.reply(200, { id: '8' }))
    expect(await client.moved({ params: { id: '1' } })).toMatchObject({ kind: 'ok', data: { id: '8' } })
  })

  it('leading back to its own route: the mock answers 500 with the reason, instead of looping', async () => {
    server.use(mock.moved.reply(302, undefined, { location: '/v1/things/2' }))
    const r = await client.moved({ params: { id: '1' } })
    expect(r).toMatchObject({ kind: 'internalServerError' })
    expect(JSON.stringify(r.kind === 'internalServerError' && r.data)).toContain(
      'leads back to GET /things/:id',
    )
  })
})

// Response headers and two media types for one status, from a description through the generator (the
// module is checked in, and petstore.test.ts checks it is what the generator writes today), then
// createApiClient and mockApi used on it unchanged.
import { describe, expect, expectTypeOf, test } from 'vitest'
import { createApiClient } from '../../src/index.js'
import { MockError, mockApi } from '../../src/msw/index.js'
import { baseURL, useServer } from '../msw/server.js'
import { reports, reportsExamples } from './generated/reports.js'

const server = useServer()
const client = createApiClient(reports, { baseURL, retry: false })
const mock = mockApi(reports, { baseURL, examples: reportsExamples })
const report = { id: 1, title: 'Q1' }

describe('a generated contract with response headers and several media types', () => {
  test('JSON by default, with the pagination headers typed and validated', async () => {
    server.use(
      mock.reportsList.reply(200, [report], {
        headers: { link: '<https://api.test/v1/reports?page=2>; rel="next"', 'x-ratelimit-remaining': '59' },
      }),
    )
    const r = await client.reportsList()
    expect(r).toMatchObject({ kind: 'ok', data: [report], violations: [] })
    if (r.kind !== 'ok') throw new Error(r.kind)
    expectTypeOf(r.headers.get('link')).toEqualTypeOf<string | null>()
    expect(r.headers.get('link')).toContain('rel="next"')
  })

  test('CSV when the call asks for it and the mock answers with it', async () => {
    server.use(
      mock.reportsList.handle(({ request, reply }) =>
        request.headers.get('accept') === 'text/csv'
          ? reply(200, 'id,title\n1,Q1\n', { contentType: 'text/csv' })
          : reply(200, [report]),
      ),
    )
    expect(await client.reportsList({ accept: 'text/csv' })).toMatchObject({
      kind: 'ok',
      data: 'id,title\n1,Q1\n',
    })
    expect(await client.reportsList()).toMatchObject({ kind: 'ok', data: [report] })
  })

  test('a header that is not the integer the description says is schemaMismatch', async () => {
    server.use(
      mock.reportsList.handle(
        () =>
          new Response('[]', {
            headers: { 'content-type': 'application/json', 'x-ratelimit-remaining': 'many' },
          }),
      ),
    )
    const r = await client.reportsList()
    expect(r.kind === 'schemaMismatch' && r.issues.map((issue) => issue.path)).toEqual([
      ['headers', 'x-ratelimit-remaining'],
    ])
  })

  test('the required Location is required of the mock, and read by the client', async () => {
    // @ts-expect-error: the description requires Location on 201
    expect(() => mock.reportsCreate.reply(201, report)).toThrow(MockError)
    server.use(mock.reportsCreate.reply(201, report, { headers: { location: '/reports/1' } }))
    const r = await client.reportsCreate({ body: report })
    expect(r).toMatchObject({ kind: 'created', location: 'https://api.test/reports/1' })
    if (r.kind !== 'created') throw new Error(r.kind)
    expectTypeOf(r.headers.get('location')).toEqualTypeOf<string>()
  })

  test('example() replies with the description example of the first (JSON) media type', async () => {
    server.use(mock.reportsList.example())
    expect(await client.reportsList()).toMatchObject({ kind: 'ok', data: [report] })
  })
})

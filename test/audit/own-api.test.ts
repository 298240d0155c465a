// The example of docs/audit.md: an API's own test suite starts the app and asserts it passes the audit.
import { audit } from 'honest-fetch/audit'
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { TestServer } from '../helpers/http-server.js'
import { DESCRIPTION, honestApp, lyingApp, serve, TOKEN } from './apis.js'

let server: TestServer
beforeAll(async () => {
  server = await serve(honestApp())
})
afterAll(() => server.close())

it('our API answers every probe of its description with the status the rule names', async () => {
  const report = await audit({
    openapi: DESCRIPTION as unknown as Record<string, unknown>, // or a path: 'openapi.yaml'
    baseURL: server.url,
    headers: { authorization: TOKEN },
    unsafe: true, // a server started for this test: data it changes is thrown away
  })
  expect(report.findings.filter((f) => f.verdict !== 'pass')).toEqual([])
})

it('the same assertion fails for an API that lies, naming each lie', async () => {
  const liar = await serve(lyingApp())
  try {
    const report = await audit({
      openapi: DESCRIPTION as unknown as Record<string, unknown>,
      baseURL: liar.url,
      headers: { authorization: TOKEN },
      unsafe: true,
    })
    expect(
      report.findings.filter((f) => f.verdict !== 'pass').map((f) => `${f.operation} ${f.probe}`),
    ).toEqual([
      'POST /users no-credentials',
      'POST /users malformed-json',
      'POST /users invalid-body',
      'GET /users/{id} no-credentials',
      'GET /users/{id} unknown-id',
      'DELETE /users/{id} no-credentials',
      'DELETE /users/{id} unknown-id',
      'PATCH /health wrong-method',
      'GET /users wrong-method',
      'PATCH /users/{id} wrong-method',
    ])
  } finally {
    await liar.close()
  }
})

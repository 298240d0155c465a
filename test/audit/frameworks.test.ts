// What each framework's defaults get right and wrong, with the same hand-written logic in every app.
import { describe, expect, it } from 'vitest'
import { audit } from '../../src/cli/audit/audit.js'
import { DESCRIPTION, TOKEN } from './apis.js'
import { FRAMEWORKS } from './frameworks.js'

// Fastify's ajv coerces types by default (`coerceTypes: 'array'`): `{ "name": 12345 }` becomes
// `"12345"` and the body that breaks the schema is created. Express and hono leave the check to the
// handler, which answers 422 here. None answers 405 for a wrong method: 404, which the rule accepts.
const EXPECTED_FAILURES: Readonly<Record<string, readonly string[]>> = {
  'express 5': [],
  'fastify 5': ['POST /users invalid-body 201'],
  'hono 4': [],
}

describe.each(FRAMEWORKS)('$name with its defaults', ({ name, start }) => {
  it('answers the probes as documented in docs/audit.md', async () => {
    const server = await start()
    try {
      const report = await audit({
        openapi: DESCRIPTION as unknown as Record<string, unknown>,
        baseURL: server.url,
        headers: { authorization: TOKEN },
        unsafe: true,
      })
      const failed = report.findings.filter((f) => f.verdict !== 'pass')
      expect(failed.map((f) => `${f.operation} ${f.probe} ${f.status}`)).toEqual(EXPECTED_FAILURES[name])
      expect(report.findings.find((f) => f.probe === 'malformed-json')?.status).toBe(400)
      expect(report.findings.filter((f) => f.probe === 'wrong-method').map((f) => f.status)).toEqual([
        404, 404, 404,
      ])
    } finally {
      await server.close()
    }
  })
})

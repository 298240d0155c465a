import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type AuditReport, audit } from '../../src/cli/audit/audit.js'
import { startHttpServer, type TestServer } from '../helpers/http-server.js'

// An operation that takes a urlencoded form (Stripe's kind): its probes send forms, as the client does,
// and there is no malformed-JSON probe, since any text parses as a form.

const DESCRIPTION = {
  openapi: '3.0.3',
  info: { title: 'charges', version: '1' },
  paths: {
    '/v1/charges': {
      post: {
        requestBody: {
          required: true,
          content: {
            'application/x-www-form-urlencoded': {
              schema: {
                type: 'object',
                required: ['currency', 'amount'],
                properties: {
                  currency: { type: 'string' },
                  amount: { type: 'integer' },
                  expand: { type: 'array', items: { type: 'string' } },
                },
              },
              example: { currency: 'usd', amount: 2000, expand: ['customer'] },
              encoding: { expand: { style: 'deepObject', explode: true } },
            },
          },
        },
        responses: { 200: { description: 'the charge' }, 400: { description: 'a bad form' } },
      },
    },
  },
}

interface Seen {
  readonly contentType: string | undefined
  readonly body: string
}

describe('an operation with a urlencoded body', () => {
  let server: TestServer
  let report: AuditReport
  const seen: Seen[] = []
  beforeAll(async () => {
    server = await startHttpServer((req, res) => {
      let body = ''
      req.setEncoding('utf8')
      req.on('data', (chunk: string) => {
        body += chunk
      })
      req.on('end', () => {
        seen.push({ contentType: req.headers['content-type'], body })
        const amount = new URLSearchParams(body).get('amount') ?? ''
        res.statusCode = /^\d+$/.test(amount) ? 200 : 400
        res.setHeader('content-type', 'application/json')
        res.end(res.statusCode === 200 ? '{"id":"ch_1"}' : '{"error":"amount is a whole number"}')
      })
    })
    report = await audit({ openapi: DESCRIPTION, baseURL: server.url, unsafe: true })
  })
  afterAll(() => server.close())

  it('sends the valid and the schema-breaking body as forms, written as the client writes them', () => {
    const posts = seen.filter((s) => s.body !== '')
    expect(posts.map((s) => s.contentType)).toEqual([
      'application/x-www-form-urlencoded',
      'application/x-www-form-urlencoded',
    ])
    expect(posts.map((s) => s.body)).toEqual([
      'currency=usd&amount=2000&expand%5B%5D=customer',
      'currency=usd&amount=not+a+number&expand%5B%5D=customer',
    ])
  })

  it('passes the honest server on both, with no malformed-JSON probe', () => {
    const probes = report.findings.filter((f) => f.operation === 'POST /v1/charges')
    expect(probes.map((f) => [f.probe, f.status, f.verdict])).toEqual([
      ['valid', 200, 'pass'],
      ['invalid-body', 400, 'pass'],
    ])
  })
})

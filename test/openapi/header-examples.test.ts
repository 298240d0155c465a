// The header values exported beside a status's body example: what a description documents, else, for a
// required header, openapi-sampler's value for its schema; never a value a header cannot carry.
import { describe, expect, test } from 'vitest'
import { headerExamples } from '../../src/cli/openapi/transform/header-examples.js'

const doc = {
  components: {
    headers: { remaining: { required: true, schema: { type: 'integer' } } },
    examples: { request: { value: 'req-7' } },
    schemas: { Mode: { type: 'string', enum: ['live', 'test'] } },
  },
}

function values(headers: Record<string, unknown>): Record<string, string> {
  return headerExamples(doc, headers, '#/paths/~1x/get/responses/200/headers')
}

describe('header examples', () => {
  test.each([
    [
      'the Header Object example',
      { Location: { example: '/orders/1', schema: { type: 'string' } } },
      { location: '/orders/1' },
    ],
    [
      'a named example through $ref',
      { 'X-Request-Id': { examples: { a: { $ref: '#/components/examples/request' } } } },
      { 'x-request-id': 'req-7' },
    ],
    [
      'the schema example, as text',
      { 'X-Limit': { schema: { type: 'integer', example: 5000 } } },
      { 'x-limit': '5000' },
    ],
    [
      'a 3.1 schema examples list',
      { 'X-Flag': { schema: { type: 'boolean', examples: [true] } } },
      { 'x-flag': 'true' },
    ],
    ['an array, comma-joined (simple style)', { Allow: { example: ['GET', 'HEAD'] } }, { allow: 'GET,HEAD' }],
    [
      'a content header',
      { 'X-Meta': { content: { 'text/plain': { schema: { type: 'string' }, example: 'm' } } } },
      { 'x-meta': 'm' },
    ],
    [
      'a required integer without one: 0',
      { 'X-RateLimit-Remaining': { $ref: '#/components/headers/remaining' } },
      { 'x-ratelimit-remaining': '0' },
    ],
    [
      'a required enum through $ref: its first value',
      { 'X-Mode': { required: true, schema: { $ref: '#/components/schemas/Mode' } } },
      { 'x-mode': 'live' },
    ],
    ['an optional header without one: nothing', { Link: { schema: { type: 'string' } } }, {}],
    ['an object: nothing', { 'X-Obj': { example: { a: 1 } } }, {}],
    ['Content-Type: nothing', { 'Content-Type': { required: true, example: 'text/plain' } }, {}],
  ])('%s', (_, headers, expected) => {
    expect(values(headers)).toEqual(expected)
  })

  test('a required date-time header gets a date', () => {
    const sent = values({ Expires: { required: true, schema: { type: 'string', format: 'date-time' } } })
    expect(Number.isNaN(Date.parse(sent.expires ?? ''))).toBe(false)
  })
})

/** Well-known API error shapes that need no preset: honest ones on 4xx, and 2xx ones that lie. */
import { type Case, ERROR_PAYLOAD, JSON_UTF8 } from './case.js'

export const APIS: readonly Case[] = [
  {
    name: 'JSON:API errors on 200',
    status: 200,
    contentType: 'application/vnd.api+json',
    body: {
      errors: [
        { status: '422', source: { pointer: '/data/attributes/firstName' }, title: 'Invalid Attribute' },
      ],
    },
    expected: ERROR_PAYLOAD,
  },
  {
    name: 'JSON:API errors on 422',
    status: 422,
    contentType: 'application/vnd.api+json',
    body: { errors: [{ status: '422', title: 'Invalid Attribute' }] },
    expected: [],
  },
  {
    name: 'Stripe-style error on 402',
    status: 402,
    contentType: 'application/json',
    body: { error: { type: 'card_error', code: 'card_declined', message: 'Your card was declined.' } },
    expected: [],
  },
  {
    name: 'a declined payment that is a resource',
    status: 200,
    contentType: 'application/json',
    body: { id: 'pay_123', object: 'payment', status: 'declined', amount: 1000 },
    expected: [],
  },
  {
    name: 'Azure-style error on 404',
    status: 404,
    contentType: JSON_UTF8,
    body: { error: { code: 'ResourceNotFound', message: "The Resource 'x' was not found." } },
    expected: [],
  },
  {
    name: 'AWS-style error on 400',
    status: 400,
    contentType: 'application/x-amz-json-1.1',
    body: '{"__type":"ValidationException","message":"1 validation error"}',
    expected: [],
  },
  {
    name: 'legacy PHP success:false on 200',
    status: 200,
    contentType: 'text/html',
    body: '{"success":false,"message":"Invalid API key"}',
    // Read as the JSON it is (JSON was expected): the lie is in the payload, the label is a warning.
    expected: ['error-payload-in-success:error', 'unexpected-content-type:warn'],
  },
  {
    name: 'legacy success:false labelled JSON on 200',
    status: 200,
    contentType: 'application/json',
    body: { success: false, message: 'Invalid API key' },
    expected: ERROR_PAYLOAD,
  },
  {
    name: 'Elasticsearch bulk with errors: true (a boolean, not a list)',
    status: 200,
    contentType: JSON_UTF8,
    body: { took: 30, errors: true, items: [] },
    expected: [],
  },
  {
    name: 'Twitter-style data with partial errors',
    status: 200,
    contentType: JSON_UTF8,
    body: { data: [{ id: '1' }], errors: [{ title: 'Not Found Error', resource_id: '2' }] },
    expected: [],
  },
  {
    name: 'GitHub pages build whose error message is null',
    status: 200,
    contentType: JSON_UTF8,
    body: {
      url: 'https://api.github.com/repos/o/r/pages/builds/5',
      status: 'built',
      error: { message: null },
    },
    expected: [],
  },
  {
    name: 'GitHub codeowners errors, the resource itself',
    status: 200,
    contentType: JSON_UTF8,
    body: {
      errors: [
        {
          line: 3,
          column: 1,
          kind: 'Invalid pattern',
          source: '***/*.rb @monalisa',
          suggestion: 'Did you mean `**/*.rb`?',
          message: 'Invalid pattern on line 3',
          path: '.github/CODEOWNERS',
        },
      ],
    },
    expected: [],
  },
  {
    name: 'a 207 Multi-Status with failed items',
    status: 207,
    contentType: JSON_UTF8,
    body: { status: 'partial_success', errors: [{ id: 2, message: 'not found' }], results: [{ id: 1 }] },
    expected: [],
  },
]

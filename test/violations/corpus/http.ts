/** Problem details, header fields, statuses and unreadable bodies. */
import { type Case, NGINX_502 } from './case.js'

const PROBLEM = 'application/problem+json'
const NO_BODY = ''

export const HTTP_RULES: readonly Case[] = [
  // Problem details.
  {
    name: 'problem+json on 200',
    status: 200,
    contentType: PROBLEM,
    body: { type: 'about:blank', title: 'Not Found', status: 404 },
    expected: ['problem-in-success:error'],
  },
  {
    name: 'problem+json on 404 with status 404',
    status: 404,
    contentType: PROBLEM,
    body: { title: 'Not Found', status: 404, detail: 'No user 42' },
    expected: [],
  },
  {
    name: 'problem+json on 404 with status 500',
    status: 404,
    contentType: PROBLEM,
    body: { title: 'Server Error', status: 500 },
    expected: ['problem-status-mismatch:warn'],
  },
  // Headers and statuses.
  {
    name: '401 with WWW-Authenticate',
    status: 401,
    contentType: PROBLEM,
    body: { title: 'Unauthorized', status: 401 },
    headers: { 'www-authenticate': 'Bearer realm="api", error="invalid_token"' },
    expected: [],
  },
  {
    name: '401 without WWW-Authenticate',
    status: 401,
    contentType: 'application/json',
    body: { message: 'Unauthorized' },
    expected: ['missing-www-authenticate:warn'],
  },
  {
    name: '405 without Allow',
    status: 405,
    contentType: 'application/json',
    body: { message: 'Method Not Allowed' },
    expected: ['missing-allow:warn'],
  },
  {
    name: '204 with Content-Length',
    status: 204,
    contentType: null,
    body: NO_BODY,
    headers: { 'content-length': '0' },
    expected: ['content-length-on-no-content:warn'],
  },
  {
    name: '302 without Location',
    status: 302,
    contentType: 'text/html',
    body: '<html>Moved</html>',
    expected: ['missing-location:warn'],
  },
  {
    name: '503 with an invalid Retry-After',
    status: 503,
    contentType: 'text/plain',
    body: 'Service Unavailable',
    headers: { 'retry-after': 'in a minute' },
    expected: ['invalid-retry-after:warn'],
  },
  {
    name: '429 with Retry-After: 120',
    status: 429,
    contentType: 'application/json',
    body: { message: 'slow down' },
    headers: { 'retry-after': '120' },
    expected: [],
  },
  {
    name: 'a Date in RFC 850 form',
    status: 200,
    contentType: 'application/json',
    body: { id: 1 },
    headers: { date: 'Wednesday, 01-May-24 12:00:00 GMT' },
    expected: ['obsolete-date-format:warn'],
  },
  {
    name: 'an empty 200 where JSON was expected',
    status: 200,
    contentType: 'application/json',
    body: NO_BODY,
    expected: ['empty-success-body:warn'],
  },
  {
    name: 'a truncated JSON body on 200',
    status: 200,
    contentType: 'application/json',
    body: '{"users":[{"id":1},{"id"',
    expected: ['malformed-json:error'],
  },
  {
    name: 'an HTML body labelled JSON on 500',
    status: 500,
    contentType: 'application/json',
    body: NGINX_502,
    expected: ['malformed-json:warn'],
  },
]

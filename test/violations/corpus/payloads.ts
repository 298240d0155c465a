/** Error payloads and soft errors on 2xx, and look-alikes that are honest. */
import { type Case, ERROR_PAYLOAD, JSON_UTF8, NGINX_502 } from './case.js'

const HTML = 'text/html; charset=utf-8'
const SOFT_404 = '<!DOCTYPE html><html><head><title>Page not found</title></head><body>Oops</body></html>'
const CAPTIVE_PORTAL = '\n\n  <!doctype HTML>\n<html><head><title>Hotel WiFi - Sign in</title></head></html>'
const DATE = { date: 'Wed, 01 May 2024 12:00:00 GMT' }
const NO_BODY = ''

export const PAYLOADS: readonly Case[] = [
  // Soft errors in HTML.
  {
    name: 'soft-404 HTML page on 200',
    status: 200,
    contentType: HTML,
    body: SOFT_404,
    expected: ['unexpected-content-type:error'],
  },
  {
    name: 'captive-portal HTML page on 200',
    status: 200,
    contentType: 'text/html',
    body: CAPTIVE_PORTAL,
    expected: ['unexpected-content-type:error'],
  },
  {
    name: 'nginx 502 HTML page on 502',
    status: 502,
    contentType: 'text/html',
    body: NGINX_502,
    expected: [],
  },
  {
    name: 'plain "OK" text where JSON was expected',
    status: 200,
    contentType: 'text/plain',
    body: 'OK',
    // The status's own text, as frameworks and health checks send it: no content to misread.
    expected: [],
  },
  {
    name: 'plain text that is not the status text, where JSON was expected',
    status: 200,
    contentType: 'text/plain',
    body: 'Service temporarily unavailable',
    expected: ['unexpected-content-type:warn'],
  },
  // Generic error payloads: strict types, top level only.
  {
    name: 'error: null beside data',
    status: 200,
    contentType: 'application/json',
    body: { error: null, data: { id: 1 } },
    expected: [],
  },
  { name: 'errors: []', status: 200, contentType: 'application/json', body: { errors: [] }, expected: [] },
  { name: 'ok: 0', status: 200, contentType: 'application/json', body: { ok: 0 }, expected: [] },
  { name: 'error: ""', status: 200, contentType: 'application/json', body: { error: '' }, expected: [] },
  {
    name: 'status 404 with a message on 200',
    status: 200,
    contentType: 'application/json',
    body: { status: 404, message: 'Not found' },
    expected: ERROR_PAYLOAD,
  },
  {
    name: 'code 0 "success" on 200',
    status: 200,
    contentType: 'application/json',
    body: { code: 0, message: 'success', data: {} },
    expected: [],
  },
  {
    name: 'statusCode 500 with an error on 200',
    status: 200,
    contentType: 'application/json',
    body: { statusCode: 500, error: 'Internal' },
    expected: ERROR_PAYLOAD,
  },
  {
    name: 'an error nested under data',
    status: 200,
    contentType: 'application/json',
    body: { data: { error: 'x' } },
    expected: [],
  },
  {
    name: 'a job resource whose declared status is "error"',
    status: 200,
    contentType: 'application/json',
    body: { id: 'job-7', status: 'error', message: 'disk full' },
    declared: ['id', 'status', 'message'],
    expected: [],
  },
  {
    name: 'a cacheable error payload',
    status: 200,
    contentType: 'application/json',
    body: { error: 'User not found' },
    headers: { 'cache-control': 'public, max-age=300' },
    expected: ERROR_PAYLOAD,
  },
  // Honest responses.
  {
    name: 'an honest 200 user',
    status: 200,
    contentType: JSON_UTF8,
    body: { id: '42', name: 'Ada', email: 'ada@example.com' },
    headers: DATE,
    expected: [],
  },
  {
    name: 'an honest 201',
    status: 201,
    contentType: JSON_UTF8,
    body: { id: '43', name: 'Grace' },
    headers: { location: '/users/43', ...DATE },
    method: 'POST',
    expected: [],
  },
  {
    name: 'an honest 200 array',
    status: 200,
    contentType: JSON_UTF8,
    body: [{ id: 1 }, { id: 2 }],
    expected: [],
  },
  {
    name: 'an honest status: "ok" envelope',
    status: 200,
    contentType: JSON_UTF8,
    body: { status: 'ok', data: { id: 1 } },
    expected: [],
  },
  {
    name: 'an honest HEAD',
    status: 200,
    contentType: JSON_UTF8,
    body: NO_BODY,
    method: 'HEAD',
    expected: [],
  },
]

import { describe, expect, it } from 'vitest'
import { DEFAULT_RULES, findViolations } from '../../src/violations/engine.js'
import { facts, found, json } from './facts.js'

const FIRES = ['error-payload-in-success:error']

describe('error-payload-in-success', () => {
  it.each([
    ['an error string', { error: 'User not found' }, '/error'],
    ['an error object', { error: { code: 'E_NOPE' } }, '/error'],
    ['a non-empty error array', { error: ['invalid email'] }, '/error'],
    ['error: true', { error: true, reason: 'nope' }, '/error'],
    ['ok: false', { ok: false }, '/ok'],
    ['success: false', { success: false, data: null }, '/success'],
    ['errors without data', { errors: [{ title: 'Invalid' }] }, '/errors'],
    ['status "error"', { status: 'error' }, '/status'],
    ['status "FAIL" in any case', { status: 'FAIL' }, '/status'],
    ['status "failure"', { status: 'Failure', reason: 'x' }, '/status'],
    ['a 4xx status with a message', { status: 404, message: 'Not found' }, '/status'],
    ['a 5xx statusCode with an error', { statusCode: 500, error: 'Internal' }, '/error'],
    ['a 5xx code with a message', { code: 503, message: 'Down for maintenance' }, '/code'],
    ['a key with a slash, escaped', { error: 'x', 'a/b': 1 }, '/error'],
    ['an error object with one telling member', { error: { message: null, code: 'E_NOPE' } }, '/error'],
    ['errors in an envelope with meta', { errors: [{ title: 'Invalid' }], meta: { id: 1 } }, '/errors'],
    ['errors beside a message', { message: 'Validation Failed', errors: [{ code: 'missing' }] }, '/errors'],
    ['GraphQL errors with locations', { errors: [{ message: 'x', locations: [{ line: 1 }] }] }, '/errors'],
  ])('fires on %s', (_name, body, pointer) => {
    const violations = findViolations(facts({ body: json(body) }), DEFAULT_RULES)
    expect(violations.map((v) => `${v.rule}:${v.severity}`)).toEqual(FIRES)
    expect(violations[0]?.pointer).toBe(pointer)
  })

  it.each([
    ['error: null', { error: null, data: { id: 1 } }],
    ['error: ""', { error: '' }],
    ['error: {}', { error: {} }],
    ['error: []', { error: [] }],
    ['error: false', { error: false }],
    ['an error object of only nulls (GitHub pages builds)', { status: 'built', error: { message: null } }],
    ['an error object of only empty values', { error: { code: 0, message: '', details: { a: null } } }],
    ['errors beside a resource field', { imported: 98, errors: [{ row: 3, message: 'bad date' }] }],
    [
      'diagnostics of a document (GitHub codeowners errors)',
      { errors: [{ line: 3, column: 1, kind: 'Invalid pattern', message: 'x', path: '.github/CODEOWNERS' }] },
    ],
    ['ok: 0', { ok: 0 }],
    ['ok: "false" (a string is not the boolean)', { ok: 'false' }],
    ['success: "false"', { success: 'false' }],
    ['ok: true with a warning', { ok: true, warning: 'superfluous_charset' }],
    ['errors: []', { errors: [] }],
    ['GraphQL partial success', { data: { user: null }, errors: [{ message: 'x' }] }],
    ['errors beside data: null', { data: null, errors: [{ message: 'x' }] }],
    ['status "active"', { status: 'active' }],
    ['a 4xx status without a message', { status: 404 }],
    ['code 0 with a message', { code: 0, message: 'success' }],
    ['a string code', { code: '404', message: 'Not found' }],
    ['code 399', { code: 399, message: 'x' }],
    ['code 600', { code: 600, message: 'x' }],
    ['a non-integer code', { code: 404.5, message: 'x' }],
    ['an error nested below the top level', { data: { error: 'x' } }],
    ['an inherited key', Object.create({ error: 'x' }) as object],
  ])('does not fire on %s', (_name, body) => {
    expect(found(facts({ body: json(body) }))).toEqual([])
  })

  it('does not inspect a top-level array', () => {
    expect(found(facts({ body: json([{ error: 'x' }]) }))).toEqual([])
  })

  it.each([
    ['status', { status: 'error', progress: 100 }],
    ['error', { error: 'disk full', id: 'job-1' }],
    ['code', { code: 404, message: 'not found' }],
  ])('leaves a declared %s key alone', (key, body) => {
    expect(found(facts({ body: json(body), declaredKeys: new Set([key]) }))).toEqual([])
  })

  it.each([301, 404, 500])('does not fire on %i, which already says it failed', (status) => {
    expect(
      found(facts({ status, body: json({ error: 'x' }), headers: { location: '/x', allow: 'GET' } })),
    ).toEqual([])
  })

  it('does not fire on a 207, whose body reports an outcome per item (RFC 4918 §13)', () => {
    const body = json({ status: 'error', errors: [{ message: 'x' }], error: 'partial' })
    expect(found(facts({ status: 207, body }))).toEqual([])
  })

  it.each([201, 202, 299])('fires on any 2xx: %i', (status) => {
    expect(found(facts({ status, body: json({ error: 'x' }) }))).toEqual(FIRES)
  })

  it('leaves problem+json to problem-in-success', () => {
    const input = facts({
      mediaType: 'application/problem+json',
      body: json({ status: 404, title: 'x', error: 'y' }),
    })
    expect(found(input)).toEqual(['problem-in-success:error'])
  })

  it('says what the server did, what it should do, and why', () => {
    const [violation] = findViolations(
      facts({ method: 'POST', body: json({ error: 'User not found' }) }),
      DEFAULT_RULES,
    )
    expect(violation?.message).toMatch(/answered 200 with an error in the body \(error: "User not found"\)/)
    expect(violation?.message).toMatch(/4xx or 5xx/)
    expect(violation?.message).toMatch(/monitoring/)
    expect(violation?.message).not.toMatch(/cache or CDN/)
  })

  it.each([
    ['a GET 200 with no caching headers', 'GET', 200, {}, true],
    ['a HEAD 200', 'HEAD', 200, {}, true],
    ['a GET 202 with max-age', 'GET', 202, { 'cache-control': 'max-age=60' }, true],
    ['a GET 202 without explicit freshness', 'GET', 202, {}, false],
    ['a GET 200 with no-store', 'GET', 200, { 'cache-control': 'no-store' }, false],
    ['a GET 200 with private', 'GET', 200, { 'cache-control': 'Private, max-age=60' }, false],
    ['a POST 200', 'POST', 200, { 'cache-control': 'max-age=60' }, false],
  ] as const)('warns about shared caches for %s: %s', (_name, method, status, headers, cached) => {
    const [violation] = findViolations(
      facts({ method, status, headers, body: json({ error: 'x' }) }),
      DEFAULT_RULES,
    )
    expect(violation?.message.includes('shared cache or CDN may serve the error to other users')).toBe(cached)
  })
})

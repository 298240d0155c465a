import { describe, expect, it } from 'vitest'
import { DEFAULT_RULES, findViolations } from '../../src/violations/engine.js'
import { bodyFrom, facts, found, json, malformed } from './facts.js'

describe('malformed-json', () => {
  it.each([
    [200, 'malformed-json:error'],
    [201, 'malformed-json:error'],
    [500, 'malformed-json:warn'],
    [404, 'malformed-json:warn'],
  ])('on %i reports %s', (status, expected) => {
    expect(found(facts({ status, body: malformed('{"id": 1,') }))).toEqual([expected])
  })

  it('quotes at most 60 characters and the parser complaint', () => {
    const raw = `{"items": [${'1,'.repeat(100)}`
    const [violation] = findViolations(facts({ body: malformed(raw) }), DEFAULT_RULES)
    const quoted = JSON.stringify(raw.slice(0, 60))
    expect(violation?.message).toContain(`${quoted}…`)
    expect(violation?.message).not.toContain(raw.slice(0, 61))
    expect(violation?.message).toContain((malformed(raw) as { error: SyntaxError }).error.message)
  })

  it('does not fire on valid JSON', () => {
    expect(found(facts({ body: bodyFrom('application/json', '{"a":1}') }))).toEqual([])
  })
})

describe('empty-success-body', () => {
  it.each([
    [false, 'empty-success-body:warn'],
    [true, 'empty-success-body:error'],
  ])('contentRequired %s -> %s', (contentRequired, expected) => {
    expect(found(facts({ body: { type: 'empty' }, contentRequired }))).toEqual([expected])
  })

  it('still errs on Content-Length: 0 where a schema needs content', () => {
    const input = facts({
      body: { type: 'empty' },
      contentRequired: true,
      headers: { 'content-length': '0' },
    })
    expect(found(input)).toEqual(['empty-success-body:error'])
  })

  it.each([
    ['a 201 with no body', facts({ status: 201, body: { type: 'empty' } })],
    ['a 204', facts({ status: 204, body: { type: 'none' } })],
    ['a HEAD response', facts({ method: 'HEAD', body: { type: 'none' } })],
    ['a 200 with content', facts()],
    [
      'a 200 with an explicit Content-Length: 0 (Nest void DELETE)',
      facts({ method: 'DELETE', body: { type: 'empty' }, headers: { 'content-length': '0' } }),
    ],
  ])('does not fire on %s', (_name, input) => {
    expect(found(input)).toEqual([])
  })
})

describe('problem-in-success and problem-status-mismatch', () => {
  const problem = (status: number, body: unknown) =>
    facts({ status, mediaType: 'application/problem+json', body: json(body) })

  it.each([
    ['problem+json on 200', problem(200, { title: 'Not found', status: 404 }), ['problem-in-success:error']],
    ['problem+json on 201 without status', problem(201, { title: 'x' }), ['problem-in-success:error']],
    ['a matching status', problem(404, { title: 'Not found', status: 404 }), []],
    ['a mismatching status', problem(404, { title: 'x', status: 500 }), ['problem-status-mismatch:warn']],
    ['a string status, ignored (RFC 9457 §3.1)', problem(404, { status: '500' }), []],
    ['no status member', problem(422, { title: 'Invalid' }), []],
    ['plain JSON with a status on 404', facts({ status: 404, body: json({ status: 500 }) }), []],
  ])('%s', (_name, input, expected) => {
    expect(found(input)).toEqual(expected)
  })

  it('points at /status', () => {
    const [violation] = findViolations(problem(404, { status: 500 }), DEFAULT_RULES)
    expect(violation?.pointer).toBe('/status')
  })
})

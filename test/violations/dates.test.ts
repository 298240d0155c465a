import { describe, expect, it } from 'vitest'
import { DEFAULT_RULES, findViolations } from '../../src/violations/engine.js'
import { facts, found } from './facts.js'

describe('invalid-retry-after', () => {
  it.each([
    ['120', []],
    ['0', []],
    ['Wed, 01 May 2024 12:00:30 GMT', []],
    ['soon', ['invalid-retry-after:warn']],
    ['1.5', ['invalid-retry-after:warn']],
    ['-5', ['invalid-retry-after:warn']],
    ['2024-05-01T12:00:30Z', ['invalid-retry-after:warn']],
  ])('Retry-After: %s -> %o', (value, expected) => {
    expect(found(facts({ status: 503, headers: { 'retry-after': value } }))).toEqual(expected)
  })

  it('checks every status, not only 429 and 503', () => {
    expect(found(facts({ status: 200, headers: { 'retry-after': 'later' } }))).toEqual([
      'invalid-retry-after:warn',
    ])
  })

  it('names the value and the valid forms', () => {
    const [violation] = findViolations(
      facts({ status: 429, headers: { 'retry-after': 'later' } }),
      DEFAULT_RULES,
    )
    expect(violation?.message).toMatch(/Retry-After: "later"/)
    expect(violation?.message).toMatch(/delay-seconds/)
    expect(violation?.message).toMatch(/IMF-fixdate/)
  })

  it('is silent without the header', () => {
    expect(found(facts({ status: 429 }))).toEqual([])
  })
})

describe('obsolete-date-format', () => {
  const RFC850 = 'Sunday, 06-Nov-94 08:49:37 GMT'
  const ASCTIME = 'Sun Nov  6 08:49:37 1994'
  const IMF = 'Sun, 06 Nov 1994 08:49:37 GMT'

  it.each([
    ['Date', RFC850, ['obsolete-date-format:warn']],
    ['Date', ASCTIME, ['obsolete-date-format:warn']],
    ['Expires', RFC850, ['obsolete-date-format:warn']],
    ['Last-Modified', ASCTIME, ['obsolete-date-format:warn']],
    ['Retry-After', 'Wednesday, 01-May-24 12:01:00 GMT', ['obsolete-date-format:warn']],
    ['Date', IMF, []],
    ['Expires', '0', []],
    ['Expires', 'garbage', []],
    ['Retry-After', '120', []],
  ])('%s: %s -> %o', (field, value, expected) => {
    expect(found(facts({ headers: { [field]: value } }))).toEqual(expected)
  })

  it('reports each field that uses an obsolete form, and names it', () => {
    const violations = findViolations(
      facts({ headers: { date: RFC850, 'last-modified': ASCTIME, expires: IMF } }),
      DEFAULT_RULES,
    )
    expect(violations.map((v) => /^The server sent ([\w-]+):/.exec(v.message)?.[1])).toEqual([
      'Date',
      'Last-Modified',
    ])
    expect(violations[0]?.message).toMatch(/obsolete RFC 850 format/)
    expect(violations[1]?.message).toMatch(/obsolete asctime format/)
  })
})

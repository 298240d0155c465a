import { describe, expect, it } from 'vitest'
import { findLink } from '../src/tanstack-query/link-header.js'

// The Link header (RFC 8288 §3) as paginated APIs send it, and the edge cases its grammar allows.
const base = 'https://api.example.com/v1/items?page=1'

describe('findLink', () => {
  it.each([
    [
      'GitHub',
      '<https://api.github.com/repositories/1300192/issues?page=2>; rel="next", <https://api.github.com/repositories/1300192/issues?page=5>; rel="last"',
      'https://api.github.com/repositories/1300192/issues?page=2',
    ],
    [
      'a relative target, resolved against the request URL (§3.1)',
      '</v1/items?page=2>; rel="next"',
      'https://api.example.com/v1/items?page=2',
    ],
    ['rel as a token, without quotes', '<?page=2>; rel=next', 'https://api.example.com/v1/items?page=2'],
    [
      'several relation types in one rel (§3.3)',
      '<?page=9>; rel="last next"',
      'https://api.example.com/v1/items?page=9',
    ],
    [
      'relation types compared case-insensitively',
      '<?page=2>; REL="Next"',
      'https://api.example.com/v1/items?page=2',
    ],
    [
      'whitespace around the separators',
      '<?page=1> ;rel="prev" ,  <?page=3> ; rel = "next"',
      'https://api.example.com/v1/items?page=3',
    ],
    [
      'a comma and semicolon inside a quoted title',
      '<?page=0>; title="a, b; c"; rel="first", <?page=2>; rel="next"',
      'https://api.example.com/v1/items?page=2',
    ],
    [
      'a comma inside the target',
      '<?ids=1,2&page=2>; rel="next"',
      'https://api.example.com/v1/items?ids=1,2&page=2',
    ],
    [
      'the first rel param of a link counts (§3.3)',
      '<?page=7>; rel="prev"; rel="next", <?page=2>; rel="next"',
      'https://api.example.com/v1/items?page=2',
    ],
  ])('%s', (_name, header, expected) => {
    expect(findLink(header, 'next', base)?.href).toBe(expected)
  })

  it.each([
    ['no header', null],
    ['no next link', '<?page=1>; rel="first", <?page=5>; rel="last"'],
    ['a rel that only contains the word', '<?page=2>; rel="nextpage"'],
    ['a link without params', '<?page=2>'],
    ['not a link header at all', 'page=2; rel=next'],
  ])('%s: undefined', (_name, header) => {
    expect(findLink(header, 'next', base)).toBeUndefined()
  })
})

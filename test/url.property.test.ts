import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { UsageError } from '../src/errors/usage-error.js'
import { parseBaseURL, resolveURL } from '../src/request/url.js'

// resolveURL appends a relative path to the base without comparing origins afterwards: after the base
// and its `/` the authority is over, so no path can reach another host. These runs try to prove that
// wrong with the characters URL parsers treat specially. Nor can it climb out of the base path: a path
// that would is refused with a UsageError, as is one with a tab or line break that the parser would drop.
const PIECES = [
  '/',
  '\\',
  '.',
  '..',
  '%2e',
  '%2E%2e',
  '@',
  ':',
  '?',
  '#',
  '%2F',
  '%5C',
  '\t',
  '\n',
  '\r',
  ' ',
  'evil.example',
  'x',
]
const relativePath = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 8 })
  .map((parts) => parts.join(''))
  .filter((path) => !/^[a-z][a-z\d+.-]*:/i.test(path) && !/^[/\\]{2}/.test(path))

describe('resolveURL', () => {
  it.each(['https://api.example.com', 'https://api.example.com/v1/', 'http://127.0.0.1:8080/a/b'])(
    'a relative path never leaves the origin of %s',
    (baseURL) => {
      const base = parseBaseURL(baseURL)
      fc.assert(
        fc.property(relativePath, (path) => {
          let url: URL
          try {
            url = resolveURL(base, path, false)
          } catch (error) {
            expect(error).toBeInstanceOf(UsageError)
            expect(String(error)).toMatch(/climbs out of the base path|a tab, CR or LF/)
            return
          }
          expect(url.origin).toBe(base.url.origin)
          const basePath = base.url.pathname.replace(/\/+$/, '')
          expect(url.pathname === basePath || url.pathname.startsWith(`${basePath}/`)).toBe(true)
        }),
        { numRuns: 2000 },
      )
    },
  )

  it('appends a path to the base path, with one slash between', () => {
    const base = parseBaseURL('https://api.example.com/v1//')
    expect(resolveURL(base, '', false).href).toBe('https://api.example.com/v1')
    expect(resolveURL(base, 'users', false).href).toBe('https://api.example.com/v1/users')
    expect(resolveURL(base, '/users/../me?x=1', false).href).toBe('https://api.example.com/v1/me?x=1')
    expect(resolveURL(base, '/users?next=../../admin', false).href).toBe(
      'https://api.example.com/v1/users?next=../../admin',
    )
  })

  it.each([
    '/../admin',
    '..',
    '/users/../../admin',
    '/%2e%2e/admin',
    '/%2E%2E/admin',
    '/.%2e/admin',
    '/%2e./admin',
    '/..\\admin',
    'users/../..',
  ])('refuses %s, which climbs out of the base path', (path) => {
    const base = parseBaseURL('https://api.example.com/v1/')
    expect(() => resolveURL(base, path, false)).toThrow(UsageError)
    expect(() => resolveURL(base, path, true)).toThrow(
      /climbs out of the base path \/v1 with a "\.\." segment/,
    )
  })

  it.each(['/users\r\n/x', '/us\ters', '\n/users', 'https://api.example.com/v1/a\nb'])(
    'refuses %j, whose tab or line break URL parsing would silently drop',
    (path) => {
      const base = parseBaseURL('https://api.example.com/v1')
      expect(() => resolveURL(base, path, false)).toThrow(/has a tab, CR or LF/)
    },
  )
})

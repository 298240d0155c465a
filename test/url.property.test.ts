import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseBaseURL, resolveURL } from '../src/request/url.js'

// resolveURL appends a relative path to the base without comparing origins afterwards: after the base
// and its `/` the authority is over, so no path can reach another host. These runs try to prove that
// wrong with the characters URL parsers treat specially.
const PIECES = ['/', '\\', '.', '..', '@', ':', '?', '#', '%2F', '%5C', '\t', '\n', ' ', 'evil.example', 'x']
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
          expect(resolveURL(base, path, false).origin).toBe(base.url.origin)
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
  })
})

import { describe, expect, it } from 'vitest'
import { isSharedCacheable } from '../../src/violations/cacheable.js'

describe('isSharedCacheable (RFC 9111)', () => {
  it.each([
    ['GET', 200, {}, true],
    ['GET', 203, {}, true],
    ['GET', 204, {}, true],
    ['GET', 206, {}, true],
    ['GET', 300, {}, true],
    ['GET', 301, {}, true],
    ['GET', 308, {}, true],
    ['GET', 404, {}, true],
    ['GET', 405, {}, true],
    ['GET', 410, {}, true],
    ['GET', 414, {}, true],
    ['GET', 501, {}, true],
    ['HEAD', 200, {}, true],
    ['GET', 201, {}, false],
    ['GET', 302, {}, false],
    ['GET', 500, {}, false],
    ['GET', 201, { 'cache-control': 'max-age=60' }, true],
    ['GET', 500, { 'cache-control': 's-maxage=10' }, true],
    ['GET', 202, { 'cache-control': 'public' }, true],
    ['GET', 202, { expires: 'Thu, 01 Dec 2094 16:00:00 GMT' }, true],
    ['GET', 202, { expires: 'not a date' }, true],
    ['GET', 200, { 'cache-control': 'no-store' }, false],
    ['GET', 200, { 'cache-control': 'max-age=60, NO-STORE' }, false],
    ['GET', 200, { 'cache-control': 'private="set-cookie"' }, false],
    ['GET', 200, { 'cache-control': 'no-cache' }, true],
    ['POST', 200, {}, false],
    ['POST', 200, { 'cache-control': 'max-age=60' }, false],
    ['PUT', 200, {}, false],
  ] as const)('%s %i %o -> %s', (method, status, headers, expected) => {
    expect(isSharedCacheable(method, status, new Headers(headers))).toBe(expected)
  })
})

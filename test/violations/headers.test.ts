import { describe, expect, it } from 'vitest'
import { DEFAULT_RULES, findViolations } from '../../src/violations/engine.js'
import { facts, found } from './facts.js'

const none = { type: 'none' } as const

describe('header and status rules', () => {
  it.each([
    [401, {}, ['missing-www-authenticate:warn']],
    [401, { 'www-authenticate': 'Bearer realm="api"' }, []],
    [407, {}, ['missing-proxy-authenticate:warn']],
    [407, { 'proxy-authenticate': 'Basic realm="proxy"' }, []],
    [405, {}, ['missing-allow:warn']],
    [405, { allow: 'GET, HEAD' }, []],
    [405, { allow: '' }, []],
    [301, {}, ['missing-location:warn']],
    [302, {}, ['missing-location:warn']],
    [303, {}, ['missing-location:warn']],
    [307, {}, ['missing-location:warn']],
    [308, {}, ['missing-location:warn']],
    [302, { location: '/elsewhere' }, []],
    [300, {}, []],
    [304, {}, []],
    [204, { 'content-length': '0' }, ['content-length-on-no-content:warn']],
    [204, {}, []],
    [200, { 'content-length': '12' }, []],
    [199, {}, ['status-out-of-range:warn']],
    [600, {}, ['status-out-of-range:warn']],
    [999, {}, ['status-out-of-range:warn']],
    [599, {}, []],
    [200, {}, []],
  ] as const)('%i with %o -> %o', (status, headers, expected) => {
    expect(found(facts({ status, headers, body: none }))).toEqual(expected)
  })

  it('explains the missing challenge', () => {
    const [violation] = findViolations(facts({ status: 401, body: none }), DEFAULT_RULES)
    expect(violation?.message).toBe(
      'The server answered 401 without a WWW-Authenticate header; it must send at least one challenge ' +
        'in it (RFC 9110 §11.6.1, §15.5.2), because the client needs the challenge to know how to ' +
        'authenticate.',
    )
  })
})

import { describe, expect, it } from 'vitest'
import { acceptance, namesMediaType, parseAccept } from '../../src/request/accept.js'

describe('parseAccept', () => {
  it('reads ranges, parameters and weights, lower-casing names (RFC 9110 §12.5.1)', () => {
    expect(parseAccept('Text/HTML;Level=1;q=0.5, application/*, */*;q=0')).toEqual([
      { type: 'text', subtype: 'html', params: { level: '1' }, q: 0.5 },
      { type: 'application', subtype: '*', params: {}, q: 1 },
      { type: '*', subtype: '*', params: {}, q: 0 },
    ])
  })

  it('keeps commas inside quoted parameter values', () => {
    expect(parseAccept('application/json;profile="a,b", text/plain')).toEqual([
      { type: 'application', subtype: 'json', params: { profile: 'a,b' }, q: 1 },
      { type: 'text', subtype: 'plain', params: {}, q: 1 },
    ])
  })

  it.each([null, undefined, '', '  '])('accepts anything when the field is %j', (value) => {
    expect(parseAccept(value)).toEqual([{ type: '*', subtype: '*', params: {}, q: 1 }])
  })

  it.each([
    ['no subtype', 'json'],
    ['*/subtype', '*/json'],
    ['a weight above 1', 'text/html;q=1.5'],
    ['a weight with four decimals', 'text/html;q=0.1234'],
    ['a parameter without a value', 'text/html;level'],
  ])('drops an element with %s', (_name, value) => {
    expect(parseAccept(`${value}, application/json`)).toEqual([
      { type: 'application', subtype: 'json', params: {}, q: 1 },
    ])
  })
})

describe('acceptance', () => {
  const table: readonly (readonly [string, string, number | undefined])[] = [
    ['application/json', 'application/json; charset=utf-8', 1],
    ['application/json', 'text/html', undefined],
    ['application/json, text/event-stream', 'text/event-stream', 1],
    ['application/x-ndjson', 'application/x-ndjson', 1],
    ['*/*', 'text/html', 1],
    ['application/json, */*;q=0.1', 'text/html', 0.1],
    ['text/*;q=0.5, text/html;q=0', 'text/html; charset=utf-8', 0],
    ['text/*;q=0.5, text/html;q=0', 'text/plain', 0.5],
    ['TEXT/HTML', 'text/html', 1],
    ['text/html;level=1', 'text/html', undefined],
    ['text/html;level=1;q=0.2, text/html', 'text/html; level=1', 0.2],
    ['text/html;level=1;q=0.2, text/html', 'text/html; level=2', 1],
    ['application/json', 'not a media type', undefined],
  ]
  it.each(table)('Accept %j gives %j the weight %j', (accept, contentType, q) => {
    expect(acceptance(parseAccept(accept), contentType)).toBe(q)
  })
})

describe('namesMediaType', () => {
  const json = (t: string) => t === 'application/json' || t.endsWith('+json')
  it.each([
    ['application/json', true],
    ['application/problem+json;q=0.5', true],
    ['application/json;q=0', false],
    ['*/*', false],
    ['application/*', false],
    ['text/html, */*;q=0.1', false],
  ])('Accept %j names JSON: %j', (accept, expected) => {
    expect(namesMediaType(parseAccept(accept), json)).toBe(expected)
  })
})

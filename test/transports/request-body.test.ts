import { describe, expect, it } from 'vitest'
import { serializeBody } from '../../src/transport/request-body.js'

// The one serializer every transport uses, as a table: what each kind of body becomes, and its label.
// What reaches the wire through each transport is compared in requests.test.ts.

const stream = new ReadableStream()
const bytes = new Uint8Array([1, 2])
const form = new FormData()
const params = new URLSearchParams('a=1')
const blob = new Blob(['x'])

describe('serializeBody', () => {
  it.each([
    ['a plain object', { a: 1 }, '{"a":1}', 'application/json'],
    ['an array', [1, 'two'], '[1,"two"]', 'application/json'],
    ['a null-prototype object', Object.assign(Object.create(null), { a: 1 }), '{"a":1}', 'application/json'],
    ['a Date, by its toJSON', new Date(0), '"1970-01-01T00:00:00.000Z"', 'application/json'],
    ['a number', 0, '0', 'application/json'],
    ['a boolean', false, 'false', 'application/json'],
    ['a string', 'hi', 'hi', 'text/plain;charset=UTF-8'],
    ['an empty string', '', '', 'text/plain;charset=UTF-8'],
    ['a Map, which JSON would empty', new Map([['a', 1]]), '[object Map]', 'text/plain;charset=UTF-8'],
  ])('%s', (_name, body, sent, contentType) => {
    expect(serializeBody(body, null)).toEqual({ body: sent, contentType, stream: false })
  })

  it.each([
    ['FormData', form, false],
    ['URLSearchParams', params, false],
    ['a Blob', blob, false],
    ['a typed array', bytes, false],
    ['an ArrayBuffer', bytes.buffer, false],
    ['a ReadableStream', stream, true],
  ])('%s is left as it is, for fetch to label', (_name, body, isStream) => {
    expect(serializeBody(body, null)).toEqual({ body, contentType: undefined, stream: isStream })
  })

  it('a plain object under a form Content-Type becomes the form, labelled by the caller', () => {
    const serialized = serializeBody({ a: '1', b: 'x y' }, 'application/x-www-form-urlencoded')
    expect(serialized).toEqual({ body: 'a=1&b=x+y', contentType: undefined, stream: false })
  })
})

import { describe, expect, it } from 'vitest'
import { encodeForm } from '../../src/transport/form-body.js'

// The form encoder as a table: what each kind of field becomes. The wire, through every transport, is
// in form-body.test.ts.

const URLENCODED = 'application/x-www-form-urlencoded' as const
const pairs = (value: object, encoding = {}) =>
  [...(encodeForm({ contentType: URLENCODED, encoding }, value) as URLSearchParams)].map(
    ([k, v]) => `${k}=${v}`,
  )

describe('encodeForm, urlencoded', () => {
  it.each([
    ['a number as written', { n: 2.5e-7 }, ['n=2.5e-7']],
    ['booleans as true and false', { a: true, b: false }, ['a=true', 'b=false']],
    ['an empty string kept', { s: '' }, ['s=']],
    ['null and undefined left out', { a: null, b: undefined, c: 'x' }, ['c=x']],
    ['a Date in ISO form', { at: new Date(0) }, ['at=1970-01-01T00:00:00.000Z']],
    ['objects bracketed at any depth', { a: { b: { c: 1 } } }, ['a[b][c]=1']],
    ['a list of scalars repeats its key', { t: ['x', 'y'] }, ['t=x', 't=y']],
    ['null items of a list left out', { t: ['x', null] }, ['t=x']],
    ['a list of objects indexed', { i: [{ p: 1 }, { p: 2 }] }, ['i[0][p]=1', 'i[1][p]=2']],
    ['a list inside an object bracketed', { o: { t: ['x', 'y'] } }, ['o[t][]=x', 'o[t][]=y']],
    ['a list of lists indexed', { m: [['a'], ['b']] }, ['m[0][]=a', 'm[1][]=b']],
    ['an empty list sends nothing', { t: [] }, []],
  ])('%s', (_name, value, expected) => {
    expect(pairs(value)).toEqual(expected)
  })

  it('a list by its encoding: deepObject brackets, explode: false joins with commas', () => {
    expect(pairs({ t: ['x', 'y'] }, { t: { style: 'deepObject' } })).toEqual(['t[]=x', 't[]=y'])
    expect(pairs({ t: ['x', 'y'] }, { t: { explode: false } })).toEqual(['t=x,y'])
  })
})

describe('encodeForm, multipart', () => {
  const form = (value: object, encoding = {}) =>
    encodeForm({ contentType: 'multipart/form-data', encoding }, value) as FormData

  it('a File keeps its name and type; bytes become a file part', async () => {
    const parts = form({ f: new File(['x'], 'a.txt', { type: 'text/plain' }), b: new Uint8Array([1, 2]) })
    expect((parts.get('f') as File).name).toBe('a.txt')
    expect((parts.get('f') as File).type).toBe('text/plain')
    expect(new Uint8Array(await (parts.get('b') as File).arrayBuffer())).toEqual(new Uint8Array([1, 2]))
  })

  it('an object is a JSON part, or of the type its encoding names; so is a string given one', async () => {
    const parts = form(
      { o: { a: 1 }, x: { b: 2 }, s: '<a/>' },
      { x: { contentType: 'application/vnd.x+json' }, s: { contentType: 'application/xml' } },
    )
    const o = parts.get('o') as File
    expect([o.type, await o.text()]).toEqual(['application/json', '{"a":1}'])
    expect((parts.get('x') as File).type).toBe('application/vnd.x+json')
    const s = parts.get('s') as File
    expect([s.type, await s.text()]).toEqual(['application/xml', '<a/>'])
  })

  it('scalars are text fields, a list one field per item, null left out', () => {
    const parts = form({ n: 3, b: false, t: ['x', 'y'], z: null })
    expect([...parts.entries()]).toEqual([
      ['n', '3'],
      ['b', 'false'],
      ['t', 'x'],
      ['t', 'y'],
    ])
  })
})

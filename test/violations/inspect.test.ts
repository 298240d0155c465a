import { describe, expect, it } from 'vitest'
import { jsonPointer, preview } from '../../src/violations/inspect.js'

describe('jsonPointer (RFC 6901)', () => {
  it.each([
    [['error'], '/error'],
    [[0, 'error'], '/0/error'],
    [['a/b'], '/a~1b'],
    [['m~n'], '/m~0n'],
    [[''], '/'],
    [[], ''],
  ] as const)('%o -> %s', (segments, expected) => {
    expect(jsonPointer(...segments)).toBe(expected)
  })
})

describe('preview', () => {
  it.each([
    ['x', '"x"'],
    [{ a: 1 }, '{"a":1}'],
    [undefined, 'undefined'],
    ['y'.repeat(70), `"${'y'.repeat(59)}…`],
  ])('%o -> %s', (value, expected) => {
    expect(preview(value)).toBe(expected)
  })
})

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

describe('preview of what a hostile server can send', () => {
  it('shows 5,000 levels of nesting, found without recursion, cut to the limit', () => {
    let deep: unknown = 'User not found'
    for (let i = 0; i < 5_000; i++) deep = [deep]
    expect(preview(deep)).toBe(`${'['.repeat(60)}…`)
    expect(preview({ error: deep }, 12)).toBe('{"error":[[[…')
  })

  it('is what JSON.stringify writes, when it can', () => {
    const value = { a: 1, b: [1, undefined, 'x', null, true], c: undefined, d: { e: {} }, f: [], 'g"': -0.5 }
    expect(preview(value, 1_000)).toBe(JSON.stringify(value))
  })

  it('shows the opening of a value JSON cannot write at all (a cyclic one, from a custom rule)', () => {
    const cyclic: Record<string, unknown> = { a: 1 }
    cyclic.self = cyclic
    expect(preview(cyclic)).toBe('{"a":1')
    expect(preview({ error: { code: [cyclic] } })).toBe('{"error":{"code":[{"a":1')
  })
})

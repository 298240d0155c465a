import { describe, expect, it } from 'vitest'
import { UsageError } from '../../src/errors/usage-error.js'
import type { RuleLevel } from '../../src/violation.js'
import type { CustomDetector } from '../../src/violations/engine.js'
import { compileRules, DEFAULT_RULES, findViolations } from '../../src/violations/engine.js'
import { presets } from '../../src/violations/presets/index.js'
import type { Preset, Rule } from '../../src/violations/types.js'
import { facts, found, json, malformed } from './facts.js'

const errorPayload = facts({ body: json({ error: 'User not found' }) })
const noAllow = facts({ status: 405, body: { type: 'none' } })

const BUILT_INS = {
  'error-payload-in-success': 'error',
  'problem-in-success': 'error',
  'unexpected-content-type': 'error',
  'malformed-json': 'error',
  'empty-success-body': 'warn',
  'problem-status-mismatch': 'warn',
  'missing-www-authenticate': 'warn',
  'missing-proxy-authenticate': 'warn',
  'missing-allow': 'warn',
  'missing-location': 'warn',
  'content-length-on-no-content': 'warn',
  'status-out-of-range': 'warn',
  'invalid-retry-after': 'warn',
  'obsolete-date-format': 'warn',
}

describe('DEFAULT_RULES', () => {
  it('holds every built-in rule at its default severity', () => {
    expect(DEFAULT_RULES.ids).toEqual(Object.keys(BUILT_INS))
    const defaults = Object.fromEntries(
      [...DEFAULT_RULES.known.values()].map((r) => [r.id, r.defaultSeverity]),
    )
    expect(defaults).toEqual(BUILT_INS)
  })

  it('returns one shared empty list for an honest response', () => {
    const first = findViolations(facts(), DEFAULT_RULES)
    expect(first).toEqual([])
    expect(findViolations(facts(), DEFAULT_RULES)).toBe(first)
  })
})

describe('compileRules: levels per layer', () => {
  it('returns the base itself when there is no config', () => {
    expect(compileRules(undefined, undefined)).toBe(DEFAULT_RULES)
    const client = compileRules(undefined, { rules: { 'missing-allow': 'off' } })
    expect(compileRules(client, undefined)).toBe(client)
  })

  it.each([
    [{}, {}, ['error-payload-in-success:error']],
    [{ 'error-payload-in-success': 'warn' }, {}, ['error-payload-in-success:warn']],
    [{ 'error-payload-in-success': 'off' }, {}, []],
    [
      { 'error-payload-in-success': 'off' },
      { 'error-payload-in-success': 'error' },
      ['error-payload-in-success:error'],
    ],
    [{ 'error-payload-in-success': 'warn' }, { 'error-payload-in-success': 'off' }, []],
    [{ 'error-payload-in-success': 'warn' }, { 'missing-allow': 'off' }, ['error-payload-in-success:warn']],
  ] satisfies [Record<string, RuleLevel>, Record<string, RuleLevel>, string[]][])(
    'client %o, then call %o -> %o',
    (client, call, expected) => {
      const compiled = compileRules(compileRules(undefined, { rules: client }), { rules: call })
      expect(found(errorPayload, compiled)).toEqual(expected)
    },
  )

  it('lets a warn rule be raised to error', () => {
    expect(found(noAllow, compileRules(undefined, { rules: { 'missing-allow': 'error' } }))).toEqual([
      'missing-allow:error',
    ])
  })

  it("lets an explicit level win over the finding's own severity", () => {
    const onServerError = facts({ status: 500, body: malformed('{') })
    expect(found(onServerError)).toEqual(['malformed-json:warn'])
    expect(found(onServerError, compileRules(undefined, { rules: { 'malformed-json': 'error' } }))).toEqual([
      'malformed-json:error',
    ])
    const required = facts({ body: { type: 'empty' }, contentRequired: true })
    expect(found(required)).toEqual(['empty-success-body:error'])
    expect(found(required, compileRules(undefined, { rules: { 'empty-success-body': 'warn' } }))).toEqual([
      'empty-success-body:warn',
    ])
  })
})

describe('compileRules: usage errors', () => {
  it('rejects an unknown rule id, naming it and listing the valid ids', () => {
    const compile = () => compileRules(undefined, { rules: { 'error-in-body': 'off' } })
    expect(compile).toThrow(UsageError)
    expect(compile).toThrow(/^\[honest-fetch\] unknown violation rule 'error-in-body'/)
    expect(compile).toThrow(/valid ids: error-payload-in-success, problem-in-success, /)
  })

  it.each(['fatal', 'ERROR', 'on', '', 1, null])('rejects the level %o', (level) => {
    const rules = { 'missing-allow': level } as unknown as Record<string, RuleLevel>
    expect(() => compileRules(undefined, { rules })).toThrow(
      /^\[honest-fetch\] invalid level .* 'missing-allow'/,
    )
  })

  it('knows a preset rule id only once the preset is enabled', () => {
    expect(() => compileRules(undefined, { rules: { 'slack-error': 'warn' } })).toThrow(UsageError)
    const client = compileRules(undefined, { presets: [presets.slack] })
    expect(client.ids).toContain('slack-error')
    const call = compileRules(client, { rules: { 'slack-error': 'warn' } })
    expect(found(facts({ body: json({ ok: false, error: 'x' }) }), call)).toEqual(['slack-error:warn'])
  })

  it('rejects a preset rule id that is not kebab-case or clashes with another rule', () => {
    const rule = (id: string): Rule => ({ id, defaultSeverity: 'warn', check: () => undefined })
    const bad: Preset = { name: 'bad', rules: [rule('NoCamels')] }
    const clash: Preset = { name: 'clash', rules: [rule('missing-allow')] }
    expect(() => compileRules(undefined, { presets: [bad] })).toThrow(/invalid rule id 'NoCamels'/)
    expect(() => compileRules(undefined, { presets: [clash] })).toThrow(/duplicate rule id 'missing-allow'/)
  })

  it('rejects a detect that is not a function', () => {
    const detect = 'yes' as unknown as CustomDetector
    expect(() => compileRules(undefined, { detect })).toThrow(/invalid `detect`/)
  })

  it('accepts the same preset twice without reporting twice', () => {
    const twice = compileRules(compileRules(undefined, { presets: [presets.slack] }), {
      presets: [presets.slack],
    })
    expect(found(facts({ body: json({ ok: false, error: 'x' }) }), twice)).toEqual(['slack-error:error'])
  })
})

describe('findViolations: replaces, custom rules and detectors', () => {
  const custom = (rule: Rule): Preset => ({ name: 'custom', rules: [rule] })

  it('drops a replaced rule where the replacing rule fires, and only there', () => {
    const envelope: Rule = {
      id: 'envelope-error',
      defaultSeverity: 'warn',
      replaces: ['error-payload-in-success'],
      check: (f) =>
        f.body.type === 'json' && JSON.stringify(f.body.value).includes('E_') ? { message: 'x' } : undefined,
    }
    const compiled = compileRules(undefined, { presets: [custom(envelope)] })
    expect(found(facts({ body: json({ error: 'E_DENIED' }) }), compiled)).toEqual(['envelope-error:warn'])
    expect(found(facts({ body: json({ error: 'plain' }) }), compiled)).toEqual([
      'error-payload-in-success:error',
    ])
  })

  it('reports a rule that throws under its own id, at its severity, and keeps the others', () => {
    const broken: Rule = {
      id: 'broken-rule',
      defaultSeverity: 'error',
      check: () => {
        throw new TypeError('bug in a preset')
      },
    }
    const compiled = compileRules(undefined, { presets: [custom(broken)] })
    const violations = findViolations(errorPayload, compiled)
    expect(violations.map((v) => `${v.rule}:${v.severity}`)).toEqual([
      'error-payload-in-success:error',
      'broken-rule:error',
    ])
    expect(violations[1]?.message).toContain("The rule 'broken-rule' threw on this response")
    expect(violations[1]?.message).toContain('TypeError: bug in a preset')
    const asWarning = compileRules(compiled, { rules: { 'broken-rule': 'warn' } })
    expect(found(facts(), asWarning)).toEqual(['broken-rule:warn'])
    expect(found(facts(), compileRules(compiled, { rules: { 'broken-rule': 'off' } }))).toEqual([])
  })

  it('drops what a throwing rule found before it threw, and lets the rule it replaces speak', () => {
    const halfway: Rule = {
      id: 'halfway-rule',
      defaultSeverity: 'warn',
      replaces: ['error-payload-in-success'],
      check: () => [
        { message: 'first' },
        {
          get message(): string {
            throw new RangeError('Maximum call stack size exceeded')
          },
        },
      ],
    }
    const compiled = compileRules(undefined, { presets: [custom(halfway)] })
    expect(found(errorPayload, compiled)).toEqual(['error-payload-in-success:error', 'halfway-rule:warn'])
  })

  it('reports a detector that throws as custom-detector, an error', () => {
    const detect: CustomDetector = () => {
      throw new Error('bug in a detector')
    }
    expect(found(facts(), compileRules(undefined, { detect }))).toEqual(['custom-detector:error'])
    expect(found(errorPayload, compileRules(undefined, { detect }))).toEqual([
      'error-payload-in-success:error',
      'custom-detector:error',
    ])
  })

  it('reports detector findings under their own id, as errors unless they say otherwise', () => {
    const detect: CustomDetector = (f) =>
      f.headers.has('x-error')
        ? [
            { rule: 'x-error-on-success', message: 'X-Error on a 2xx', pointer: '/x' },
            { rule: 'x-error-seen', message: 'seen', severity: 'warn' },
            { rule: 'Not Kebab', message: 'dropped' },
          ]
        : undefined
    const compiled = compileRules(undefined, { detect })
    const violations = findViolations(facts({ headers: { 'x-error': '1' } }), compiled)
    expect(violations).toEqual([
      { rule: 'x-error-on-success', severity: 'error', message: 'X-Error on a 2xx', pointer: '/x' },
      { rule: 'x-error-seen', severity: 'warn', message: 'seen' },
    ])
    expect(found(facts(), compiled)).toEqual([])
  })

  it('runs the detectors of every layer, each once', () => {
    const client: CustomDetector = () => ({ rule: 'client-check', message: 'c' })
    const call: CustomDetector = () => ({ rule: 'call-check', message: 'e' })
    const layered = compileRules(compileRules(undefined, { detect: client }), { detect: call })
    expect(found(facts(), layered)).toEqual(['client-check:error', 'call-check:error'])
    const again = compileRules(compileRules(undefined, { detect: client }), { detect: client })
    expect(found(facts(), again)).toEqual(['client-check:error'])
  })
})

describe('findViolations: claims', () => {
  it('ignores a claims function that throws', () => {
    const rule: Rule = {
      id: 'claims-badly',
      defaultSeverity: 'warn',
      replaces: ['error-payload-in-success'],
      claims: () => {
        throw new Error('bug')
      },
      check: () => undefined,
    }
    const compiled = compileRules(undefined, { presets: [{ name: 'p', rules: [rule] }] })
    expect(found(errorPayload, compiled)).toEqual(['error-payload-in-success:error'])
  })
})

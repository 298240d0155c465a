import { describe, expect, it } from 'vitest'
import { STATUS_CODE_OF, STATUS_KINDS, statusKind } from '../src/index.js'

describe('the status table', () => {
  it('maps the codes of the public contract to their kinds', () => {
    expect(statusKind(200)).toBe('ok')
    expect(statusKind(201)).toBe('created')
    expect(statusKind(204)).toBe('noContent')
    expect(statusKind(226)).toBe('imUsed')
    expect(statusKind(305)).toBe('useProxy')
    expect(statusKind(404)).toBe('notFound')
    expect(statusKind(413)).toBe('contentTooLarge')
    expect(statusKind(425)).toBe('tooEarly')
    expect(statusKind(429)).toBe('tooManyRequests')
    expect(statusKind(451)).toBe('unavailableForLegalReasons')
    expect(statusKind(511)).toBe('networkAuthenticationRequired')
  })

  it('has the 57 registered codes of the contract, each with a distinct kind', () => {
    const kinds = Object.values(STATUS_KINDS)
    expect(kinds).toHaveLength(57)
    expect(new Set(kinds).size).toBe(kinds.length)
  })

  it.each([
    [299, 'success'],
    [209, 'success'],
    [399, 'redirection'],
    [306, 'redirection'],
    [418, 'clientError'],
    [499, 'clientError'],
    [509, 'serverError'],
    [599, 'serverError'],
    [600, 'serverError'],
    [199, 'serverError'],
    [0, 'serverError'],
  ])('maps unregistered %i to its class %s (RFC 9110 §15)', (code, kind) => {
    expect(statusKind(code)).toBe(kind)
  })

  it('derives the reverse lookup from the same table', () => {
    for (const [code, kind] of Object.entries(STATUS_KINDS)) expect(STATUS_CODE_OF[kind]).toBe(Number(code))
    expect(STATUS_CODE_OF.success).toBeUndefined()
  })
})

describe('the statuses that say when to try again', () => {
  it('are 429 and 503, derived from the table, and the default retry statuses', async () => {
    const { WAIT_STATUSES } = await import('../src/status.js')
    expect([...WAIT_STATUSES].sort()).toEqual([429, 503])
    const { DEFAULT_RETRY_POLICY } = await import('../src/retry/policy.js')
    expect([...DEFAULT_RETRY_POLICY.statuses].sort()).toEqual([429, 503])
  })
})

/**
 * Real-world response shapes, from APIs that answer honestly and from ones that do not. The rows live in
 * `corpus/*.ts`, grouped by theme; each is what a server sent and what the engine must report.
 */
import { describe, expect, it } from 'vitest'
import { mediaTypeOf } from '../../src/body/media-type.js'
import { compileRules } from '../../src/violations/engine.js'
import { presets } from '../../src/violations/presets/index.js'
import { APIS } from './corpus/apis.js'
import type { Case } from './corpus/case.js'
import { HTTP_RULES } from './corpus/http.js'
import { PAYLOADS } from './corpus/payloads.js'
import { VENDORS } from './corpus/vendors.js'
import { bodyFrom, facts, found } from './facts.js'

const CORPUS: readonly Case[] = [...VENDORS, ...APIS, ...PAYLOADS, ...HTTP_RULES]

/** Bodies the reader does not read (RFC 9110 §9.3.2, §15.3.5, §15.4.5). */
function isUnread(c: Case): boolean {
  return c.method === 'HEAD' || c.status === 204 || c.status === 205 || c.status === 304
}

describe('corpus of real-world responses', () => {
  it('has at least 40 shapes, each with a unique name', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(40)
    expect(new Set(CORPUS.map((c) => c.name)).size).toBe(CORPUS.length)
  })

  it.each(CORPUS.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const raw = typeof c.body === 'string' ? c.body : JSON.stringify(c.body)
    const contentType = c.contentType === null ? {} : { 'content-type': c.contentType }
    const input = facts({
      method: c.method ?? 'GET',
      status: c.status,
      headers: { ...contentType, ...c.headers },
      mediaType: mediaTypeOf(c.contentType),
      body: isUnread(c) ? { type: 'none' } : bodyFrom(c.contentType, raw),
      declaredKeys: c.declared === undefined ? undefined : new Set(c.declared),
    })
    const compiled = compileRules(undefined, { presets: (c.presets ?? []).map((name) => presets[name]) })
    expect(found(input, compiled)).toEqual(c.expected)
  })
})

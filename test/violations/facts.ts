import { mediaTypeOf } from '../../src/body/media-type.js'
import { parseBody } from '../../src/body/parse.js'
import type { ParsedBody } from '../../src/body/parsed-body.js'
import { parseAccept } from '../../src/request/accept.js'
import type { CompiledRules } from '../../src/violations/engine.js'
import { DEFAULT_RULES, findViolations } from '../../src/violations/engine.js'
import type { ResponseFacts } from '../../src/violations/types.js'

/** 2024-05-01T12:00:00Z: a fixed clock for the date rules. */
export const NOW: number = Date.UTC(2024, 4, 1, 12, 0, 0)

/** A parsed JSON body, as the body reader would produce it. */
export function json(value: unknown): ParsedBody {
  return { type: 'json', value, text: JSON.stringify(value) }
}

export function text(value: string): ParsedBody {
  return { type: 'text', value }
}

export function malformed(raw: string): ParsedBody {
  try {
    JSON.parse(raw)
  } catch (error) {
    return { type: 'malformedJson', text: raw, error: error as SyntaxError }
  }
  throw new Error(`test helper: ${raw} is valid JSON`)
}

/** What the body reader makes of raw text under a Content-Type, where JSON was expected (the default Accept). */
export function bodyFrom(contentType: string | null, raw: string): ParsedBody {
  return parseBody(new TextEncoder().encode(raw), contentType, mediaTypeOf(contentType), undefined, true)
}

type FactsInput = Partial<Omit<ResponseFacts, 'headers'>> & { readonly headers?: HeadersInit }

/** Facts for one response: GET, 200, `Accept: application/json` and JSON received, untyped, a fixed clock. */
export function facts(overrides: FactsInput = {}): ResponseFacts {
  const { headers, ...rest } = overrides
  return {
    method: 'GET',
    status: 200,
    mediaType: 'application/json',
    body: json({ id: 1 }),
    expectsJson: true,
    accept: parseAccept('application/json'),
    declared: undefined,
    declaredKeys: undefined,
    contentRequired: false,
    now: NOW,
    ...rest,
    headers: new Headers(headers),
  }
}

/** The violations as `rule:severity` strings, the form the tables compare. */
export function found(input: ResponseFacts, compiled: CompiledRules = DEFAULT_RULES): string[] {
  return findViolations(input, compiled).map((v) => `${v.rule}:${v.severity}`)
}

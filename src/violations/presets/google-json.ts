/**
 * Google JSON style errors (Google JSON Style Guide; AIP-193): `{"error": {"code": 404, "message": "...",
 * "status": "NOT_FOUND"}}`, where `code` is the HTTP status. Such a body on a 2xx is an error sent with
 * the wrong status; on an error status, `code` should repeat it.
 */
import { isJsonObject, isSuccess, type JsonObject, jsonObjectOf, preview } from '../inspect.js'
import type { Finding, Preset, ResponseFacts, Rule } from '../types.js'

function isHttpStatus(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 100 && (value as number) <= 599
}

/**
 * The `error` member when it has Google's shape: an object whose `code` is an HTTP status, or that has a
 * string canonical `status`. A JSON-RPC error (`code: -32601`, beside `jsonrpc`) is not one.
 */
function googleErrorOf(facts: ResponseFacts): JsonObject | undefined {
  const body = jsonObjectOf(facts)
  const error = body?.error
  if (!isJsonObject(error) || body?.jsonrpc !== undefined) return undefined
  return isHttpStatus(error.code) || typeof error.status === 'string' ? error : undefined
}

function describe(error: JsonObject): string {
  const parts = [error.code, error.status].filter((part) => part !== undefined).join(' ')
  return typeof error.message === 'string' ? `${parts}: ${preview(error.message)}` : parts
}

const googleJsonError: Rule = {
  id: 'google-json-error',
  defaultSeverity: 'error',
  replaces: ['error-payload-in-success'],
  claims: (facts) => googleErrorOf(facts) !== undefined,
  check(facts: ResponseFacts): Finding | undefined {
    if (!isSuccess(facts.status)) return undefined
    const error = googleErrorOf(facts)
    if (error === undefined) return undefined
    const status = isHttpStatus(error.code) ? `${error.code} as the HTTP status` : 'a 4xx or 5xx status'
    return {
      message:
        `The server answered ${facts.status} with a Google-style error (${describe(error)}); it should ` +
        `send ${status}, as AIP-193 asks, because monitoring, caches and retry logic take a 2xx as success.`,
      pointer: '/error',
    }
  },
}

const googleJsonCodeMismatch: Rule = {
  id: 'google-json-code-mismatch',
  defaultSeverity: 'warn',
  check(facts: ResponseFacts): Finding | undefined {
    if (isSuccess(facts.status)) return undefined
    const code = googleErrorOf(facts)?.code
    if (!isHttpStatus(code) || code === facts.status) return undefined
    return {
      message:
        `The server answered ${facts.status} but its Google-style error says code ${code}; error.code ` +
        'should repeat the HTTP status (AIP-193), since clients that read either one will disagree on what ' +
        'happened.',
      pointer: '/error/code',
    }
  },
}

export const googleJson: Preset = { name: 'googleJson', rules: [googleJsonError, googleJsonCodeMismatch] }

/**
 * JSON-RPC 2.0 over HTTP (https://www.jsonrpc.org/specification). The protocol is transport-agnostic and
 * carries errors in the response object (§5.1), and the common HTTP binding answers 200 for them, so an
 * error there is the protocol working, not the server lying. Without this preset the generic
 * `error-payload-in-success` reports such a body as an error; enabling it says "this API speaks JSON-RPC":
 * `json-rpc-error` takes over, at `'warn'` by default so failed calls stay visible through `onViolation`.
 * Set it to `'error'` to turn them into `protocolViolation`, or `'off'` to accept them silently.
 */
import { isJsonObject, isSuccess, jsonObjectOf, jsonPointer, preview } from '../inspect.js'
import type { Finding, Preset, ResponseFacts, Rule } from '../types.js'

function isRpcResponse(value: unknown): boolean {
  return isJsonObject(value) && value.jsonrpc === '2.0'
}

function isRpcError(value: unknown): boolean {
  return isJsonObject(value) && value.jsonrpc === '2.0' && Object.hasOwn(value, 'error')
}

function describe(error: unknown): string {
  if (!isJsonObject(error)) return preview(error)
  const code = Number.isInteger(error.code) ? `${error.code} ` : ''
  return `${code}${preview(error.message)}`
}

function single(facts: ResponseFacts, value: unknown): Finding {
  const error = isJsonObject(value) ? value.error : undefined
  return {
    message:
      `The JSON-RPC server answered ${facts.status} with error ${describe(error)}; JSON-RPC reports errors ` +
      "in the body (§5.1), so the call failed although the status says success: set 'json-rpc-error' to " +
      "'error' if a failed call should count as a failure.",
    pointer: '/error',
  }
}

function batch(facts: ResponseFacts, items: readonly unknown[]): Finding | undefined {
  const first = items.findIndex(isRpcError)
  if (first === -1) return undefined
  const failed = items.filter(isRpcError).length
  const item = items[first]
  const error = isJsonObject(item) ? item.error : undefined
  return {
    message:
      `The JSON-RPC server answered ${facts.status} to a batch in which ${failed} of ${items.length} calls ` +
      `failed (first: error ${describe(error)}); JSON-RPC reports errors per call in the body (§6), so ` +
      'those calls failed although the status says success.',
    pointer: jsonPointer(first, 'error'),
  }
}

const jsonRpcError: Rule = {
  id: 'json-rpc-error',
  defaultSeverity: 'warn',
  replaces: ['error-payload-in-success'],
  claims: (facts) => facts.body.type === 'json' && isRpcResponse(facts.body.value),
  check(facts: ResponseFacts): Finding | undefined {
    if (!isSuccess(facts.status) || facts.body.type !== 'json') return undefined
    const value = facts.body.value
    if (Array.isArray(value)) return batch(facts, value)
    return isRpcError(jsonObjectOf(facts)) ? single(facts, value) : undefined
  },
}

export const jsonRpc: Preset = { name: 'jsonRpc', rules: [jsonRpcError] }

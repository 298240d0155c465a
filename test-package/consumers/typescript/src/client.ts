// The untyped client as a user writes it: every call resolves to a result that narrows on `kind`.
import {
  type Client,
  createClient,
  type HttpResult,
  match,
  presets,
  type StatusKind,
  statusKind,
  UsageError,
  unwrap,
  type Violation,
} from 'honest-fetch'
import type { Equal, Expect } from './assert.js'

const http: Client = createClient({
  baseURL: 'https://api.example.com',
  timeout: 5_000,
  retry: { limit: 1 },
  violations: { presets: [presets.slack] },
  onViolation: (violation: Violation) => console.warn(violation.rule, violation.message),
})

export async function describeUser(id: string): Promise<string> {
  const r: HttpResult = await http.get(`/users/${id}`, { query: { fields: ['name'] } })
  switch (r.kind) {
    case 'ok': {
      type _data = Expect<Equal<typeof r.data, unknown>>
      type _ok = Expect<Equal<typeof r.ok, true>>
      return `status ${r.status}`
    }
    case 'notFound':
      return r.problem?.title ?? 'not found'
    case 'protocolViolation':
      return r.violations.map((v) => v.rule).join(', ')
    case 'tooManyRequests':
      return `retry after ${r.retryAfterMs ?? '?'} ms`
    case 'timeout':
      return `timed out after ${r.timeoutMs} ms`
    case 'networkError': {
      // A network error has no HTTP status: the field reads as undefined (STYLE 3, `status?: never`).
      type _status = Expect<Equal<typeof r.status, undefined>>
      return r.code
    }
    default:
      return r.kind
  }
}

export async function exhaustive(): Promise<string> {
  const r = await http.delete('/users/1')
  const text: string = match(r, { ok: () => 'deleted', noContent: () => 'deleted', _: (x) => x.kind })
  // @ts-expect-error without `_`, every kind needs a handler
  match(r, { ok: () => 'deleted' })
  return text
}

export function unwrapped(r: HttpResult): unknown {
  return unwrap(r)
}

const kind: StatusKind = statusKind(404)
type _kinds = Expect<Equal<ReturnType<typeof statusKind>, StatusKind>>
export const facts = { kind, usage: new UsageError('x') instanceof Error }

// @ts-expect-error `timeout` is a number or false
createClient({ timeout: '5s' })

// One view for every failure of every endpoint: TanStack Query's `error` is a ResultError, and
// `match` on its `result` turns each kind into what the user should read and do.
import { match } from 'honest-fetch'
import type { ResultError } from 'honest-fetch/tanstack-query'

export function ErrorView({ error }: { readonly error: ResultError }) {
  const message = match(error.result, {
    unauthorized: (r) => `Sign in to continue (${r.headers.get('www-authenticate') ?? 'no challenge'}).`,
    notFound: (r) => `Not found: ${problemTitle(r.data) ?? 'no such thing'}.`,
    conflict: (r) => `Conflict: ${problemTitle(r.data) ?? 'it changed meanwhile'}.`,
    tooManyRequests: (r) =>
      `Too many requests: the server asked to wait, so the client waited and tried ${r.attempts} times in all. Try again later.`,
    protocolViolation: (r) =>
      `The server answered ${r.status} with an error in the body (${r.violations.map((v) => v.rule).join(', ')}).`,
    networkError: (r) => `Cannot reach the server (${r.code}). Check your connection.`,
    timeout: (r) => `The server did not answer within ${r.timeoutMs} ms.`,
    _: (r) => `Something went wrong: ${r.kind}.`,
  })
  return (
    <p role="alert" className="error" data-kind={error.result.kind}>
      {message}
    </p>
  )
}

/** The `title` of an RFC 9457 problem body, when the body is one. */
function problemTitle(data: unknown): string | undefined {
  return typeof data === 'object' && data !== null && 'title' in data && typeof data.title === 'string'
    ? data.title
    : undefined
}

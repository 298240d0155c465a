/**
 * RFC 9457 problem details. Members of the wrong type are ignored (§3.1: "consumers MUST ignore" them);
 * extension members are kept as they are.
 */
export interface Problem {
  /** A URI reference identifying the problem type; `about:blank` when absent (§3.1.1). */
  readonly type: string
  readonly title?: string
  /** The HTTP status the origin server generated; advisory only (§3.1.2). */
  readonly status?: number
  readonly detail?: string
  readonly instance?: string
  /** Extension members, e.g. `balance` or `errors`. */
  readonly [extension: string]: unknown
}

const STRING_MEMBERS = ['title', 'detail', 'instance'] as const

/** Reads a parsed `application/problem+json` body; `undefined` when it is not a JSON object. */
export function toProblem(value: unknown): Problem | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
  const source = value as Record<string, unknown>
  const problem: Record<string, unknown> = { ...source, type: 'about:blank' }
  if (typeof source.type === 'string') problem.type = source.type
  for (const member of STRING_MEMBERS) {
    if (typeof source[member] !== 'string') delete problem[member]
  }
  if (
    !(Number.isInteger(source.status) && (source.status as number) >= 100 && (source.status as number) <= 599)
  ) {
    delete problem.status
  }
  return problem as Problem
}

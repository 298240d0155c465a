/** How seriously a rule is taken: `'error'` turns the result into `protocolViolation`. */
export type Severity = 'error' | 'warn'

/** A rule's configured level; `'off'` silences it. */
export type RuleLevel = Severity | 'off'

/** One way in which the server broke HTTP semantics. */
export interface Violation {
  /** A stable kebab-case id, e.g. `'error-payload-in-success'`. */
  readonly rule: string
  readonly severity: Severity
  /** What the server did, and what it should have done instead. */
  readonly message: string
  /** A JSON pointer into the body, where the violation is located in it. */
  readonly pointer?: string
}

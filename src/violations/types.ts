import type { BodyType } from '../body/media-type.js'
import type { ParsedBody } from '../body/parsed-body.js'
import type { MediaRange } from '../request/accept.js'
import type { RuleLevel, Severity } from '../violation.js'

/** Everything a rule may look at; built once per response. */
export interface ResponseFacts {
  /** Upper-case request method. */
  readonly method: string
  readonly status: number
  readonly headers: Headers
  /** The media type essence from Content-Type, lower-cased without parameters; `undefined` when absent. */
  readonly mediaType: string | undefined
  readonly body: ParsedBody
  /**
   * JSON was expected: the status is declared with a JSON body, or, where nothing is declared for it, the
   * request's Accept names a JSON type (`*\/*` alone expects nothing in particular).
   */
  readonly expectsJson: boolean
  /** The request's Accept field, parsed (RFC 9110 §12.5.1); a missing field is `*\/*`. */
  readonly accept: readonly MediaRange[]
  /**
   * What the endpoint declares about this status's body: its media type and format, or `null` for no
   * body; `undefined` on an untyped call or a status the endpoint does not declare.
   */
  readonly declared: BodyType | null | undefined
  /**
   * Top-level keys that the endpoint's declared schema for this status names (typed contracts only).
   * A generic detector leaves these keys alone: a job resource may legitimately have `status: "error"`.
   */
  readonly declaredKeys: ReadonlySet<string> | undefined
  /** A schema that needs content is declared for this status (so an empty body cannot be right). */
  readonly contentRequired: boolean
  /** Milliseconds since the epoch, injected so rules that read dates are testable. */
  readonly now: number
}

/** What a rule reports; the engine adds the rule id and the configured severity. */
export interface Finding {
  readonly message: string
  readonly pointer?: string
  /** Overrides the rule's default severity for this one finding (e.g. malformed JSON: error on 2xx only). */
  readonly severity?: Severity
}

/** One check. Rules are pure: same facts, same findings. */
export interface Rule {
  /** Stable kebab-case id, used in configuration and in `Violation.rule`. */
  readonly id: string
  readonly defaultSeverity: Severity
  /** Returns nothing when the response is fine. */
  readonly check: (facts: ResponseFacts) => Finding | readonly Finding[] | undefined
  /**
   * Ids of more generic rules this rule takes over from (a preset's `slack-error` replaces
   * `error-payload-in-success`). On a response where this rule fires, or where `claims` returns true, the
   * replaced rules' findings are dropped, so one body is never reported twice.
   */
  readonly replaces?: readonly string[]
  /**
   * Whether the response belongs to this rule's convention (e.g. a GraphQL-shaped body), so the
   * `replaces` rules stand down on it even when this rule finds nothing wrong, or is set to `'off'`.
   */
  readonly claims?: (facts: ResponseFacts) => boolean
}

/** A named, opt-in set of rules for an API family that uses its own error conventions. */
export interface Preset {
  readonly name: string
  readonly rules: readonly Rule[]
}

/** Per-rule levels, like a linter's configuration. Unknown ids are a usage error. */
export type RuleLevels = Readonly<Record<string, RuleLevel>>

/**
 * What users write to configure violation detection (per client, endpoint or call), and the compiled form
 * the engine runs.
 */
import type { RuleLevel, Severity } from '../violation.js'
import type { Finding, Preset, ResponseFacts, Rule, RuleLevels } from './types.js'

/** How violations are detected for a client, an endpoint or a call; each layer refines the one below. */
export interface ViolationConfig {
  /**
   * Per-rule levels: `'error'` (the result becomes `protocolViolation`), `'warn'` (reported only) or
   * `'off'`. An id that no built-in rule or enabled preset defines is a `UsageError`.
   * @default {} (every rule at its default severity)
   * @example { 'empty-success-body': 'error', 'missing-allow': 'off' }
   */
  readonly rules?: RuleLevels
  /**
   * Opt-in rule sets for APIs with their own error conventions; their rule ids may then be levelled.
   * @default []
   * @example [presets.slack, presets.graphql]
   */
  readonly presets?: readonly Preset[]
  /**
   * A custom detector, run after the rules. Each finding names its own kebab-case rule id and defaults
   * to severity `'error'`; a finding without a valid id, or a detector that throws, is skipped.
   * @example
   * (facts) =>
   *   facts.status < 300 && facts.headers.has('x-error-code')
   *     ? { rule: 'x-error-code-on-success', message: 'The server sent X-Error-Code on a 2xx; ...' }
   *     : undefined
   */
  readonly detect?: CustomDetector
}

export type CustomDetector = (facts: ResponseFacts) => CustomFinding | readonly CustomFinding[] | undefined

/** A finding from a custom detector: it names its rule, since no `Rule` object stands behind it. */
export interface CustomFinding extends Finding {
  /** Kebab-case id, e.g. `'legacy-error-envelope'`. */
  readonly rule: string
}

/** One rule as it runs: with the level configuration gave it, if any. */
export interface ActiveRule {
  readonly rule: Rule
  /** An explicit level wins over the severity a finding asks for; `undefined` leaves that to the rule. */
  readonly level: Severity | undefined
  /** Set to `'off'`, kept only so its `claims` still silences the rules it `replaces`. */
  readonly claimOnly: boolean
}

/** Compiled configuration; build it with `compileRules` and treat everything but `ids` as opaque. */
export interface CompiledRules {
  /** Every id configuration may name at this layer: the built-ins, then the rules of enabled presets. */
  readonly ids: readonly string[]
  readonly known: ReadonlyMap<string, Rule>
  readonly levels: ReadonlyMap<string, RuleLevel>
  readonly presets: readonly Preset[]
  readonly detectors: readonly CustomDetector[]
  /** Precomputed for the hot path: the rules that run, in order. */
  readonly active: readonly ActiveRule[]
}

/** Rule ids, like a linter's: lower-case words joined by single hyphens. */
export const KEBAB_CASE: RegExp = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/

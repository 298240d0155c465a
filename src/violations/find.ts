/**
 * The hot path: runs compiled rules over one response. Every response goes through here, so nothing is
 * allocated until a rule fires, and each rule bails out on the status or body type first.
 */
import type { Severity, Violation } from '../violation.js'
import {
  type ActiveRule,
  type CompiledRules,
  type CustomDetector,
  type CustomFinding,
  KEBAB_CASE,
} from './config.js'
import type { Finding, ResponseFacts } from './types.js'

const NONE: readonly Violation[] = Object.freeze([])

function isList<T>(result: T | readonly T[]): result is readonly T[] {
  return Array.isArray(result)
}

function isSeverity(value: unknown): value is Severity {
  return value === 'error' || value === 'warn'
}

/** Appends one finding as a violation; findings without a message string (a buggy rule) are dropped. */
function append(
  found: Violation[] | undefined,
  rule: string,
  severity: Severity,
  f: Finding,
): Violation[] | undefined {
  if (typeof f !== 'object' || f === null || typeof f.message !== 'string') return found
  const violation: Violation =
    typeof f.pointer === 'string'
      ? { rule, severity, message: f.message, pointer: f.pointer }
      : { rule, severity, message: f.message }
  if (found === undefined) return [violation]
  found.push(violation)
  return found
}

function runRule(
  found: Violation[] | undefined,
  active: ActiveRule,
  facts: ResponseFacts,
): Violation[] | undefined {
  const { rule, level } = active
  const result = rule.check(facts)
  if (result === undefined) return found
  const findings: readonly Finding[] = isList(result) ? result : [result]
  for (const f of findings) {
    found = append(found, rule.id, level ?? (isSeverity(f?.severity) ? f.severity : rule.defaultSeverity), f)
  }
  return found
}

function runDetector(
  found: Violation[] | undefined,
  detect: CustomDetector,
  facts: ResponseFacts,
): Violation[] | undefined {
  const result = detect(facts)
  if (result === undefined) return found
  const findings: readonly CustomFinding[] = isList(result) ? result : [result]
  for (const f of findings) {
    if (typeof f?.rule !== 'string' || !KEBAB_CASE.test(f.rule)) continue
    found = append(found, f.rule, isSeverity(f.severity) ? f.severity : 'error', f)
  }
  return found
}

/**
 * Runs the compiled rules, then the custom detectors, over one response. The engine allocates nothing
 * when no rule fires. A finding of a rule that another fired or claiming rule `replaces` is dropped.
 */
export function findViolations(facts: ResponseFacts, compiled: CompiledRules): readonly Violation[] {
  let found: Violation[] | undefined
  let silenced: readonly string[] | undefined
  for (const active of compiled.active) {
    const { rule } = active
    // Rules and detectors are heuristics about the server, and presets and detectors are user code: a bug
    // in one must not turn a response into a rejected call (a call never rejects for what the server did).
    // Skipping the one check loses a diagnosis, not the response.
    try {
      const before = found?.length ?? 0
      if (!active.claimOnly) found = runRule(found, active, facts)
      const fired = (found?.length ?? 0) > before
      if (rule.replaces !== undefined && (fired || rule.claims?.(facts) === true)) {
        silenced = silenced === undefined ? rule.replaces : [...silenced, ...rule.replaces]
      }
    } catch {
      // Skipped: see above.
    }
  }
  for (const detect of compiled.detectors) {
    try {
      found = runDetector(found, detect, facts)
    } catch {
      // Skipped, as a throwing rule is.
    }
  }
  if (found === undefined) return NONE
  if (silenced === undefined) return found
  const dropped = silenced
  return found.filter((violation) => !dropped.includes(violation.rule))
}

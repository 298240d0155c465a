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
 * What a rule that threw leaves behind. A rule that cannot finish has not found the response clean: the
 * error may come from the very body it inspects (a stack overflow on deep nesting hid a 200
 * `{"error": ...}` as `ok`, issue 13), so skipping it would turn a hostile body into "no violation".
 * It is reported instead, under the rule's own id and at the rule's severity, so an `error` rule that
 * cannot read a 2xx makes it a `protocolViolation`, and the configuration that silences the rule
 * silences this too. A detector has no id of its own; its failure is `custom-detector`, an error.
 */
function unfinished(what: string, error: unknown): Finding {
  let said: string
  try {
    said = String(error).slice(0, 200) // `RangeError: Maximum call stack size exceeded`
  } catch {
    said = typeof error
  }
  return { message: `${what} threw on this response (${said}), so the response was not checked by it.` }
}

/**
 * Runs the compiled rules, then the custom detectors, over one response. The engine allocates nothing
 * when no rule fires. A finding of a rule that another fired or claiming rule `replaces` is dropped.
 * A rule or detector that throws becomes a finding of its own (see `unfinished`): presets and detectors
 * are user code, and a bug in one must neither reject the call nor pass the response as clean.
 */
export function findViolations(facts: ResponseFacts, compiled: CompiledRules): readonly Violation[] {
  let found: Violation[] | undefined
  let silenced: readonly string[] | undefined
  for (const active of compiled.active) {
    const { rule } = active
    const before = found?.length ?? 0
    if (!active.claimOnly) {
      try {
        found = runRule(found, active, facts)
      } catch (error) {
        // Dropped whatever the rule managed to add; its failure stands in for it, and a specialist that
        // failed silences nothing, so the generic rule it replaces still has its say.
        found?.splice(before)
        found = append(
          found,
          rule.id,
          active.level ?? rule.defaultSeverity,
          unfinished(`The rule '${rule.id}'`, error),
        )
        continue
      }
    }
    const fired = (found?.length ?? 0) > before
    if (rule.replaces !== undefined && (fired || claims(active, facts))) {
      silenced = silenced === undefined ? rule.replaces : [...silenced, ...rule.replaces]
    }
  }
  for (const detect of compiled.detectors) {
    const before = found?.length ?? 0
    try {
      found = runDetector(found, detect, facts)
    } catch (error) {
      found?.splice(before)
      found = append(found, 'custom-detector', 'error', unfinished('A custom detector', error))
    }
  }
  if (found === undefined) return NONE
  if (silenced === undefined) return found
  const dropped = silenced
  return found.filter((violation) => !dropped.includes(violation.rule))
}

/** A `claims` that throws claims nothing: the rules it would silence report as usual. */
function claims(active: ActiveRule, facts: ResponseFacts): boolean {
  try {
    return active.rule.claims?.(facts) === true
  } catch {
    return false
  }
}

/**
 * The violation engine: configuration is compiled once per client (and layered per endpoint or call) into
 * a flat list of the rules that run; `findViolations` then walks that list on every response.
 */
import { UsageError } from '../errors/usage-error.js'
import type { RuleLevel } from '../violation.js'
import {
  type ActiveRule,
  type CompiledRules,
  type CustomDetector,
  KEBAB_CASE,
  type ViolationConfig,
} from './config.js'
import { BUILT_IN_RULES } from './rules/index.js'
import type { Preset, Rule } from './types.js'

export type { CompiledRules, CustomDetector, CustomFinding, ViolationConfig } from './config.js'
export { findViolations } from './find.js'

const LEVELS: ReadonlySet<unknown> = new Set(['error', 'warn', 'off'])

function build(
  known: ReadonlyMap<string, Rule>,
  levels: ReadonlyMap<string, RuleLevel>,
  presets: readonly Preset[],
  detectors: readonly CustomDetector[],
): CompiledRules {
  const active: ActiveRule[] = []
  for (const rule of known.values()) {
    const level = levels.get(rule.id)
    if (level !== 'off') active.push({ rule, level, claimOnly: false })
    else if (rule.replaces !== undefined && rule.claims !== undefined) {
      active.push({ rule, level: undefined, claimOnly: true })
    }
  }
  return { ids: [...known.keys()], known, levels, presets, detectors, active }
}

/** The built-in rules at their default severities, with no preset and no detector. */
export const DEFAULT_RULES: CompiledRules = build(
  new Map(BUILT_IN_RULES.map((r) => [r.id, r])),
  new Map(),
  [],
  [],
)

function addPreset(known: Map<string, Rule>, presets: Preset[], preset: Preset): void {
  if (presets.includes(preset)) return
  if (typeof preset !== 'object' || preset === null || !Array.isArray(preset.rules)) {
    throw new UsageError('invalid violation preset: expected `{ name, rules }`, e.g. `presets.slack`.')
  }
  for (const rule of preset.rules) {
    const taken = known.get(rule.id)
    if (!KEBAB_CASE.test(rule.id)) {
      throw new UsageError(`invalid rule id '${rule.id}' in preset '${preset.name}': ids are kebab-case.`)
    }
    if (taken !== undefined && taken !== rule) {
      throw new UsageError(`duplicate rule id '${rule.id}' in preset '${preset.name}': another rule has it.`)
    }
    known.set(rule.id, rule)
  }
  presets.push(preset)
}

/**
 * Layers `config` over `base` (the defaults when `base` is undefined): presets and detectors accumulate,
 * levels override. Throws `UsageError` for an unknown rule id or a level other than error, warn or off.
 * Returns `base` itself when there is nothing to add, so per-call layering is free when unused.
 */
export function compileRules(
  base: CompiledRules | undefined,
  config: ViolationConfig | undefined,
): CompiledRules {
  const under = base ?? DEFAULT_RULES
  if (config === undefined) return under
  const known = new Map(under.known)
  const presets = [...under.presets]
  for (const preset of config.presets ?? []) addPreset(known, presets, preset)
  const levels = new Map(under.levels)
  for (const [id, level] of Object.entries(config.rules ?? {})) {
    if (!known.has(id)) {
      throw new UsageError(
        `unknown violation rule '${id}' in \`rules\`; valid ids: ${[...known.keys()].join(', ')}. ` +
          "A preset's rules become valid once the preset is enabled in `presets`.",
      )
    }
    if (!LEVELS.has(level)) {
      throw new UsageError(
        `invalid level ${JSON.stringify(level)} for violation rule '${id}'; use 'error', 'warn' or 'off'.`,
      )
    }
    levels.set(id, level)
  }
  const detect = config.detect
  if (detect !== undefined && typeof detect !== 'function') {
    throw new UsageError('invalid `detect`: expected a function `(facts) => finding | findings | undefined`.')
  }
  const detectors =
    detect === undefined || under.detectors.includes(detect) ? under.detectors : [...under.detectors, detect]
  return build(known, levels, presets, detectors)
}

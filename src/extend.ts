/**
 * `client.extend(options)`: a client whose options are layered over its parent's, like ky's `extend` and
 * ofetch's `create`. Scalars (baseURL, timeout, transport, ...) are replaced; what accumulates is merged:
 * headers (the newer layer's names win), retry and violation settings (field by field, presets added),
 * hooks and plugins (the parent's run first, then the child's).
 */
import type { ClientOptions } from './options.js'
import { type HeadersInput, mergeHeaders } from './request/headers.js'
import type { CustomDetector, CustomFinding, ViolationConfig } from './violations/engine.js'

type HeaderSource = ClientOptions['headers']

function layerHeaders(base: HeaderSource, over: HeaderSource): HeaderSource {
  if (base === undefined) return over
  if (over === undefined) return base
  const merged = (a: HeadersInput, b: HeadersInput): Headers => {
    const headers = new Headers()
    mergeHeaders(headers, a)
    mergeHeaders(headers, b)
    return headers
  }
  if (typeof base !== 'function' && typeof over !== 'function') return merged(base, over)
  return async () =>
    merged(typeof base === 'function' ? await base() : base, typeof over === 'function' ? await over() : over)
}

/** Both hooks, the parent's first; a promise from either is awaited before the next runs. */
function chain<A extends unknown[], R extends void | Promise<void>>(
  first: ((...args: A) => R) | undefined,
  second: ((...args: A) => R) | undefined,
): ((...args: A) => R) | undefined {
  if (first === undefined) return second
  if (second === undefined) return first
  return ((...args: A) => {
    const done = first(...args)
    return done instanceof Promise ? done.then(() => second(...args)) : second(...args)
  }) as (...args: A) => R
}

function findings(found: CustomFinding | readonly CustomFinding[] | undefined): readonly CustomFinding[] {
  if (found === undefined) return []
  return Array.isArray(found) ? found : [found as CustomFinding]
}

function layerViolations(
  base: ViolationConfig | undefined,
  over: ViolationConfig | undefined,
): ViolationConfig | undefined {
  if (base === undefined) return over
  if (over === undefined) return base
  const presets = [...(base.presets ?? [])]
  for (const preset of over.presets ?? []) if (!presets.includes(preset)) presets.push(preset)
  const first = base.detect
  const second = over.detect
  const detect: CustomDetector | undefined =
    first && second ? (facts) => [...findings(first(facts)), ...findings(second(facts))] : (first ?? second)
  return {
    rules: { ...base.rules, ...over.rules },
    presets,
    ...(detect === undefined ? {} : { detect }),
  }
}

/** The options of a client derived with `extend`: `over` layered on `base`. */
export function layerOptions(base: ClientOptions, over: ClientOptions): ClientOptions {
  const layered: Record<string, unknown> = { ...base, ...over }
  const set = (key: keyof ClientOptions, value: unknown): void => {
    if (value === undefined) delete layered[key]
    else layered[key] = value
  }
  set('headers', layerHeaders(base.headers, over.headers))
  set(
    'retry',
    over.retry === undefined || over.retry === false || base.retry === undefined || base.retry === false
      ? (over.retry ?? base.retry)
      : { ...base.retry, ...over.retry },
  )
  set('violations', layerViolations(base.violations, over.violations))
  set('clock', base.clock && over.clock ? { ...base.clock, ...over.clock } : (over.clock ?? base.clock))
  set('onRequest', chain(base.onRequest, over.onRequest))
  set('onResult', chain(base.onResult, over.onResult))
  set('onViolation', chain(base.onViolation, over.onViolation))
  set(
    'plugins',
    base.plugins && over.plugins ? [...base.plugins, ...over.plugins] : (over.plugins ?? base.plugins),
  )
  return layered as ClientOptions
}

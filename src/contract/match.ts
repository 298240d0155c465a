import type { StatusKind } from '../status.js'
import type { Covered } from './types.js'

type Kinded = { readonly kind: string }
type Handler<R, K, T> = (result: Extract<R, { readonly kind: K }>) => T
/** What the handlers of `match` can return: the union of their return types. */
type Returned<H> = { [K in keyof H]: H[K] extends (result: never) => infer T ? T : never }[keyof H]

/**
 * The kinds a contract declared by their own code: status results whose `data` a schema (or `null`)
 * typed. Undeclared statuses carry `data: unknown`, kinds typed by a range or `default` are `Covered`,
 * and the non-status kinds are not statuses, so none of them counts.
 */
export type DeclaredKindsOf<R> = R extends {
  readonly kind: infer K extends StatusKind
  readonly data: infer D
}
  ? unknown extends D
    ? never
    : R extends Covered
      ? never
      : K
  : never

/** One handler per kind of the result: leaving one out is a compile error. */
export type Handlers<R extends Kinded, T> = { readonly [K in R['kind']]: Handler<R, K, T> }

/**
 * A handler for every declared kind (leaving one out is a compile error, so a status added to a contract
 * flags every `match` that does not handle it yet), optional handlers for the others, and `_` for the rest:
 * the undeclared statuses and the kinds that are not a status.
 */
export type HandlersWithFallback<R extends Kinded, T> = {
  readonly [K in DeclaredKindsOf<R>]: Handler<R, K, T>
} & { readonly [K in Exclude<R['kind'], DeclaredKindsOf<R>>]?: Handler<R, K, T> } & {
  readonly _: (result: Exclude<R, { readonly kind: DeclaredKindsOf<R> }>) => T
}

/**
 * Calls the handler for the result's kind (or `_`) and returns what it returns. Every kind the endpoint
 * declares needs its own handler; `_` handles everything else, and without `_` every kind needs one.
 *
 * @example
 * const text = match(r, { ok: (r) => r.data.name, notFound: () => 'no such user', _: (r) => r.kind })
 */
export function match<R extends Kinded, const H extends HandlersWithFallback<R, unknown>>(
  result: R,
  handlers: H,
): Returned<H>
export function match<R extends Kinded, const H extends Handlers<R, unknown>>(
  result: R,
  handlers: H,
): Returned<H>
export function match<R extends Kinded>(
  result: R,
  handlers: Handlers<R, unknown> | HandlersWithFallback<R, unknown>,
): unknown {
  const table = handlers as Readonly<Record<string, ((result: R) => unknown) | undefined>>
  const handler = table[result.kind] ?? table._
  if (handler === undefined) {
    // Only reachable when the types were bypassed (a cast, or a kind added at runtime).
    throw new TypeError(`[honest-fetch] match has no handler for kind "${result.kind}" and no "_" fallback.`)
  }
  return handler(result)
}

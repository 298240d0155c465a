type Kinded = { readonly kind: string }
type Handler<R, K, T> = (result: Extract<R, { readonly kind: K }>) => T
/** What the handlers of `match` can return: the union of their return types. */
type Returned<H> = { [K in keyof H]: H[K] extends (result: never) => infer T ? T : never }[keyof H]

/** One handler per kind of the result: leaving one out is a compile error. */
export type Handlers<R extends Kinded, T> = { readonly [K in R['kind']]: Handler<R, K, T> }

/** Handlers for some kinds, and `_` for the rest. */
export type HandlersWithFallback<R extends Kinded, T> = { readonly [K in R['kind']]?: Handler<R, K, T> } & {
  readonly _: (result: R) => T
}

/**
 * Calls the handler for the result's kind (or `_`) and returns what it returns. Without `_`, a
 * handler is required for every kind the result can have.
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

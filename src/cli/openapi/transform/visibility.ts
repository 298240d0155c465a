// `readOnly` and `writeOnly` (OpenAPI 3 "Fixed Fields" of the Schema Object): a readOnly property is the
// server's to set and is left out of request bodies; a writeOnly one (a password) never comes back, so a
// response need not carry it even where it is required.
import { isObject, resolvePointer } from './pointer.js'

/** Which side of the exchange a schema is written for; parameters are neither and read a schema as is. */
export type Side = 'request' | 'response'

/** Keys whose values are data, not schemas: a `$ref` or `properties` inside them means nothing. */
const DATA = new Set(['example', 'examples', 'default', 'enum', 'const'])

function flag(doc: unknown, property: unknown, name: 'readOnly' | 'writeOnly'): boolean {
  if (!isObject(property)) return false
  if (property[name] === true) return true
  // `readOnly` may sit on the schema a property refers to (`id: { $ref: Id }` with `Id` read-only).
  if (typeof property.$ref !== 'string' || !property.$ref.startsWith('#')) return false
  try {
    const target = resolvePointer(doc, property.$ref, property.$ref)
    return isObject(target) && target[name] === true
  } catch {
    return false
  }
}

/** Whether a property is left out of a request body. */
export function isReadOnly(doc: unknown, property: unknown): boolean {
  return flag(doc, property, 'readOnly')
}

/** Whether a property may be missing from a response even when required. */
export function isWriteOnly(doc: unknown, property: unknown): boolean {
  return flag(doc, property, 'writeOnly')
}

/**
 * Which named schemas read differently in a request and a response: those with a readOnly or writeOnly
 * property of their own, or reaching one through `$ref`s. Only these get a request constant of their own.
 */
export class Visibility {
  readonly #own = new Map<string, { marked: boolean; refs: string[] }>()
  readonly #differs = new Map<string, boolean>()

  constructor(readonly doc: unknown) {}

  differs(ref: string): boolean {
    const known = this.#differs.get(ref)
    if (known !== undefined) return known
    // Reachability over the `$ref` graph, cycles included: a breadth-first walk from `ref`.
    const seen = new Set([ref])
    const queue = [ref]
    let found = false
    for (let next = queue.shift(); next !== undefined && !found; next = queue.shift()) {
      const own = this.#scan(next)
      found = own.marked || own.refs.some((r) => this.#differs.get(r) === true)
      for (const r of own.refs) {
        if (seen.has(r) || this.#differs.get(r) === false) continue
        seen.add(r)
        queue.push(r)
      }
    }
    // A walk that found nothing has seen everything `ref` reaches: all of it reads alike on both sides.
    if (found) this.#differs.set(ref, true)
    else for (const r of seen) this.#differs.set(r, false)
    return found
  }

  /** The schema's own readOnly/writeOnly properties and the `$ref`s it makes, not following them. */
  #scan(ref: string): { marked: boolean; refs: string[] } {
    const known = this.#own.get(ref)
    if (known !== undefined) return known
    const own = { marked: false, refs: [] as string[] }
    let target: unknown
    try {
      target = resolvePointer(this.doc, ref, ref)
    } catch {
      target = undefined
    }
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) {
        for (const item of node) walk(item)
        return
      }
      if (!isObject(node)) return
      if (typeof node.$ref === 'string' && node.$ref.startsWith('#')) own.refs.push(node.$ref)
      if (isObject(node.properties)) {
        for (const property of Object.values(node.properties))
          if (isReadOnly(this.doc, property) || isWriteOnly(this.doc, property)) own.marked = true
      }
      for (const [key, value] of Object.entries(node)) if (!DATA.has(key)) walk(value)
    }
    walk(target)
    this.#own.set(ref, own)
    return own
  }
}

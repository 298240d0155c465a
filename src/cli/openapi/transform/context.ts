import { NameSet, pascalCase } from './names.js'
import { resolvePointer } from './pointer.js'
import { type Side, Visibility } from './visibility.js'

/** Something left out of the generated module, counted in its header and printed to stderr. */
export interface Note {
  readonly topic: string
  readonly pointer: string
  readonly message: string
}

export interface GenerateOptions {
  /** The export name, from `--name`. */
  readonly name: string
  /** Check `format`s (`date-time`, `email`, `uri`, `uuid`) instead of leaving them as plain strings. */
  readonly strictFormats: boolean
  /** Only the operations with one of these tags (a contract per tag checks faster than the whole API). */
  readonly tags?: readonly string[]
  /**
   * Only the operations under one of these path prefixes, segment by segment (`/v1/charges` keeps
   * `/v1/charges/{charge}`, not `/v1/charges_search`): for descriptions without tags, as Stripe's. With
   * `tags` too, an operation either selects is kept.
   */
  readonly paths?: readonly string[]
  /** Also export the description's response examples, for `mockApi(api, { examples })`. */
  readonly examples?: boolean
}

/** Marks a reference to a schema still being written (a cycle): resolved later by a getter or `z.lazy`. */
export const LAZY = '\u0000lazy:'
export const LAZY_END = '\u0000'

/** A schema transform: a schema object at a JSON pointer to zod source. */
export type SchemaTransform = (ctx: Context, schema: unknown, pointer: string) => string

/**
 * What the transforms share: the document, the named schema constants written so far (in the order they
 * must be declared: each after what it uses), and the notes.
 */
export class Context {
  readonly notes: Note[] = []
  readonly declarations: string[] = []
  readonly names: NameSet = new NameSet()
  /** Set when a `deepObject` query parameter needs the module's small flattening helper. */
  usesDeepObject = false
  /**
   * The side the schemas being written are for: a request leaves readOnly properties out, a response lets
   * writeOnly ones be missing. `undefined` (parameters) reads schemas as they are.
   */
  side: Side | undefined = undefined
  readonly #visibility: Visibility
  readonly #byRef = new Map<string, { name: string; done: boolean; depth: number }>()
  /** The `$ref`s being written, outermost first, each with the deepest named schema it reads so far. */
  readonly #writing: { ref: string; depth: number }[] = []

  constructor(
    readonly doc: Record<string, unknown>,
    readonly options: GenerateOptions,
    readonly schemaTransform: SchemaTransform,
  ) {
    this.#visibility = new Visibility(doc)
  }

  /** Writes `write`'s schemas for one side of the exchange. */
  for<T>(side: Side | undefined, write: () => T): T {
    const outer = this.side
    this.side = side
    try {
      return write()
    } finally {
      this.side = outer
    }
  }

  readonly #shared = new Map<string, string>()

  /** A constant for `source`, declared once however many places use the same source. */
  shared(source: string, wanted: string): string {
    const known = this.#shared.get(source)
    if (known !== undefined) return known
    const name = this.names.take(wanted)
    this.#shared.set(source, name)
    this.declarations.push(`const ${name} = ${source}`)
    return name
  }

  note(topic: string, pointer: string, message: string): void {
    this.notes.push({ topic, pointer, message })
  }

  /**
   * The constant for the schema a `$ref` names, written on first use. A reference back into the schema
   * being written (a cycle of one) comes back marked, for the object transform to put behind a getter.
   * A longer cycle, or a schema whose named schemas nest deeper than tsc can infer, is read loosely.
   */
  schemaRef(target: string, at: string): string {
    // A schema that reads differently in a request has a second constant (`PetRequest` beside `Pet`),
    // keyed apart; every other schema has one constant, the response reading, used on both sides.
    const request = this.side === 'request' && this.#visibility.differs(target)
    const ref = request ? `${target}${REQUEST}` : target
    const known = this.#byRef.get(ref)
    if (known && !known.done) {
      const top = this.#writing[this.#writing.length - 1]
      if (top?.ref === ref) return `${LAZY}${known.name}${LAZY_END}`
      this.note('loosened', at, `${target} closes a cycle through several schemas; typed as unknown there`)
      return loosely(known.name)
    }
    const entry = known ?? this.#write(target, request ? 'request' : 'response', at)
    if (entry.depth > MAX_DEPTH) {
      this.note('loosened', at, `${target} nests named schemas ${entry.depth} deep; typed as unknown there`)
      return loosely(entry.name)
    }
    const top = this.#writing[this.#writing.length - 1]
    if (top) top.depth = Math.max(top.depth, entry.depth)
    return entry.name
  }

  #write(target: string, side: Side, at: string): { name: string; done: boolean; depth: number } {
    const schema = resolvePointer(this.doc, target, at)
    const last = target.split('/').pop() ?? 'Schema'
    const base = pascalCase(decodeURIComponent(last).replace(/~1/g, '/').replace(/~0/g, '~'))
    const name = this.names.take(side === 'request' ? `${base}Request` : base)
    const entry = { name, done: false, depth: 1 }
    const ref = side === 'request' ? `${target}${REQUEST}` : target
    this.#byRef.set(ref, entry)
    const frame = { ref, depth: 0 }
    this.#writing.push(frame)
    // A named schema's constant is the same wherever it is used: written for its side, not its user's.
    const source = this.for(side, () => this.schemaTransform(this, schema, target))
    this.#writing.pop()
    entry.done = true
    entry.depth = frame.depth + 1
    this.declarations.push(`const ${name} = ${lazyLeftovers(source)}`)
    return entry
  }
}

/**
 * How deep named schemas may nest (each reading the next) and still be typed. Inferring a zod type costs
 * tsc a few levels of its instantiation limit (100) per schema: Stripe's 24-deep chains (BankAccount ->
 * Account -> Card -> Customer -> ...) end in "excessively deep" errors. A reference past this depth is
 * checked at runtime all the same, and typed as unknown.
 */
const MAX_DEPTH = 8

/** Keys a schema's request constant apart from its response one (no `$ref` contains it). */
const REQUEST = '\u0000request'

/**
 * A reference tsc does not follow: `z.lazy` typed as `z.ZodType`, with the target asserted rather than
 * checked against it (`as never`), since checking it is the deep inference this avoids.
 */
function loosely(name: string): string {
  return `z.lazy((): z.ZodType => ${name} as never)`
}

/** Cycle marks left outside any getter become `z.lazy`, typed loosely so the cycle does not defeat inference. */
export function lazyLeftovers(source: string): string {
  return source.replace(
    new RegExp(`${LAZY}([A-Za-z0-9_$]+)${LAZY_END}`, 'g'),
    (_m, name: string) => `z.lazy((): z.ZodType => ${name})`,
  )
}

/** Cycle marks inside a getter's body: the getter already defers the read, so the bare name is enough. */
export function unmarkLazy(source: string): string {
  return source.replace(new RegExp(`${LAZY}([A-Za-z0-9_$]+)${LAZY_END}`, 'g'), '$1')
}

export function hasLazy(source: string): boolean {
  return source.includes(LAZY)
}

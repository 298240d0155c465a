// Names in the generated module: endpoint names (SPEC.md "OpenAPI"), schema constant names and path
// templates in the `:name` form the runtime fills.

// Names the module itself uses, and globals its code reads (`z.instanceof(Blob)`): a schema called
// `Blob` (GitHub has one) must not shadow them.
const RESERVED = new Set([
  'api',
  'z',
  'defineApi',
  'deepObjects',
  'Array',
  'Blob',
  'Boolean',
  'Date',
  'Error',
  'File',
  'FormData',
  'Function',
  'Headers',
  'JSON',
  'Map',
  'Math',
  'Number',
  'Object',
  'Promise',
  'Record',
  'RegExp',
  'Request',
  'Response',
  'Set',
  'String',
  'Symbol',
  'Uint8Array',
  'URLSearchParams',
  'undefined',
])

function words(text: string): string[] {
  return text.split(/[^A-Za-z0-9]+/).filter((word) => word !== '')
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

/** `issues/list-for-repo` becomes `issuesListForRepo`; a leading digit gets a `_`. */
export function camelCase(text: string): string {
  const [first = '', ...rest] = words(text)
  const name = first.charAt(0).toLowerCase() + first.slice(1) + rest.map(capitalize).join('')
  if (name === '') return '_'
  return /^[0-9]/.test(name) ? `_${name}` : name
}

/** `simple-user` becomes `SimpleUser`, the name of a schema constant. */
export function pascalCase(text: string): string {
  const name = words(text).map(capitalize).join('')
  if (name === '') return 'Schema'
  if (/^[0-9]/.test(name)) return `Schema${name}`
  return RESERVED.has(name) ? `${name}Schema` : name
}

/** The name of an operation without an `operationId`: `GET /pets/{petId}` becomes `getPetsByPetId`. */
export function nameFromRoute(method: string, path: string): string {
  const parts = path.split('/').filter((segment) => segment !== '')
  const named = parts.map((segment) =>
    segment.replace(/\{([^}]*)\}/g, (_m, param: string) => ` by ${param} `),
  )
  return camelCase(`${method.toLowerCase()} ${named.join(' ')}`)
}

/** Hands out unique names: the second `x` becomes `x2`. */
export class NameSet {
  readonly #taken = new Set<string>()
  take(wanted: string): string {
    let name = wanted
    for (let n = 2; this.#taken.has(name) || RESERVED.has(name); n += 1) name = `${wanted}${n}`
    this.#taken.add(name)
    return name
  }
}

/** A path parameter name the runtime's `:name` pattern reads whole: an identifier. */
export function paramName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : camelCase(name)
}

/**
 * An OpenAPI path template in the runtime's form: `{id}` becomes `:id`; `{Sid}.json` stays `:Sid.json`
 * (the name ends where the identifier ends); a parameter that spans segments becomes `:path*`.
 */
export function pathTemplate(path: string, spanning: ReadonlySet<string>): string {
  return path.replace(
    /\{([^}]*)\}/g,
    (_m, name: string) => `:${paramName(name)}${spanning.has(name) ? '*' : ''}`,
  )
}

import { OpenApiError } from '../openapi-error.js'

/** RFC 6901: `~` and `/` inside a token are written `~0` and `~1`. */
export function child(pointer: string, token: string | number): string {
  return `${pointer}/${String(token).replace(/~/g, '~0').replace(/\//g, '~1')}`
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The value a local `$ref` (`#/components/...`) points at; `at` is where the `$ref` was written. */
export function resolvePointer(doc: unknown, ref: string, at: string): unknown {
  if (!ref.startsWith('#')) {
    throw new OpenApiError(at, `$ref ${JSON.stringify(ref)} was not resolved; is the file it names readable?`)
  }
  let value = doc
  for (const raw of ref.slice(1).split('/').slice(1)) {
    const token = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~')
    if (Array.isArray(value)) value = value[Number(token)]
    else if (isObject(value) && Object.hasOwn(value, token)) value = value[token]
    else throw new OpenApiError(at, `$ref ${JSON.stringify(ref)} points at nothing in the document.`)
  }
  return value
}

/** Follows `$ref`s of a parameter, request body, response or example to the object itself. */
export function deref(doc: unknown, value: unknown, at: string): { value: unknown; pointer: string } {
  let pointer = at
  for (let hops = 0; isObject(value) && typeof value.$ref === 'string'; hops += 1) {
    if (hops > 50) throw new OpenApiError(at, '$ref chain does not end (a $ref that points at itself?).')
    const ref = value.$ref
    value = resolvePointer(doc, ref, pointer)
    pointer = ref.slice(1) === '' ? '#' : ref
  }
  return { value, pointer }
}

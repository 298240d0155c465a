/**
 * A declared form body's object as the `URLSearchParams` or `FormData` that request-body.ts passes
 * through and every transport turns into bytes and labels (fetch and undici set the multipart boundary).
 * URLSearchParams and FormData do the escaping; only the bracket flattening is written here, because
 * qs, the library that does it, is 18 KB gzipped with its dependencies in a browser bundle (qs 6.14,
 * esbuild): more than the whole core, for what takes 60 lines here (this chunk is 0.6 KB).
 * Loaded with `import()` by the first call of an endpoint that declares a form body.
 */
import type { FormBody, FormEncoding } from '../contract/define.js'

type Add = (key: string, value: string) => void

const isObject = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && !(value instanceof Date)

/** Numbers as written, `true`/`false`, a Date in ISO form, a string as given (`''` unsets in Stripe). */
const text = (value: unknown): string => (value instanceof Date ? value.toISOString() : String(value))

/** `metadata[key]=value` at any depth; arrays `key[]=a`, or `key[0][field]=a` for arrays of objects. */
function flatten(key: string, value: unknown, add: Add): void {
  if (value === null || value === undefined) return
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      flatten(isObject(item) ? `${key}[${i}]` : `${key}[]`, item, add)
    })
  } else if (isObject(value)) {
    for (const [name, item] of Object.entries(value)) flatten(`${key}[${name}]`, item, add)
  } else {
    add(key, text(value))
  }
}

function urlencoded(name: string, value: unknown, encoding: FormEncoding, add: Add): void {
  // `style: 'form'` (OpenAPI's default): a list of scalars repeats its key, or is one comma-joined value.
  if (Array.isArray(value) && encoding.style !== 'deepObject' && !value.some(isObject)) {
    const items = value.filter((item) => item !== null && item !== undefined).map(text)
    if (encoding.explode === false) add(name, items.join(','))
    else for (const item of items) add(name, item)
  } else {
    flatten(name, value, add)
  }
}

/** Files as file parts, scalars as text, each item of a list its own part, objects as JSON parts. */
function multipart(form: FormData, name: string, value: unknown, encoding: FormEncoding): void {
  if (value === null || value === undefined) return
  if (Array.isArray(value)) {
    for (const item of value) multipart(form, name, item, encoding)
  } else if (value instanceof Blob) {
    form.append(name, value)
  } else if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) {
    form.append(name, new Blob([value as ArrayBuffer], { type: encoding.contentType ?? '' }))
  } else if (isObject(value)) {
    form.append(name, new Blob([JSON.stringify(value)], { type: encoding.contentType ?? 'application/json' }))
  } else if (encoding.contentType !== undefined) {
    form.append(name, new Blob([text(value)], { type: encoding.contentType }))
  } else {
    form.append(name, text(value))
  }
}

/**
 * The form to send for `value`, the object its schema gave (api-client.ts checks it is one); the audit
 * sends its probes' forms through here too.
 */
export function encodeForm(
  spec: Pick<FormBody, 'contentType' | 'encoding'>,
  value: object,
): URLSearchParams | FormData {
  const entries = Object.entries(value)
  if (spec.contentType === 'multipart/form-data') {
    const form = new FormData()
    for (const [name, field] of entries) multipart(form, name, field, spec.encoding?.[name] ?? {})
    return form
  }
  const params = new URLSearchParams()
  const add: Add = (key, item) => params.append(key, item)
  for (const [name, field] of entries) urlencoded(name, field, spec.encoding?.[name] ?? {}, add)
  return params
}

/**
 * A declared form body read back into the object the client serialized, for `handle`: the inverse of
 * src/transport/form-body.ts. Brackets are un-flattened (`metadata[key]`, `items[0][price]`, `expand[]`),
 * a repeated key becomes a list, a file part a `File`, a JSON part its value. Written by hand for the
 * same reason the encoder is: qs would be a dependency for these few lines.
 */
import type { StandardSchemaV1 } from '@standard-schema/spec'
import type { FormBody } from '../contract/define.js'
import { MockError } from './mock-error.js'

type Key = string | number
type Tree = Record<string, unknown> | unknown[]

/** `a[b][0][]` -> `['a', 'b', 0, '']`; `''` appends to a list. */
function keysOf(name: string): Key[] {
  const open = name.indexOf('[')
  if (open <= 0 || !name.endsWith(']')) return [name]
  const inner = name.slice(open + 1, -1).split('][')
  return [name.slice(0, open), ...inner.map((key) => (/^\d+$/.test(key) ? Number(key) : key))]
}

function put(root: Record<string, unknown>, name: string, value: unknown): void {
  const keys = keysOf(name)
  if (keys.includes('__proto__')) return
  let node: Tree = root
  keys.forEach((key, i) => {
    const next = keys[i + 1]
    const holder = node as Record<Key, unknown>
    const slot: Key = key === '' ? (node as unknown[]).length : key
    if (next === undefined) {
      const seen = holder[slot]
      // A key sent twice without brackets is a list (`tags=a&tags=b`).
      holder[slot] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value]
      return
    }
    if (typeof holder[slot] !== 'object' || holder[slot] === null) {
      holder[slot] = next === '' || typeof next === 'number' ? [] : {}
    }
    node = holder[slot] as Tree
  })
}

async function entryValue(value: FormDataEntryValue): Promise<unknown> {
  if (typeof value === 'string') return value
  return /[/+]json\b/i.test(value.type) ? JSON.parse(await value.text()) : value
}

/** The fields of a form request as the object the client encoded; values are still text. */
export async function readForm(
  where: string,
  request: Request,
  spec: FormBody,
): Promise<Record<string, unknown>> {
  const type = request.headers.get('content-type') ?? 'no Content-Type'
  if (type.split(';')[0]?.trim().toLowerCase() !== spec.contentType) {
    throw new MockError(`${where}: the request body is ${type}; the contract declares ${spec.contentType}.`)
  }
  const fields: Record<string, unknown> = {}
  if (spec.contentType === 'multipart/form-data') {
    for (const [name, value] of await request.formData()) put(fields, name, await entryValue(value))
  } else {
    for (const [name, value] of new URLSearchParams(await request.text())) put(fields, name, value)
  }
  return fields
}

/** Numbers and booleans as the client wrote them before they became text (a form field, a query value). */
export const scalar = (text: string): unknown =>
  text === 'true'
    ? true
    : text === 'false'
      ? false
      : text !== '' && Number.isFinite(Number(text))
        ? Number(text)
        : text

/** What a leaf the schema refused may have been before it became text (or a part of its own type). */
async function alternatives(leaf: unknown): Promise<unknown[]> {
  if (leaf === undefined) return [[]] // an empty list sends nothing
  if (leaf instanceof Blob) return [await leaf.text()] // a string sent with an encoding's contentType
  if (Array.isArray(leaf)) return [leaf.map((item) => (typeof item === 'string' ? scalar(item) : item))]
  if (typeof leaf !== 'string') return [[leaf]]
  return [scalar(leaf), [leaf], [scalar(leaf)]]
}

function pathOf(issue: StandardSchemaV1.Issue): Key[] {
  return (issue.path ?? []).map((segment) => {
    const key = typeof segment === 'object' ? segment.key : segment
    return typeof key === 'number' ? key : String(key)
  })
}

function at(tree: unknown, path: readonly Key[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<Key, unknown> | undefined)?.[key], tree)
}

function replaced(tree: unknown, path: readonly Key[], value: unknown): unknown {
  const [key, ...rest] = path
  if (key === undefined) return value
  const copy = (Array.isArray(tree) ? [...tree] : { ...(tree as object) }) as Record<Key, unknown>
  copy[key] = replaced(copy[key], rest, value)
  return copy
}

const within = (issue: StandardSchemaV1.Issue, path: readonly Key[]): boolean => {
  const own = pathOf(issue)
  return path.every((key, i) => own[i] === key)
}

/**
 * The form read back through the body's schema. A form has lost its types (`5` or `"5"`, one value or a
 * list of one), so each field the schema refuses is read again, as a number or boolean, then as a list,
 * until the schema accepts the object; its output is what `handle` gets.
 */
export async function typedForm(where: string, spec: FormBody, fields: unknown): Promise<unknown> {
  const validate = async (value: unknown) => spec.schema['~standard'].validate(value)
  let current = fields
  for (let round = 0; round < 100; round++) {
    const outcome = await validate(current)
    if (!outcome.issues) return outcome.value
    const first = outcome.issues[0] as StandardSchemaV1.Issue
    const path = pathOf(first)
    let fixed = false
    for (const candidate of await alternatives(at(current, path))) {
      const next = replaced(current, path, candidate)
      const again = await validate(next)
      if (!again.issues?.some((issue) => within(issue, path))) {
        current = next
        fixed = true
        break
      }
    }
    if (!fixed) {
      const listed = outcome.issues.map((issue) => issue.message).join('; ')
      throw new MockError(`${where}: the form body does not fit the contract's body schema (${listed}).`)
    }
  }
  throw new MockError(`${where}: the form body has too many fields to read back through the schema.`)
}

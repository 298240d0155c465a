// Reading a description: JSON or YAML, OpenAPI 3.0 or 3.1, with references to other files bundled in
// (json-schema-ref-parser), so the transforms only ever follow local `#/...` pointers.
import { readFile } from 'node:fs/promises'
import { $RefParser, type JSONParserError } from '@apidevtools/json-schema-ref-parser'
import { parse as parseYaml } from 'yaml'
import { OpenApiError } from './openapi-error.js'
import { isObject } from './transform/pointer.js'

function parseText(text: string, file: string): unknown {
  try {
    // YAML 1.2 is a superset of JSON, but JSON.parse is many times faster on a 13 MB description.
    return text.trimStart().startsWith('{') ? JSON.parse(text) : parseYaml(text, { maxAliasCount: -1 })
  } catch (error) {
    throw new OpenApiError('#', `${file} is neither JSON nor YAML: ${(error as Error).message}`, {
      cause: error,
    })
  }
}

function hasExternalRef(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasExternalRef)
  if (!isObject(value)) return false
  if (typeof value.$ref === 'string' && !value.$ref.startsWith('#')) return true
  return Object.values(value).some(hasExternalRef)
}

function pointerOf(error: JSONParserError): string {
  const path = error.path ?? []
  return `#${path.map((token) => `/${String(token).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('')}`
}

/** The description at `file`, checked to be OpenAPI 3.0 or 3.1, with external `$ref`s bundled in. */
export async function loadDescription(file: string): Promise<Record<string, unknown>> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw new OpenApiError('#', `cannot read ${file}: ${(error as Error).message}`, { cause: error })
  }
  const doc = parseText(text, file)
  if (!isObject(doc)) throw new OpenApiError('#', `${file} is not an object; an OpenAPI description is.`)
  const version = typeof doc.openapi === 'string' ? doc.openapi : undefined
  if (version === undefined || !/^3\.[01]\./.test(version)) {
    const found = version ?? (typeof doc.swagger === 'string' ? `swagger ${doc.swagger}` : 'no version')
    throw new OpenApiError(
      '#/openapi',
      `is ${JSON.stringify(found)}; OpenAPI 3.0 and 3.1 are read (convert Swagger 2.0 first).`,
    )
  }
  if (!hasExternalRef(doc)) return doc
  try {
    return (await $RefParser.bundle(file, doc, {
      resolve: { http: false },
      parse: {
        yaml: {
          order: 200,
          canParse: ['.yaml', '.yml'],
          parse: (f: { data: unknown }) => parseYaml(String(f.data)) as never,
        },
      },
    })) as Record<string, unknown>
  } catch (error) {
    const where =
      typeof (error as JSONParserError).path !== 'undefined' ? pointerOf(error as JSONParserError) : '#'
    throw new OpenApiError(where, `cannot resolve a $ref: ${(error as Error).message}`, { cause: error })
  }
}

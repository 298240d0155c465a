import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

/**
 * GitHub's documented successes: every 2xx example of the REST API's OpenAPI description in
 * `@octokit/openapi`, with the media type of the content key it is listed under. The description is read
 * straight from its JSON file (13 MB), not through the package's index, which loads every GHES version too.
 */

export interface DocumentedExample {
  /** `METHOD /path status media/type example-name`, to name a finding. */
  readonly id: string
  readonly method: string
  readonly status: number
  readonly mediaType: string
  /** The example as it goes on the wire: JSON text for structured values, the string itself otherwise. */
  readonly body: string
}

interface Example {
  readonly $ref?: string
  readonly value?: unknown
}
interface Content {
  readonly example?: unknown
  readonly examples?: Readonly<Record<string, Example>>
}
interface Response {
  readonly $ref?: string
  readonly content?: Readonly<Record<string, Content>>
}
interface Description {
  readonly paths: Readonly<Record<string, Readonly<Record<string, { responses?: Record<string, Response> }>>>>
  readonly components: {
    readonly responses: Readonly<Record<string, Response>>
    readonly examples: Readonly<Record<string, Example>>
  }
}

/** `#/components/<section>/<name>` to its object; a description without it is a broken package. */
function resolve<T>(section: Readonly<Record<string, T>>, ref: string): T {
  const found = section[ref.slice(ref.lastIndexOf('/') + 1)]
  if (found === undefined) throw new Error(`@octokit/openapi: unresolved ${ref}`)
  return found
}

function wire(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value)
}

export function loadGitHubExamples(): DocumentedExample[] {
  const file = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json')
  const description = JSON.parse(readFileSync(file, 'utf8')) as Description
  const { responses, examples } = description.components
  const found: DocumentedExample[] = []
  for (const [path, operations] of Object.entries(description.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      for (const [status, listed] of Object.entries(operation.responses ?? {})) {
        if (!status.startsWith('2')) continue
        const response = listed.$ref === undefined ? listed : resolve(responses, listed.$ref)
        for (const [mediaType, content] of Object.entries(response.content ?? {})) {
          const named = Object.entries(content.examples ?? {}).map(([name, example]) => {
            const value = example.$ref === undefined ? example.value : resolve(examples, example.$ref).value
            return [name, value] as const
          })
          if (content.example !== undefined) named.push(['example', content.example])
          for (const [name, value] of named) {
            found.push({
              id: `${method.toUpperCase()} ${path} ${status} ${mediaType} ${name}`,
              method: method.toUpperCase(),
              status: Number(status),
              mediaType,
              body: wire(value),
            })
          }
        }
      }
    }
  }
  return found
}

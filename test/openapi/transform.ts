// Runs one transform on a small document, as the generator would, for tests that read the source.
import { Context, type GenerateOptions, lazyLeftovers } from '../../src/cli/openapi/transform/context.js'
import { schemaSource } from '../../src/cli/openapi/transform/schema.js'

export const OPTIONS: GenerateOptions = { name: 'api', strictFormats: false }

export function contextFor(
  doc: Record<string, unknown> = {},
  options: Partial<GenerateOptions> = {},
): Context {
  return new Context(doc, { ...OPTIONS, ...options }, schemaSource)
}

/** The zod source for `schema`, and the constants it made for the `components.schemas` it uses. */
export function zodOf(
  schema: unknown,
  schemas: Record<string, unknown> = {},
  options: Partial<GenerateOptions> = {},
): { source: string; declarations: string[]; notes: string[] } {
  const ctx = contextFor({ components: { schemas } }, options)
  const source = lazyLeftovers(schemaSource(ctx, schema, '#/test'))
  return { source, declarations: ctx.declarations, notes: ctx.notes.map((n) => `${n.topic} ${n.pointer}`) }
}

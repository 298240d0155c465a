// Named schemas that nest deeper than tsc can infer (Stripe: BankAccount -> Account -> Card -> Customer
// -> ... 24 deep, and cycles through several of them) used to end in "Type instantiation is excessively
// deep". The fixture is a ring of 30 schemas, each reading the next and the previous: the module must
// type-check, the references past the depth limit are noted, and zod still checks them at runtime.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { loadDescription } from '../../src/cli/openapi/load.js'
import { type Generated, generate } from '../../src/cli/openapi/transform/document.js'
import type { Api } from '../../src/index.js'
import { runTsc } from '../helpers/tsc.js'
import { OPTIONS } from './transform.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
let dir: string
let generated: Generated

beforeAll(async () => {
  // Under the project, so tsc finds the types its config names; node_modules/.cache is not checked in.
  await mkdir(`${root}node_modules/.cache`, { recursive: true })
  dir = await mkdtemp(`${root}node_modules/.cache/honest-fetch-deep-schemas-`)
  const doc = await loadDescription(new URL('./fixtures/deep-links.json', import.meta.url).pathname)
  generated = generate(doc, 'deep-links.json', { ...OPTIONS, name: 'links' })
  await writeFile(join(dir, 'links.ts'), generated.source)
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('schemas nested past what tsc infers', () => {
  test('the module type-checks under strict, without "excessively deep"', async () => {
    const tsconfig = {
      extends: `${root}tsconfig.json`,
      compilerOptions: { noEmit: true, paths: { 'honest-fetch': [`${root}src/index.ts`] } },
      include: [],
      exclude: [],
      files: ['links.ts'],
    }
    await writeFile(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig))
    const tsc = await runTsc('typescript', ['-p', join(dir, 'tsconfig.json')])
    expect(tsc.output).toBe('')
    expect(tsc.code).toBe(0)
  }, 60_000)

  test('the references read loosely are noted and counted in the header', () => {
    const loosened = generated.notes.filter((note) => note.topic === 'loosened')
    expect(loosened.length).toBeGreaterThan(0)
    expect(loosened.map((note) => note.message)).toContain(
      '#/components/schemas/link1 closes a cycle through several schemas; typed as unknown there',
    )
    expect(generated.source).toContain('z.lazy((): z.ZodType => Link1 as never)')
    expect(generated.source).toContain('// Left out or loosened (')
  })

  test('zod still checks a loosely read schema at runtime', async () => {
    const { links } = (await import(join(dir, 'links.ts'))) as { links: Api }
    const schema = links.getLink?.responses[200] as Parameters<typeof validate>[0]
    // Link1 -> Link2 -> ... -> Link30 -> Link1: the ring comes back to the loosely read Link1.
    let ring: Record<string, unknown> = { id: 'last', next: { id: 'again', next: null } }
    for (let i = 29; i >= 1; i -= 1) ring = { id: `l${i}`, next: ring }
    expect(await validate(schema, ring)).toBeUndefined()
    let bad: Record<string, unknown> = { id: 'last', next: { id: 42 } }
    for (let i = 29; i >= 1; i -= 1) bad = { id: `l${i}`, next: bad }
    expect(await validate(schema, bad)).toBe('Invalid input') // no member of `string | Link` fits
  })
})

async function validate(
  schema: { '~standard': { validate: (v: unknown) => unknown } },
  value: unknown,
): Promise<string | undefined> {
  const result = (await schema['~standard'].validate(value)) as { issues?: { message: string }[] }
  return result.issues?.[0]?.message
}

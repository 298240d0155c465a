// The descriptions @readme/oas-examples collects to exercise OpenAPI tools (3.0 and 3.1: circular
// schemas, discriminators, polymorphism, parameter styles, file uploads, webhooks...): each one generates,
// the modules type-check together under `strict`, and each imports (defineApi and zod accept it at runtime).
import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, test } from 'vitest'
import { loadDescription } from '../../src/cli/openapi/load.js'
import { generate } from '../../src/cli/openapi/transform/document.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const dir = `${root}node_modules/.cache/honest-fetch-oas-examples`
const examples = dirname(createRequire(import.meta.url).resolve('@readme/oas-examples/package.json'))
const files = ['3.0', '3.1'].flatMap((version) =>
  readdirSync(`${examples}/${version}/json`)
    .filter((name) => name.endsWith('.json'))
    .map((name) => ({
      version,
      name,
      module: `v${version.replace('.', '_')}-${name.replace(/\.json$/, '')}.ts`,
    })),
)

beforeAll(async () => {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  for (const file of files) {
    const doc = await loadDescription(`${examples}/${file.version}/json/${file.name}`)
    writeFileSync(
      `${dir}/${file.module}`,
      generate(doc, file.name, { name: 'api', strictFormats: false }).source,
    )
  }
})

describe('@readme/oas-examples', () => {
  test('every module type-checks under strict', () => {
    expect(files.length).toBeGreaterThan(40)
    const tsconfig = {
      extends: `${root}tsconfig.json`,
      compilerOptions: { noEmit: true, paths: { 'honest-fetch': [`${root}src/index.ts`] } },
      include: ['*.ts'],
      // The modules live under node_modules/.cache, which the project's own config excludes.
      exclude: [],
    }
    writeFileSync(`${dir}/tsconfig.json`, JSON.stringify(tsconfig))
    const tsc = spawnSync(
      process.execPath,
      [`${root}node_modules/typescript/bin/tsc`, '-p', `${dir}/tsconfig.json`],
      {
        encoding: 'utf8',
      },
    )
    expect(tsc.stdout + tsc.stderr).toBe('')
    expect(tsc.status).toBe(0)
  })

  test.each(files)('$version/$name imports: defineApi and zod accept it', async ({ module }) => {
    const { api } = (await import(`${dir}/${module}`)) as { api: object }
    expect(typeof api).toBe('object')
  })
})

import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'

// What a browser user downloads: esbuild bundles (in-process, tens of ms) of entries that import only
// some exports, minified and tree-shaken, zod left out (a peer), gzipped. Budgets: size-budget.json.

interface Budget {
  readonly core: { readonly exports: readonly string[]; readonly max: number; readonly target: number }
  readonly typedContracts: {
    readonly exports: readonly string[]
    readonly maxAdded: number
    readonly targetAdded: number
  }
}

const root = fileURLToPath(new URL('..', import.meta.url))
const budget = JSON.parse(readFileSync(`${root}size-budget.json`, 'utf8')) as Budget

interface Bundle {
  readonly gzipBytes: number
  /** Every file that ended up in the bundle, relative to the repository. */
  readonly inputs: readonly string[]
}

async function bundle(names: readonly string[]): Promise<Bundle> {
  const result = await build({
    stdin: {
      contents: `export { ${names.join(', ')} } from './src/index.ts'`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    minify: true,
    treeShaking: true,
    external: ['zod'],
    metafile: true,
    logLevel: 'silent',
  })
  const [output] = result.outputFiles
  if (output === undefined) throw new Error('esbuild wrote no bundle')
  const inputs = Object.values(result.metafile.outputs).flatMap((o) => Object.keys(o.inputs))
  return { gzipBytes: gzipSync(output.contents).byteLength, inputs }
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(2)} KB`

describe('bundle size', () => {
  const core = bundle(budget.core.exports)
  const typed = bundle(budget.typedContracts.exports)

  it(`createClient alone, ofetch and p-retry included, stays within ${kb(budget.core.max)} gzipped`, async () => {
    const { gzipBytes } = await core
    if (gzipBytes > budget.core.target) {
      console.info(`core bundle: ${kb(gzipBytes)} gzipped; the target is ${kb(budget.core.target)}`)
    }
    expect(gzipBytes).toBeLessThanOrEqual(budget.core.max)
  })

  it(`typed contracts add at most ${kb(budget.typedContracts.maxAdded)} gzipped`, async () => {
    const added = (await typed).gzipBytes - (await core).gzipBytes
    expect(added).toBeLessThanOrEqual(budget.typedContracts.maxAdded)
  })

  it('the core bundle has nothing of msw, the MSW helpers, undici or zod', async () => {
    const foreign = (await core).inputs.filter((file) =>
      /(^|\/)node_modules\/(msw|@mswjs|undici|zod)\/|(^|\/)src\/msw\/|src\/transport\/undici/.test(file),
    )
    expect(foreign).toEqual([])
  })

  it('the core bundle has ofetch and p-retry in it (the budget counts them)', async () => {
    const { inputs } = await core
    expect(inputs.some((file) => file.includes('node_modules/ofetch/'))).toBe(true)
    expect(inputs.some((file) => file.includes('node_modules/p-retry/'))).toBe(true)
  })
})

import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { entryOf, measureBundle } from '../bench/size.mjs'

// What a browser user downloads: esbuild bundles (in-process, tens of ms) of entries that import only
// some exports, minified and tree-shaken, zod left out (a peer), gzipped, measured by bench/size.mjs
// (`npm run bench:size` shows what is in them). Budgets: size-budget.json.

interface Budget {
  readonly core: { readonly exports: readonly string[]; readonly max: number; readonly target: number }
  readonly typedContracts: {
    readonly exports: readonly string[]
    readonly maxAdded: number
    readonly targetAdded: number
  }
  readonly ofetch: { readonly exports: readonly string[]; readonly maxAdded: number }
}

const root = fileURLToPath(new URL('..', import.meta.url))
const budget = JSON.parse(readFileSync(`${root}size-budget.json`, 'utf8')) as Budget

async function bundle(names: readonly string[]): Promise<{ gzipBytes: number; inputs: string[] }> {
  const { gzipBytes, inputs } = await measureBundle(entryOf(names))
  return { gzipBytes, inputs: Object.keys(inputs) }
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(2)} KB`

describe('bundle size', () => {
  const core = bundle(budget.core.exports)
  const typed = bundle(budget.typedContracts.exports)

  it(`createClient alone, p-retry included, stays within ${kb(budget.core.max)} gzipped`, async () => {
    const { gzipBytes } = await core
    if (gzipBytes > budget.core.target) {
      console.info(
        `core bundle: ${kb(gzipBytes)} gzipped; the target is ${kb(budget.core.target)} (npm run bench:size)`,
      )
    }
    expect(gzipBytes).toBeLessThanOrEqual(budget.core.max)
  })

  it(`typed contracts add at most ${kb(budget.typedContracts.maxAdded)} gzipped`, async () => {
    const added = (await typed).gzipBytes - (await core).gzipBytes
    expect(added).toBeLessThanOrEqual(budget.typedContracts.maxAdded)
  })

  it('the core bundle has nothing of msw, ofetch, undici, zod, OpenTelemetry or their integrations', async () => {
    const foreign = (await core).inputs.filter((file) =>
      /(^|\/)node_modules\/(msw|@mswjs|undici|zod|ofetch|ufo|destr|@opentelemetry)\/|(^|\/)src\/(msw|otel|tanstack-query)\/|src\/transport\/(undici|ofetch)/.test(
        file,
      ),
    )
    expect(foreign).toEqual([])
  })

  it(`honest-fetch/ofetch adds at most ${budget.ofetch.maxAdded} bytes and no code of ofetch itself`, async () => {
    const entry = `${entryOf(budget.core.exports)}\nexport { ${budget.ofetch.exports.join(', ')} } from './src/transport/ofetch.ts'`
    const withOfetch = await measureBundle(entry)
    expect(withOfetch.gzipBytes - (await core).gzipBytes).toBeLessThanOrEqual(budget.ofetch.maxAdded)
    const used = Object.entries(withOfetch.inputs).filter(
      ([file, bytes]) => bytes > 0 && /node_modules\/ofetch\//.test(file),
    )
    expect(used).toEqual([])
  })

  it('the core bundle leaves the streaming parsers to a chunk loaded by the first streamed call', async () => {
    const { inputs } = await core
    expect(inputs.filter((file) => /eventsource-parser|src\/stream\//.test(file))).toEqual([])
  })

  it('the core bundle has p-retry in it (the budget counts it)', async () => {
    const { inputs } = await core
    expect(inputs.some((file) => file.includes('node_modules/p-retry/'))).toBe(true)
  })
})

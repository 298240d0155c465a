import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { entryOf, measureBundle } from '../bench/size.mjs'

// honest-fetch/tanstack-query in a browser bundle, measured as test/size.test.ts measures the core: what it
// adds to an app that uses typed contracts, and nothing at all to one that does not import it.
interface Budget {
  readonly typedContracts: { readonly exports: readonly string[] }
  readonly tanstackQuery: { readonly exports: readonly string[]; readonly maxAdded: number }
}

const root = fileURLToPath(new URL('..', import.meta.url))
const budget = JSON.parse(readFileSync(`${root}size-budget.json`, 'utf8')) as Budget
const typedEntry = entryOf(budget.typedContracts.exports)
const adapterEntry = `export { ${budget.tanstackQuery.exports.join(', ')} } from './src/tanstack-query/index.ts'`
const used = (inputs: Record<string, number>) =>
  Object.entries(inputs)
    .filter(([, bytes]) => bytes > 0)
    .map(([file]) => file)

describe('honest-fetch/tanstack-query bundle size', () => {
  const typed = measureBundle(typedEntry)
  const withAdapter = measureBundle(`${typedEntry}\n${adapterEntry}`)

  it(`adds at most ${budget.tanstackQuery.maxAdded} bytes gzipped to a typed-contracts app`, async () => {
    const added = (await withAdapter).gzipBytes - (await typed).gzipBytes
    expect(added).toBeLessThanOrEqual(budget.tanstackQuery.maxAdded)
  })

  it('puts none of its code, nor any of @tanstack/query-core, in an app that does not import it', async () => {
    expect(used((await typed).inputs).filter((file) => /tanstack/.test(file))).toEqual([])
  })

  it('brings no code of @tanstack/query-core itself: only its types are imported', async () => {
    expect(
      used((await withAdapter).inputs).filter((file) => file.includes('node_modules/@tanstack/')),
    ).toEqual([])
  })
})

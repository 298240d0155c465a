import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { delay } from 'msw'
import { expect, it } from 'vitest'

/**
 * Which copy of msw the tests really import: msw's own `delay` throws for an overlong delay, and the
 * stack names the file it threw from. `npm run test:msw-range` sets MSW_EXPECTED_VERSION to the lowest
 * version claimed in peerDependencies; otherwise it must be the repo's devDependency.
 */
it('runs against the msw version it claims to test', async () => {
  const error: unknown = await delay(2 ** 31).then(
    () => undefined,
    (thrown: unknown) => thrown,
  )
  const root = /(?:file:\/\/)?(\/[^\s()]*\/msw\/)lib\/core\/delay\.m?js/.exec(
    String((error as Error | undefined)?.stack),
  )?.[1]
  expect(root, 'the msw file that threw').toBeDefined()
  const loaded = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string }
  const devDependency = (createRequire(import.meta.url)('msw/package.json') as { version: string }).version
  const expected = process.env.MSW_EXPECTED_VERSION ?? devDependency
  if (process.env.MSW_EXPECTED_VERSION) console.info(`msw under test: ${loaded.version} (${root})`)
  expect(loaded.version).toBe(expected)
})

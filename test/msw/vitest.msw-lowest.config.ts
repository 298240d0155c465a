// Runs the msw tests and the consumer example against the lowest msw version claimed in
// peerDependencies, which scripts/msw-range.sh installs into .tmp/msw-lowest. Only msw is swapped; the
// package aliases are the ones of vitest.config.ts.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const at = (path: string): string => fileURLToPath(new URL(path, import.meta.url))
const msw = at('../../.tmp/msw-lowest/node_modules/msw/')
if (!existsSync(`${msw}package.json`)) {
  throw new Error(`No msw in ${msw}; run npm run test:msw-range, which installs it there first.`)
}

export default defineConfig({
  root: at('../..'),
  resolve: {
    alias: [
      { find: /^msw$/, replacement: `${msw}lib/core/index.mjs` },
      { find: /^msw\/node$/, replacement: `${msw}lib/node/index.mjs` },
      { find: /^honest-fetch\/msw$/, replacement: at('../../src/msw/index.ts') },
      { find: /^honest-fetch$/, replacement: at('../../src/index.ts') },
    ],
  },
  test: {
    include: ['test/msw/**/*.test.ts', 'examples/consumer/**/*.test.ts'],
    testTimeout: 10_000,
  },
})

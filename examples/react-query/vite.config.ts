import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

const src = (path: string) => fileURLToPath(new URL(`../../src/${path}`, import.meta.url))

// honest-fetch is built from the repository's source, as the tests use it; zod and msw resolve from the
// repository's node_modules (one copy each); React and TanStack Query from this folder's.
export default defineConfig({
  resolve: {
    alias: [
      { find: /^honest-fetch\/msw$/, replacement: src('msw/index.ts') },
      { find: /^honest-fetch\/tanstack-query$/, replacement: src('tanstack-query/index.ts') },
      { find: /^honest-fetch$/, replacement: src('index.ts') },
    ],
  },
  build: {
    target: 'es2022',
    // One chunk of ~800 KB minified: React, zod and MSW's browser worker client, which a demo ships.
    chunkSizeWarningLimit: 1024,
    rolldownOptions: {
      // TanStack marks its hooks "use client" for React Server Components; an app bundle has no use for it.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning)
      },
    },
  },
  logLevel: 'warn',
})

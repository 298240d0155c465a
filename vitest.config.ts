import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    // Examples and docs import the package by name, as users do; tests run them against the source.
    alias: {
      'honest-fetch/msw': fileURLToPath(new URL('./src/msw/index.ts', import.meta.url)),
      'honest-fetch/tanstack-query': fileURLToPath(new URL('./src/tanstack-query/index.ts', import.meta.url)),
      'honest-fetch/otel': fileURLToPath(new URL('./src/otel/index.ts', import.meta.url)),
      'honest-fetch/audit': fileURLToPath(new URL('./src/cli/audit/audit.ts', import.meta.url)),
      'honest-fetch/ofetch': fileURLToPath(new URL('./src/transport/ofetch.ts', import.meta.url)),
      'honest-fetch/undici': fileURLToPath(new URL('./src/transport/undici.ts', import.meta.url)),
      'honest-fetch': fileURLToPath(new URL('./src/index.ts', import.meta.url)),
    },
  },
  test: {
    include: ['test/**/*.test.ts', 'examples/**/*.test.ts'],
    typecheck: {
      enabled: true,
      include: ['test/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
    testTimeout: 10_000,
  },
})

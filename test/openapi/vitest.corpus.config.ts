// `npm run test:openapi`: the corpus of real descriptions, apart from `npm test` because type-checking
// GitHub's generated contract alone takes tens of seconds.
import { defineConfig } from 'vitest/config'
import base from '../../vitest.config.js'

export default defineConfig({
  resolve: base.resolve ?? {},
  test: { include: ['test/openapi/**/*.corpus.ts'], testTimeout: 300_000, hookTimeout: 60_000 },
})

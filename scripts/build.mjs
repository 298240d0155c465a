// The build: tsc writes the .d.ts files (isolatedDeclarations keeps them exactly as written), esbuild writes
// the JavaScript as one module per entry point plus shared chunks. Bundling matters for start-up: loading
// ~70 small ES modules costs a cold `import` about 10 ms more than a handful of files.
import { execFileSync } from 'node:child_process'
import { chmodSync, rmSync } from 'node:fs'
import { build } from 'esbuild'

// `--outDir DIR` builds elsewhere (the bench builds into its own cache and leaves dist/ alone).
const flag = process.argv.indexOf('--outDir')
const outdir = flag === -1 ? 'dist' : (process.argv[flag + 1] ?? 'dist')

rmSync(outdir, { recursive: true, force: true })
execFileSync(
  process.execPath,
  [
    'node_modules/typescript/bin/tsc',
    '-p',
    'tsconfig.build.json',
    '--emitDeclarationOnly',
    '--outDir',
    outdir,
  ],
  { stdio: 'inherit' },
)
await build({
  entryPoints: {
    index: 'src/index.ts',
    'msw/index': 'src/msw/index.ts',
    'transport/undici': 'src/transport/undici.ts',
    'transport/ofetch': 'src/transport/ofetch.ts',
    'tanstack-query/index': 'src/tanstack-query/index.ts',
    'otel/index': 'src/otel/index.ts',
  },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  // Dependencies and peers stay imports, so users' bundlers and package managers resolve them.
  packages: 'external',
  external: ['node:*'],
  chunkNames: 'shared/[name]-[hash]',
  logLevel: 'warning',
})
// The `honest-fetch` executable (package.json `bin`): a Node program of its own, apart from the library's
// chunks, so its dependencies (yaml, the $ref resolver) never reach a bundle of the library.
await build({
  // `honest-fetch/audit` (audit() for an API's own tests) reads files too: a Node module like the CLI.
  entryPoints: { 'cli/index': 'src/cli/index.ts', audit: 'src/cli/audit/audit.ts' },
  outdir,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'warning',
})
chmodSync(`${outdir}/cli/index.js`, 0o755)

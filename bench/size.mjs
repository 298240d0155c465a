// The browser bundle of some of honest-fetch's exports, as test/size.test.ts measures it against
// size-budget.json: esbuild (browser, ESM, minified, tree-shaken, zod left out as a peer), gzipped.
//
//   npm run bench:size            the core bundle (createClient), with the share of every package and module
//   npm run bench:size -- defineApi createApiClient     other exports
import { fileURLToPath, pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

const root = fileURLToPath(new URL('..', import.meta.url))

/** An entry module that imports `names` from src/index.ts, as a user's code would. */
export const entryOf = (names) => `export { ${names.join(', ')} } from './src/index.ts'`

/** The runtime dependency alone, as the client imports it: the floor of the core bundle. */
const DEPENDENCIES_ONLY = `export { default as pRetry } from 'p-retry'`

/**
 * @param {string} contents the entry module
 * @returns {Promise<{ gzipBytes: number, minifiedBytes: number, inputs: Record<string, number> }>}
 *   `inputs`: every file in the bundle, relative to the repository, with its minified bytes in it
 *
 * Code splitting is on, as in the bundlers users have (Vite, webpack, esbuild's own build here): what
 * the library loads with `import()` on first use (the streaming parsers) is a chunk of its own, loaded
 * by the calls that need it, and only the entry chunk, what every page downloads, is measured.
 */
export async function measureBundle(contents) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    splitting: true,
    outdir: 'size-bench-out',
    write: false,
    format: 'esm',
    platform: 'browser',
    minify: true,
    treeShaking: true,
    external: ['zod'],
    metafile: true,
    logLevel: 'silent',
  })
  const { outputs } = result.metafile
  const entry = Object.keys(outputs).find((path) => outputs[path].entryPoint !== undefined)
  if (entry === undefined) throw new Error('esbuild wrote no bundle')
  // The entry chunk and the chunks it imports statically (code it shares with the lazy ones).
  const loaded = new Set([entry])
  for (const path of loaded) {
    for (const { path: chunk, kind } of outputs[path].imports)
      if (kind === 'import-statement') loaded.add(chunk)
  }
  const inputs = {}
  let gzipBytes = 0
  let minifiedBytes = 0
  for (const path of loaded) {
    for (const [file, { bytesInOutput }] of Object.entries(outputs[path].inputs)) inputs[file] = bytesInOutput
    const file = result.outputFiles.find((output) => output.path.endsWith(path))
    gzipBytes += gzipSync(file.contents).byteLength
    minifiedBytes += file.contents.byteLength
  }
  return { gzipBytes, minifiedBytes, inputs }
}

/** A package under node_modules, or a folder of src/, for the summary. */
function groupOf(file) {
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file)
  if (inPackage) return inPackage[1]
  return file.split('/').slice(0, 2).join('/')
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const names = process.argv.length > 2 ? process.argv.slice(2) : ['createClient']
  const { gzipBytes, minifiedBytes, inputs } = await measureBundle(entryOf(names))
  const floor = await measureBundle(DEPENDENCIES_ONLY)
  const kb = (bytes) => (bytes / 1024).toFixed(1)
  const groups = new Map()
  for (const [file, bytes] of Object.entries(inputs)) {
    groups.set(groupOf(file), (groups.get(groupOf(file)) ?? 0) + bytes)
  }
  const rows = (entries) =>
    [...entries]
      .filter(([, bytes]) => bytes > 0)
      .sort((a, b) => b[1] - a[1])
      .map(([name, bytes]) => `| ${name} | ${kb(bytes)} | ${((100 * bytes) / minifiedBytes).toFixed(0)} % |`)
  console.log(
    [
      `# Browser bundle of { ${names.join(', ')} }`,
      '',
      `${kb(gzipBytes)} KB gzipped, ${kb(minifiedBytes)} KB minified; p-retry alone, bundled the ` +
        `same way, is ${kb(floor.gzipBytes)} KB gzipped. The shares below are of the minified bytes.`,
      '',
      '| package or folder | KB minified | share |',
      '|---|--:|--:|',
      ...rows(groups),
      '',
      '| file | KB minified | share |',
      '|---|--:|--:|',
      ...rows(Object.entries(inputs)),
    ].join('\n'),
  )
}

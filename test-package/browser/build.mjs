// Bundles the browser consumers of a scratch project with esbuild (platform browser, minified), checks that
// an app importing only createClient tree-shakes honest-fetch/msw, msw and the violation presets away, and
// writes the test page (page.js, index.html, MSW's worker script) to <project>/www.
//
//   node test-package/browser/build.mjs <project dir>
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs'
import { join, resolve, sep } from 'node:path'
import process from 'node:process'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

const project = resolve(process.argv[2] ?? '')
const www = join(project, 'www')
mkdirSync(www, { recursive: true })

/** What must not be in a createClient-only bundle: module paths (from the metafile) and text markers. */
const EXCLUDED = [
  {
    what: 'honest-fetch/msw',
    path: `${sep}node_modules${sep}honest-fetch${sep}dist${sep}msw${sep}`,
    marker: /MockError|\.sequence needs/,
  },
  { what: 'msw', path: `${sep}node_modules${sep}msw${sep}`, marker: /\[MSW\]/ },
  {
    what: 'violation presets',
    // dist is bundled (scripts/build.mjs): the presets have no module path of their own, only their text.
    path: undefined,
    // Every preset's rule ids start with its prefix (src/violations/presets/index.ts).
    marker: /["'`](?:slack|jsend|google-json|json-rpc|graphql)-[a-z-]+["'`]/,
  },
]

async function bundle(entry, outfile, minify = true) {
  const result = await build({
    entryPoints: [join(project, entry)],
    outfile: join(www, outfile),
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    minify,
    metafile: true,
    logLevel: 'warning',
  })
  const [output] = Object.values(result.metafile.outputs)
  // Modules that put bytes into the bundle; esbuild lists the ones it shook out with 0 bytes.
  const used = Object.entries(output.inputs)
    .filter(([, info]) => info.bytesInOutput > 0)
    .map(([path]) => resolve(project, path))
  const text = readFileSync(join(www, outfile), 'utf8')
  return { used, text, bytes: Buffer.byteLength(text), gzip: gzipSync(text).length }
}

function found(result, { path, marker }) {
  const modules = path === undefined ? [] : result.used.filter((file) => file.includes(path))
  return { modules, marker: marker.test(result.text) }
}

const failures = []
const small = await bundle('treeshake.mjs', 'treeshake.js')
const control = await bundle('everything.mjs', 'everything.js')
for (const excluded of EXCLUDED) {
  const inSmall = found(small, excluded)
  const inControl = found(control, excluded)
  if (inSmall.modules.length > 0 || inSmall.marker) {
    const names = inSmall.modules.map((file) => file.slice(file.lastIndexOf('node_modules')))
    failures.push(
      `a createClient-only bundle contains ${excluded.what}: ${names.join(', ') || 'its marker text'}`,
    )
  } else if ((excluded.path !== undefined && inControl.modules.length === 0) || !inControl.marker) {
    failures.push(
      `the control bundle lacks ${excluded.what} (modules: ${inControl.modules.length}, marker: ` +
        `${inControl.marker}): update the marker in test-package/browser/build.mjs`,
    )
  } else {
    console.log(`ok    createClient-only bundle has no ${excluded.what} (the control bundle has it)`)
  }
}
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`
console.log(
  `      createClient-only bundle: ${kib(small.bytes)} minified, ${kib(small.gzip)} gzip; ` +
    `with presets and honest-fetch/msw: ${kib(control.bytes)}, ${kib(control.gzip)} gzip`,
)

await bundle('page.mjs', 'page.js', false)
copyFileSync(join(project, 'index.html'), join(www, 'index.html'))
copyFileSync(join(project, 'node_modules/msw/lib/mockServiceWorker.js'), join(www, 'mockServiceWorker.js'))
console.log(`      test page written to ${www}`)

for (const failure of failures) console.error(`FAIL  ${failure}`)
process.exitCode = failures.length === 0 ? 0 : 1

// Checks what `npm pack` put in the tarball: only dist (JS and .d.ts), README.md, LICENSE and package.json;
// every file the exports map points at; `sideEffects: false` so bundlers may drop unused modules.
//
//   node test-package/check-files.mjs <output of npm pack --json> <package.json>
import { readFileSync } from 'node:fs'
import process from 'node:process'

const [packJson, manifestPath] = process.argv.slice(2)
const [pack] = JSON.parse(readFileSync(packJson, 'utf8'))
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'))
const files = new Set(pack.files.map((file) => file.path))
const failures = []

const ALLOWED = /^(?:dist\/.+\.(?:js|d\.ts)|package\.json|README\.md|LICENSE)$/
const unexpected = [...files].filter((path) => !ALLOWED.test(path))
if (unexpected.length > 0) failures.push(`files that should not be published: ${unexpected.join(', ')}`)

for (const required of ['package.json', 'README.md', 'LICENSE']) {
  if (!files.has(required)) failures.push(`${required} is not in the tarball`)
}

/** Every file path the exports map (and main/types) names, conditions included. */
function targets(value) {
  if (typeof value === 'string') return [value]
  if (value === null || typeof value !== 'object') return []
  return Object.values(value).flatMap(targets)
}
const named = [...targets(manifest.exports), manifest.main, manifest.types].filter(Boolean)
for (const target of new Set(named.map((path) => path.replace(/^\.\//, '')))) {
  if (!files.has(target)) failures.push(`exports/main/types name ${target}, which is not in the tarball`)
}

if (manifest.sideEffects !== false) failures.push('package.json must say "sideEffects": false')
if (manifest.type !== 'module') failures.push('package.json must say "type": "module"')

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`
console.log(
  `      ${pack.filename}: ${files.size} files, ${kib(pack.size)} packed, ${kib(pack.unpackedSize)} unpacked`,
)
for (const failure of failures) console.error(`FAIL  ${failure}`)
if (failures.length === 0)
  console.log('ok    only dist, README.md, LICENSE and package.json; every export target present')
process.exitCode = failures.length === 0 ? 0 : 1

// Lays out one scratch consumer project: a package.json that depends on the packed tarball (and on the
// named registry packages, at the versions the repo's lock file pins, so installs are repeatable and come
// from npm's cache when it has them, or at the version given as name@version), plus copies of the given
// files and folders.
//
//   node test-package/scratch.mjs <project dir> <tarball> --deps zod,msw,undici@6.21.0 --copy <path> [<path> ...]
// (paths relative to the repo root; a folder's contents and a file land at the project's top level)
import { cpSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, relative, resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

function lockedVersion(name) {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'))
  const version = lock.packages[`node_modules/${name}`]?.version
  if (!version)
    throw new Error(`[scratch] ${name} is not in package-lock.json; add it or drop it from --deps`)
  return version
}

function parseArgs(argv) {
  const [project, tarball, ...rest] = argv
  const deps = []
  const copies = []
  let list = copies
  for (const arg of rest) {
    if (arg === '--deps') list = deps
    else if (arg === '--copy') list = copies
    else list.push(...(list === deps ? arg.split(',').filter(Boolean) : [arg]))
  }
  if (!project || !tarball) {
    console.error('usage: scratch.mjs <project dir> <tarball> [--deps a,b] [--copy path ...]')
    process.exit(2)
  }
  return { project: resolve(project), tarball: resolve(tarball), deps, copies }
}

const { project, tarball, deps, copies } = parseArgs(process.argv.slice(2))
mkdirSync(project, { recursive: true })
const dependencies = { 'honest-fetch': `file:${relative(project, tarball)}` }
for (const dep of deps) {
  const at = dep.lastIndexOf('@')
  if (at > 0) dependencies[dep.slice(0, at)] = dep.slice(at + 1)
  else dependencies[dep] = lockedVersion(dep)
}
const manifest = { name: `consumer-${basename(project)}`, private: true, type: 'module', dependencies }
writeFileSync(join(project, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`)
// A folder's contents and a file itself land at the project's top level.
for (const path of copies) {
  const from = resolve(root, path)
  const to = statSync(from).isDirectory() ? project : join(project, basename(from))
  cpSync(from, to, { recursive: true })
}
console.log(`      ${project}: the tarball + ${deps.join(', ') || 'no other package'}`)

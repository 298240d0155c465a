// Runs scripts of a scratch consumer project in several runtimes against one smoke server, and prints one
// line per runtime.
//
//   node test-package/matrix.mjs smoke <project dir> <label>=<binary> ...
//     runs smoke.mjs (every check of smoke/checks.mjs) in each runtime: node*, bun, deno; on Node, once
//     more through honest-fetch/undici's transport
//   node test-package/matrix.mjs consumers <project dir> <label>=<binary> ...
//     runs esm.mjs and cjs.cjs in each Node; cjs.cjs is told whether this Node's require() loads ES modules
//
// Exits 1 when any runtime fails. VERBOSE=1 prints every runtime's output, not only a failing one's.
import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { startSmokeServer } from './smoke/server.mjs'

const CHILD_TIMEOUT_MS = 90_000
const verbose = process.env.VERBOSE === '1'

/** Runs a command; resolves with its exit code and output, killing it after CHILD_TIMEOUT_MS. */
function run(command, args, options) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => {
      stdout += chunk
    })
    child.stderr.on('data', (chunk) => {
      stderr += chunk
    })
    const timer = setTimeout(() => {
      stderr += `\n[matrix] killed after ${CHILD_TIMEOUT_MS} ms`
      child.kill('SIGKILL')
    }, CHILD_TIMEOUT_MS)
    child.on('error', (error) => {
      stderr += `\n[matrix] could not start ${command}: ${error.message}`
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr })
    })
  })
}

/** `node`, `bun` or `deno`, from a label such as `node22` or `bun`. */
function flavourOf(label) {
  const flavour = ['node', 'bun', 'deno'].find((name) => label.startsWith(name))
  if (!flavour) throw new Error(`[matrix] unknown runtime label "${label}": start it with node, bun or deno`)
  return flavour
}

/** The environment of a child: quiet, offline-minded, with its caches in a scratch folder. */
function childEnv(scratch) {
  return {
    ...process.env,
    NO_COLOR: '1',
    DO_NOT_TRACK: '1',
    DENO_NO_UPDATE_CHECK: '1',
    DENO_NO_PROMPT: '1',
    DENO_DIR: join(scratch, 'deno-dir'),
    BUN_INSTALL_CACHE_DIR: join(scratch, 'bun-cache'),
  }
}

async function versionOf(flavour, binary) {
  const { stdout } = await run(binary, ['--version'], {})
  const text = stdout.trim()
  if (flavour === 'node') return text.replace(/^v/, '')
  if (flavour === 'deno') return text.match(/^deno (\S+)/)?.[1] ?? text
  return text.split('\n')[0]
}

/** Whether require() of an ES module works by default on this Node version (require(esm) unflagged). */
function requireLoadsEsm(version) {
  const [major = 0, minor = 0] = version.split('.').map(Number)
  if (major === 20) return minor >= 19
  if (major === 22) return minor >= 12
  return major >= 23
}

/** Invocations of one runtime for the chosen mode: [name, args] pairs run in the project folder. */
function invocations(mode, flavour, version, url) {
  if (mode === 'consumers') {
    if (flavour !== 'node') throw new Error('[matrix] the consumers mode runs on Node only')
    const expected = requireLoadsEsm(version) ? 'require' : 'import'
    return [
      ['esm', ['esm.mjs', url]],
      ['cjs', ['cjs.cjs', url, expected]],
    ]
  }
  // Deno resolves from the project's node_modules (it has a package.json); --cached-only forbids downloads.
  if (flavour === 'deno')
    return [['smoke', ['run', '-A', '--no-lock', '--cached-only', '--quiet', 'smoke.mjs', url]]]
  if (flavour === 'bun') return [['smoke', ['smoke.mjs', url]]]
  // honest-fetch/undici is the Node fast path: on Node, the smoke suite runs through it too.
  return [
    ['smoke', ['smoke.mjs', url]],
    ['smoke (undici)', ['smoke.mjs', url, 'undici']],
  ]
}

async function main() {
  const [mode, project, ...specs] = process.argv.slice(2)
  if (!['smoke', 'consumers'].includes(mode) || !project || specs.length === 0) {
    console.error('usage: matrix.mjs smoke|consumers <project dir> <label>=<binary> ...')
    process.exit(2)
  }
  const scratch = mkdtempSync(join(tmpdir(), 'honest-fetch-matrix-'))
  const server = await startSmokeServer()
  let failures = 0
  try {
    for (const spec of specs) {
      const [label, binary] = spec.split('=')
      if (!binary) throw new Error(`[matrix] no binary for ${label}: pass ${label}=<path to its binary>`)
      const flavour = flavourOf(label)
      const version = await versionOf(flavour, binary)
      const started = Date.now()
      const outputs = []
      const notes = []
      let pass = true
      for (const [name, args] of invocations(mode, flavour, version, server.url)) {
        const result = await run(binary, args, { cwd: project, env: childEnv(scratch) })
        const ok = result.code === 0
        pass &&= ok
        const lastLine = result.stdout.trim().split('\n').at(-1) ?? ''
        notes.push(`${name}: ${ok ? lastLine : `exit ${result.code}`}`)
        if (/ExperimentalWarning/.test(result.stderr)) notes.push(`${name} printed an ExperimentalWarning`)
        outputs.push(`--- ${name} (exit ${result.code})\n${result.stdout}${result.stderr}`)
      }
      const seconds = ((Date.now() - started) / 1000).toFixed(1)
      console.log(
        `${pass ? 'PASS' : 'FAIL'}  ${`${flavour} ${version}`.padEnd(14)} ${notes.join('; ')} (${seconds} s)`,
      )
      if (!pass || verbose) console.log(outputs.join('\n').replace(/^/gm, '      | '))
      if (!pass) failures += 1
    }
  } finally {
    await server.close()
  }
  console.log(`${mode}: ${specs.length - failures} passed, ${failures} failed`)
  process.exitCode = failures === 0 ? 0 : 1
}

await main()

// Process plumbing shared by the bench scripts: build the library, start the server, drive clients.
import { fork, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('..', import.meta.url))
export const CACHE = fileURLToPath(new URL('.cache/', import.meta.url))
/** The library as `npm run build` emits it, but into the bench's own folder so `dist/` is left alone. */
export const LIB = `${CACHE}dist`

/** Builds `src/` exactly as `npm run build` does (scripts/build.mjs), into the bench's cache. */
export function buildLibrary() {
  const started = performance.now()
  const run = spawnSync(process.execPath, [`${ROOT}scripts/build.mjs`, '--outDir', LIB], {
    cwd: ROOT,
    encoding: 'utf8',
  })
  if (run.status !== 0 || !existsSync(`${LIB}/index.js`)) {
    throw new Error(`the build failed:\n${run.stdout}${run.stderr}`)
  }
  return performance.now() - started
}

/** Starts the server process; resolves with its origin and a stop function. */
export async function startServer() {
  const child = fork(fileURLToPath(new URL('server.mjs', import.meta.url)), [], { stdio: 'inherit' })
  const { port } = await nextMessage(child)
  return { origin: `http://127.0.0.1:${port}`, stop: () => child.disconnect() }
}

function nextMessage(child) {
  return new Promise((resolve, reject) => {
    const onExit = (code) => reject(new Error(`process ${child.spawnargs.join(' ')} exited with ${code}`))
    child.once('exit', onExit)
    child.once('message', (message) => {
      child.off('exit', onExit)
      resolve(message)
    })
  })
}

/**
 * Starts one client process for a scenario; resolves once it has checked its first response.
 * `execArgv` lets the profiler add `--cpu-prof`.
 */
export async function startClient(name, { origin, payload, concurrency, execArgv = [] }) {
  const child = fork(
    fileURLToPath(new URL('client.mjs', import.meta.url)),
    [name, origin, payload, String(concurrency), LIB],
    { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv },
  )
  await nextMessage(child)
  return {
    name,
    /** One measured round: a short warm-up, then `durationMs` of load. */
    run: (warmupMs, durationMs) => {
      child.send({ warmupMs, durationMs })
      return nextMessage(child)
    },
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve)
        child.disconnect()
      }),
  }
}

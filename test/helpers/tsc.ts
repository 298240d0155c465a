import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))

/** What a compiler run printed, with its exit code, so a test fails when the compiler is missing too. */
export interface CompilerRun {
  readonly code: number | null
  readonly output: string
}

/** Runs a TypeScript compiler of `node_modules` (`typescript`, `typescript-7`) with `args`. */
export function runTsc(pkg: 'typescript' | 'typescript-7', args: readonly string[]): Promise<CompilerRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, [`${root}node_modules/${pkg}/bin/tsc`, ...args], (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : null
      resolve({ code, output: `${stdout}${stderr}` })
    })
  })
}

// Starts the fuzz process (child.ts) for one transport and watches it: its summary, and whether it exits
// by itself once the calls are over. A socket or a ref'd timer left by any call keeps it alive.
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { hostCases } from './host.js'
import type { Summary } from './run.js'

export const SUMMARY_PREFIX = 'FUZZ-SUMMARY '

export type PrintedSummary = Omit<Summary, 'failures'> & { readonly failures: readonly string[] }

export interface Supervised {
  readonly summary: PrintedSummary | undefined
  /** ms from the summary line to the process's exit; undefined when it had to be killed. */
  readonly exitAfterSummaryMs: number | undefined
  readonly exitCode: number | null
  readonly stderr: string
}

const CHILD = fileURLToPath(new URL('./child.ts', import.meta.url))

/**
 * Runs child.ts with `args`; kills it when it has not exited `exitBoundMs` after its summary, or
 * `overallMs` after the start.
 */
export function superviseFuzz(
  args: readonly string[],
  { exitBoundMs, overallMs, echo = false }: { exitBoundMs: number; overallMs: number; echo?: boolean },
): Promise<Supervised> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], {
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  })
  const host = hostCases(child)
  let stdout = ''
  let stderr = ''
  let summaryAt: number | undefined
  let killer = setTimeout(() => child.kill('SIGKILL'), overallMs)
  child.stdout?.setEncoding('utf8').on('data', (text: string) => {
    stdout += text
    if (summaryAt === undefined && stdout.includes(SUMMARY_PREFIX) && stdout.endsWith('\n')) {
      summaryAt = performance.now()
      clearTimeout(killer)
      killer = setTimeout(() => child.kill('SIGKILL'), exitBoundMs)
    }
  })
  child.stderr?.setEncoding('utf8').on('data', (text: string) => {
    stderr += text
    if (echo) process.stderr.write(text)
  })
  return new Promise((resolve) => {
    child.on('exit', async (code, signal) => {
      clearTimeout(killer)
      await host.close()
      const line = stdout.split('\n').find((l) => l.startsWith(SUMMARY_PREFIX))
      resolve({
        summary: line === undefined ? undefined : JSON.parse(line.slice(SUMMARY_PREFIX.length)),
        exitAfterSummaryMs:
          summaryAt === undefined || signal !== null ? undefined : Math.round(performance.now() - summaryAt),
        exitCode: code,
        stderr,
      })
    })
  })
}

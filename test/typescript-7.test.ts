import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'

// Users on the native TypeScript 7 compiler get the same types: the sources, type tests and examples
// (the contract and its consumers) must compile there as they do under the 5.x `npm run typecheck`.
it('the project, its type tests and its examples compile under TypeScript 7', async () => {
  const root = fileURLToPath(new URL('..', import.meta.url))
  const output = await new Promise<string>((resolve) => {
    execFile(
      process.execPath,
      [`${root}node_modules/typescript-7/bin/tsc`, '--noEmit', '-p', root],
      (_error, stdout) => resolve(stdout),
    )
  })
  expect(output).toBe('')
}, 60_000)

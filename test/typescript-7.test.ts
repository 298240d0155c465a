import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'
import { runTsc } from './helpers/tsc.js'

// Users on the native TypeScript 7 compiler get the same types: the sources, type tests and examples
// (the contract and its consumers) must compile there as they do under the 5.x `npm run typecheck`.
it('the project, its type tests and its examples compile under TypeScript 7', async () => {
  const root = fileURLToPath(new URL('..', import.meta.url))
  expect(await runTsc('typescript-7', ['--noEmit', '-p', root])).toEqual({ code: 0, output: '' })
}, 60_000)

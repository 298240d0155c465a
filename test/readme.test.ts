import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'
import { runTsc } from './helpers/tsc.js'

// Every ```ts block of the README and of docs/*.md is written out as a module and type-checked with the
// project's compiler and settings, so the docs cannot drift from the code. A block whose first line is a
// comment naming a file (`// app-contract.ts: ...`) is written under that name, for the blocks after it
// to import.
const root = fileURLToPath(new URL('..', import.meta.url))
const dir = `${root}.tmp/readme`
const NAMED = /^\/\/ ([\w-]+\.ts):/

const tsBlocks = (markdown: string) => [...markdown.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? '')
const docs = async () => (await readdir(`${root}docs`)).filter((file) => file.endsWith('.md'))

it('type-checks every TypeScript block of the README and of docs/', async () => {
  const readme = tsBlocks(await readFile(`${root}README.md`, 'utf8'))
  expect(readme.length).toBeGreaterThanOrEqual(4)
  const files: Array<readonly [string, string]> = readme.map((code, i) => [`block-${i + 1}.ts`, code])
  for (const doc of await docs()) {
    const blocks = tsBlocks(await readFile(`${root}docs/${doc}`, 'utf8'))
    const stem = doc.replace(/\.md$/, '')
    files.push(...blocks.map((code, i) => [NAMED.exec(code)?.[1] ?? `${stem}-${i + 1}.ts`, code] as const))
  }
  await rm(dir, { recursive: true, force: true })
  await mkdir(dir, { recursive: true })
  await Promise.all(files.map(([name, code]) => writeFile(`${dir}/${name}`, `${code}\nexport {}\n`)))
  // The MSW section imports the contract of examples/users-api.ts as './users-api.js', as it says.
  await copyFile(`${root}examples/users-api.ts`, `${dir}/users-api.ts`)
  await writeFile(
    `${dir}/tsconfig.json`,
    JSON.stringify({ extends: '../../tsconfig.json', include: ['*.ts'], exclude: [] }),
  )
  expect(await runTsc('typescript', ['-p', `${dir}/tsconfig.json`])).toEqual({ code: 0, output: '' })
}, 60_000)

it('shows in docs/ only React code that is in the example app, word for word', async () => {
  // ```tsx blocks need React, which the library does not install: each must be an excerpt of
  // examples/react-query/src, which that app's own run type-checks and drives in Chromium. Compared
  // without indentation, so an excerpt from inside a function can be shown unindented.
  const flat = (code: string) => code.replace(/^[ \t]+/gm, '')
  const dirPath = `${root}examples/react-query/src`
  const app = await Promise.all(
    (await readdir(dirPath)).map(async (file) => flat(await readFile(`${dirPath}/${file}`, 'utf8'))),
  )
  for (const doc of await docs()) {
    const markdown = await readFile(`${root}docs/${doc}`, 'utf8')
    for (const [, excerpt = ''] of markdown.matchAll(/```tsx\n([\s\S]*?)```/g)) {
      expect(
        app.some((source) => source.includes(flat(excerpt))),
        `${doc}: ${excerpt}`,
      ).toBe(true)
    }
  }
})

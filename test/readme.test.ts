import { execFile } from 'node:child_process'
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'

// Every ```ts block of the README is written out as a module and type-checked with the project's
// compiler and settings, so the docs cannot drift from the code.
const root = fileURLToPath(new URL('..', import.meta.url))
const dir = `${root}.tmp/readme`

it('type-checks every TypeScript block of the README', async () => {
  const readme = await readFile(`${root}README.md`, 'utf8')
  const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? '')
  expect(blocks.length).toBeGreaterThanOrEqual(4)
  await rm(dir, { recursive: true, force: true })
  await mkdir(dir, { recursive: true })
  await Promise.all(blocks.map((code, i) => writeFile(`${dir}/block-${i + 1}.ts`, `${code}\nexport {}\n`)))
  // The MSW section imports the contract of examples/users-api.ts as './users-api.js', as it says.
  await copyFile(`${root}examples/users-api.ts`, `${dir}/users-api.ts`)
  await writeFile(
    `${dir}/tsconfig.json`,
    JSON.stringify({ extends: '../../tsconfig.json', include: ['*.ts'] }),
  )
  const output = await new Promise<string>((resolve) => {
    execFile(
      process.execPath,
      [`${root}node_modules/typescript/bin/tsc`, '-p', `${dir}/tsconfig.json`],
      (_error, stdout) => resolve(stdout),
    )
  })
  expect(output).toBe('')
}, 60_000)

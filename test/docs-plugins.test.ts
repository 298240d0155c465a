import { execFile } from 'node:child_process'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'

// The ```ts blocks of the plugin, authentication and observability pages are type-checked like the
// README's (test/readme.test.ts), the compiler's exit code included.
const root = fileURLToPath(new URL('..', import.meta.url))
const dir = `${root}.tmp/docs-plugins`
const PAGES = ['plugins', 'authentication', 'observability']

it('type-checks every TypeScript block of docs/plugins.md, authentication.md and observability.md', async () => {
  await rm(dir, { recursive: true, force: true })
  await mkdir(dir, { recursive: true })
  let count = 0
  for (const page of PAGES) {
    const text = await readFile(`${root}docs/${page}.md`, 'utf8')
    const blocks = [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? '')
    expect(blocks.length, page).toBeGreaterThanOrEqual(1)
    for (const [i, code] of blocks.entries()) {
      count++
      await writeFile(`${dir}/${page}-${i + 1}.ts`, `${code}\nexport {}\n`)
    }
  }
  await writeFile(
    `${dir}/tsconfig.json`,
    JSON.stringify({ extends: '../../tsconfig.json', include: ['*.ts'] }),
  )
  const { code, stdout } = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
    const child = execFile(
      process.execPath,
      [`${root}node_modules/typescript/bin/tsc`, '-p', `${dir}/tsconfig.json`],
      (_error, out) => resolve({ code: child.exitCode, stdout: out }),
    )
  })
  expect(stdout).toBe('')
  expect(code).toBe(0)
  expect(count).toBeGreaterThanOrEqual(5)
}, 60_000)

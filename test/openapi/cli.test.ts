import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { main } from '../../src/cli/main.js'

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname

async function run(...argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const status = await main(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) })
  return { status, stdout: out.join(''), stderr: err.join('') }
}

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'honest-fetch-openapi-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('honest-fetch (the executable)', () => {
  test('--help prints the commands and exits 0; no command or an unknown one is a usage error, exit 2', async () => {
    expect(await run('--help')).toMatchObject({
      status: 0,
      stdout: expect.stringContaining('openapi <file>'),
    })
    expect(await run()).toMatchObject({ status: 2, stderr: expect.stringContaining('name a command') })
    const unknown = await run('audti')
    expect(unknown.status).toBe(2)
    expect(unknown.stderr).toContain('unknown command "audti"')
    expect(unknown.stderr).toContain('Usage: honest-fetch <command>')
  })
})

describe('honest-fetch openapi', () => {
  test('reads 3.1 YAML with a $ref into another file and one into components/examples', async () => {
    const { status, stdout } = await run('openapi', fixture('pets.yaml'), '--name', 'pets')
    expect(status).toBe(0)
    expect(stdout).toContain('export const pets = defineApi({')
    expect(stdout).toContain(
      'z.object({ id: z.string(), name: z.string(), tag: z.string().nullable().optional() })',
    )
    expect(stdout).toContain("path: '/pets/:petId'")
  })

  test('bad flags and a missing file argument are usage errors (exit 2) with the usage', async () => {
    expect(await run('openapi')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('Usage: honest-fetch openapi'),
    })
    expect((await run('openapi', 'x.json', '--nope')).status).toBe(2)
    expect((await run('openapi', 'x.json', '--name', 'not-an-identifier')).status).toBe(2)
    expect((await run('openapi', '--help')).status).toBe(0)
  })

  test('what it cannot read exits 1 with the JSON pointer of the place', async () => {
    const broken = await run('openapi', fixture('broken-ref.json'))
    expect(broken.status).toBe(1)
    expect(broken.stderr).toContain(
      '#/paths/~1a/get/responses/200/content/application~1json/schema: $ref "#/components/schemas/Missing" points at nothing',
    )
    const swagger = join(dir, 'swagger.json')
    await writeFile(swagger, '{"swagger":"2.0"}')
    expect(await run('openapi', swagger)).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('#/openapi: is "swagger 2.0"'),
    })
    expect(await run('openapi', join(dir, 'absent.json'))).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('cannot read'),
    })
    const notYaml = join(dir, 'bad.yaml')
    await writeFile(notYaml, 'a: [1,\n')
    expect((await run('openapi', notYaml)).status).toBe(1)
  })

  test('--out writes the module whole, and a failed run leaves the previous module as it was', async () => {
    const out = join(dir, 'api.ts')
    expect((await run('openapi', fixture('pets.yaml'), '--out', out)).status).toBe(0)
    const written = await readFile(out, 'utf8')
    expect(written).toContain('export const api = defineApi({')
    expect((await run('openapi', fixture('broken-ref.json'), '--out', out)).status).toBe(1)
    expect(await readFile(out, 'utf8')).toBe(written)
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })
})

// GitHub's full description (@octokit/openapi): the generated module type-checks under `strict`, every
// documented response example passes its own schema (but the ones listed, which the description gets
// wrong), and a round trip through mockApi and createApiClient gives the declared kind.
import { spawnSync } from 'node:child_process'
import type { StandardSchemaV1 } from '@standard-schema/spec'
import { mkdirSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, test } from 'vitest'
import { loadDescription } from '../../src/cli/openapi/load.js'
import { type Generated, generate } from '../../src/cli/openapi/transform/document.js'
import { declaredBody } from '../../src/contract/declared-body.js'
import { type Api, createApiClient } from '../../src/index.js'
import { mockApi } from '../../src/msw/index.js'
import { baseURL, useServer } from '../msw/server.js'
import { GITHUB_WRONG_EXAMPLES } from './github-wrong-examples.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const dir = `${root}node_modules/.cache/honest-fetch-openapi`
const description = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json')
const server = useServer()
let generated: Generated

async function acceptsNothing(schema: StandardSchemaV1 | undefined): Promise<boolean> {
  return schema === undefined || !(await schema['~standard'].validate(undefined)).issues
}

beforeAll(async () => {
  mkdirSync(dir, { recursive: true })
  const doc = await loadDescription(description)
  const started = performance.now()
  generated = generate(doc, 'api.github.com.json', {
    name: 'github',
    strictFormats: false,
  })
  const ms = performance.now() - started
  writeFileSync(`${dir}/github.ts`, generated.source)
  console.log(
    `generated ${generated.endpoints} endpoints, ${(generated.source.length / 1024).toFixed(0)} KiB in ${ms.toFixed(0)} ms`,
  )
})

describe("GitHub's description", () => {
  test('the generated module type-checks under strict', () => {
    const tsconfig = {
      extends: `${root}tsconfig.json`,
      compilerOptions: { noEmit: true, paths: { 'honest-fetch': [`${root}src/index.ts`] } },
      include: [],
      exclude: [],
      files: ['github.ts'],
    }
    writeFileSync(`${dir}/tsconfig.json`, JSON.stringify(tsconfig))
    const started = performance.now()
    const tsc = spawnSync(
      process.execPath,
      [`${root}node_modules/typescript/bin/tsc`, '-p', `${dir}/tsconfig.json`],
      {
        encoding: 'utf8',
      },
    )
    console.log(
      `tsc --noEmit on the generated module: ${((performance.now() - started) / 1000).toFixed(1)} s`,
    )
    expect(tsc.stdout + tsc.stderr).toBe('')
    expect(tsc.status).toBe(0)
  })

  test('every documented example passes its own schema, but the ones the description gets wrong', async () => {
    const { github } = (await import(`${dir}/github.ts`)) as { github: Api }
    const wrong: Record<string, string> = {}
    let checked = 0
    for (const example of generated.examples) {
      const declared = github[example.endpoint]?.responses[example.status]
      // The schema the mocks check a reply against: with several media types, the first (the example's).
      const schema = declared === undefined ? undefined : declaredBody(declared).schema
      if (!schema) continue
      checked += 1
      const result = await schema['~standard'].validate(example.value)
      const issue = result.issues?.[0]
      if (issue) {
        const at = (issue.path ?? [])
          .map((p) => (typeof p === 'object' ? String(p.key) : String(p)))
          .join('.')
        wrong[`${example.endpoint} ${example.status} ${example.pointer}`] = `${at}: ${issue.message}`
      }
    }
    console.log(`${checked} examples checked, ${Object.keys(wrong).length} do not fit their schema`)
    expect(checked).toBeGreaterThan(1000)
    expect(wrong).toEqual(GITHUB_WRONG_EXAMPLES)
  })

  test('mockApi replies with documented examples and createApiClient reads them as the declared kind', async () => {
    const { github } = (await import(`${dir}/github.ts`)) as { github: Api }
    const mock = mockApi(github, { baseURL })
    const client = createApiClient(github, { baseURL, retry: false }) as unknown as Record<
      string,
      (input: { params: Record<string, string> }) => Promise<unknown>
    >
    // The first GET endpoints with a 200 example that fits (`:path*` waits for the runtime to fill it).
    const fitting = generated.examples.filter(
      (e) =>
        e.status === 200 &&
        github[e.endpoint]?.method === 'GET' &&
        !github[e.endpoint]?.path.includes('*') &&
        !Object.keys(GITHUB_WRONG_EXAMPLES).some((key) => key.startsWith(`${e.endpoint} 200 `)),
    )
    const unique = fitting.filter((e, i) => fitting.findIndex((f) => f.endpoint === e.endpoint) === i)
    let sent = 0
    for (const example of unique) {
      const endpoint = github[example.endpoint] as Api[string]
      // Endpoints whose query or headers have required members need inputs this loop does not invent.
      if (!(await acceptsNothing(endpoint.query)) || !(await acceptsNothing(endpoint.headers))) continue
      if (sent === 25) break
      sent += 1
      server.use((mock[example.endpoint] as ReturnType<typeof mockApi>[string]).reply(200, example.value))
      const params = Object.fromEntries([...endpoint.path.matchAll(/:(\w+)/g)].map((m) => [m[1], 'x']))
      const call = client[example.endpoint] as (input: { params: Record<string, string> }) => Promise<unknown>
      expect(await call({ params }), example.endpoint).toMatchObject({ kind: 'ok', ok: true })
    }
    expect(sent).toBe(25)
  })
})

// GitHub's full description (@octokit/openapi): the generated module type-checks under `strict`, every
// documented response example passes its own schema (but the ones listed, which the description gets
// wrong), and a round trip through mockApi and createApiClient gives the declared kind.
import { createRequire } from 'node:module'
import { beforeAll, describe, expect, test } from 'vitest'
import type { Generated } from '../../src/cli/openapi/transform/document.js'
import { type Api, createApiClient } from '../../src/index.js'
import { mockApi } from '../../src/msw/index.js'
import { baseURL, useServer } from '../msw/server.js'
import { acceptsNothing, dir, generateModule, misfits, typeCheck } from './corpus.js'
import { GITHUB_WRONG_EXAMPLES } from './github-wrong-examples.js'

const description = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json')
const server = useServer()
let generated: Generated

beforeAll(async () => {
  generated = await generateModule(description, 'api.github.com.json', 'github')
})

describe("GitHub's description", () => {
  test('the generated module type-checks under strict', () => {
    const tsc = typeCheck('github')
    expect(tsc.output).toBe('')
    expect(tsc.status).toBe(0)
  })

  test('every documented example passes its own schema, but the ones the description gets wrong', async () => {
    const { github } = (await import(`${dir}/github.ts`)) as { github: Api }
    const { checked, headers, wrong } = await misfits(github, generated)
    console.log(
      `${checked} examples and the headers of ${headers} statuses checked, ${Object.keys(wrong).length} do not fit their schema`,
    )
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

// `style: deepObject` query parameters on the wire, through a generated module: an object travels as
// `name[key]=value`, an array as `name[]=value` (the form Stripe's `expand[]` and Rails-style servers read;
// OpenAPI leaves deepObject arrays undefined). A plain key repeated would be read as one value, or refused.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { http } from 'msw'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { loadDescription } from '../../src/cli/openapi/load.js'
import { generate } from '../../src/cli/openapi/transform/document.js'
import { type Api, createApiClient } from '../../src/index.js'
import { mockApi } from '../../src/msw/index.js'
import { baseURL, useServer } from '../msw/server.js'
import { OPTIONS } from './transform.js'

const server = useServer()
let dir: string
let charges: Api

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'honest-fetch-deep-object-'))
  const doc = await loadDescription(new URL('./fixtures/deep-object.json', import.meta.url).pathname)
  await writeFile(
    join(dir, 'charges.ts'),
    generate(doc, 'deep-object.json', { ...OPTIONS, name: 'charges' }).source,
  )
  charges = ((await import(join(dir, 'charges.ts'))) as { charges: Api }).charges
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** Calls getCharges with `query` against the mock; resolves with the result and the query sent. */
async function getCharges(query: unknown): Promise<{ result: unknown; sent: [string, string][][] }> {
  const sent: [string, string][][] = []
  server.use(
    // Sees the request first and lets it through to the mock's reply.
    http.get(`${baseURL}/v1/charges`, ({ request }) => {
      sent.push([...new URL(request.url).searchParams])
    }),
    (mockApi(charges, { baseURL }).getCharges as ReturnType<typeof mockApi>[string]).reply(200, {
      object: 'list',
      data: [],
    }),
  )
  const client = createApiClient(charges, { baseURL, retry: false }) as unknown as Record<
    string,
    (input: unknown) => Promise<unknown>
  >
  return { result: await client.getCharges?.({ query }), sent }
}

describe('deepObject query parameters', () => {
  test('an object goes as name[key], an array as name[], the other parameters as they are', async () => {
    const { result, sent } = await getCharges({
      created: { gte: 1700000000, lt: 1800000000 },
      expand: ['data.customer', 'data.invoice'],
      limit: 3,
    })
    expect(result).toMatchObject({ kind: 'ok', data: { object: 'list', data: [] } })
    expect(sent).toEqual([
      [
        ['limit', '3'],
        ['created[gte]', '1700000000'],
        ['created[lt]', '1800000000'],
        ['expand[]', 'data.customer'],
        ['expand[]', 'data.invoice'],
      ],
    ])
  })

  test('a deepObject parameter given a plain value (Stripe lets `created` be a number) goes as it is', async () => {
    const { result, sent } = await getCharges({ created: 1700000000 })
    expect(result).toMatchObject({ kind: 'ok' })
    expect(sent).toEqual([[['created', '1700000000']]])
  })
})

// The round trip: a description from an npm package, generated into a module (checked in, so the
// type checker reads it with the rest of the suite), used unchanged by createApiClient and mockApi.
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { describe, expect, test } from 'vitest'
import { main } from '../../src/cli/main.js'
import { createApiClient } from '../../src/index.js'
import { MockError, mockApi } from '../../src/msw/index.js'
import { baseURL, useServer } from '../msw/server.js'
import { petstore } from './generated/petstore.js'
import { pets, petsExamples } from './generated/pets.js'

const server = useServer()
const client = createApiClient(petstore, { baseURL, retry: false })
const mock = mockApi(petstore, { baseURL })
const rex = { id: 7, name: 'Rex', photoUrls: [], status: 'available' as const }

async function generated(file: string, name: string, ...flags: string[]): Promise<string> {
  const out: string[] = []
  const status = await main(['openapi', file, '--name', name, '--quiet', ...flags], {
    stdout: (t) => out.push(t),
    stderr: () => 0,
  })
  expect(status).toBe(0)
  return out.join('')
}

describe('Petstore, generated and used as it is', () => {
  test('the checked-in modules are what the generator writes today (stable output, not stale)', async () => {
    const description = createRequire(import.meta.url).resolve('@readme/oas-examples/3.0/json/petstore.json')
    const store = await generated(description, 'petstore')
    expect(store).toBe(await readFile(new URL('./generated/petstore.ts', import.meta.url), 'utf8'))
    const yaml = await generated(
      new URL('./fixtures/pets.yaml', import.meta.url).pathname,
      'pets',
      '--examples',
    )
    expect(yaml).toBe(await readFile(new URL('./generated/pets.ts', import.meta.url), 'utf8'))
    const withHeaders = await generated(
      new URL('./fixtures/reports.yaml', import.meta.url).pathname,
      'reports',
      '--examples',
    )
    expect(withHeaders).toBe(await readFile(new URL('./generated/reports.ts', import.meta.url), 'utf8'))
  })

  test('a declared reply comes back as its kind, with the data the schema typed', async () => {
    server.use(mock.getPetById.reply(200, rex))
    const r = await client.getPetById({ params: { petId: 7 } })
    expect(r).toMatchObject({ kind: 'ok', data: rex, request: { url: `${baseURL}/pet/7` } })
    server.use(mock.getPetById.reply(404))
    expect(await client.getPetById({ params: { petId: 8 } })).toMatchObject({ kind: 'notFound' })
  })

  test('the query schema checks the call before anything is sent', async () => {
    server.use(mock.findPetsByStatus.reply(200, [rex]))
    expect(await client.findPetsByStatus({ query: { status: ['available'] } })).toMatchObject({
      kind: 'ok',
      data: [rex],
    })
    // @ts-expect-error: not one of the declared statuses
    const wrong = await client.findPetsByStatus({ query: { status: ['lost'] } })
    expect(wrong).toMatchObject({ kind: 'invalidRequest', attempts: 0 })
  })

  test('a mock body that breaks the generated schema is refused', () => {
    // @ts-expect-error: name is required by the description
    expect(() => mock.getPetById.reply(200, { id: 1, photoUrls: [] })).toThrow(MockError)
  })

  test('a 3.1 YAML description with an external schema and a components/examples example round-trips', async () => {
    const example = { id: '7', name: 'Rex', tag: null }
    server.use(mockApi(pets, { baseURL }).petsGet.reply(200, example))
    const r = await createApiClient(pets, { baseURL, retry: false }).petsGet({ params: { petId: '7' } })
    expect(r).toMatchObject({ kind: 'ok', data: example })
  })

  test('mock.<ep>.example() replies with the example of the description (from components/examples)', async () => {
    const mock = mockApi(pets, { baseURL, examples: petsExamples })
    server.use(mock.petsGet.example())
    const r = await createApiClient(pets, { baseURL, retry: false }).petsGet({ params: { petId: '7' } })
    expect(r).toMatchObject({ kind: 'ok', data: { id: '7', name: 'Rex', tag: null } })
    expect(() => mock.petsGet.example(404)).toThrow('petsGet.example(404): no example for 404 was given')
    // @ts-expect-error: 500 is not a declared status
    expect(() => mock.petsGet.example(500)).toThrow(MockError)
  })

  test('an example that does not fit its schema is refused like any reply', () => {
    const mock = mockApi(pets, { baseURL, examples: { petsGet: { 200: { id: 7 } } } })
    expect(() => mock.petsGet.example()).toThrow(/does not fit the schema/)
    expect(() => mockApi(pets, { baseURL }).petsGet.example()).toThrow(
      'pass mockApi(api, { baseURL, examples })',
    )
  })
})

import { describe, expectTypeOf, test } from 'vitest'
import { createApiClient } from '../../src/index.js'
import { petstore } from './generated/petstore.js'

const client = createApiClient(petstore, { baseURL: 'https://api.test' })

describe('the generated Petstore contract types the calls', () => {
  test('a declared status narrows data to the generated schema', async () => {
    const r = await client.getPetById({ params: { petId: 1 } })
    if (r.kind === 'ok') {
      expectTypeOf(r.data.name).toEqualTypeOf<string>()
      expectTypeOf(r.data.status).toEqualTypeOf<'available' | 'pending' | 'sold' | undefined>()
    }
    if (r.kind === 'notFound') expectTypeOf(r.data).toEqualTypeOf<undefined>()
  })

  test('path parameters are required, an all-optional header set is optional', () => {
    // @ts-expect-error: petId is a path parameter
    void client.getPetById({ params: {} })
    void client.deletePet({ params: { petId: 1 } })
    void client.deletePet({ params: { petId: 1 }, headers: { api_key: 'k' } })
  })
})

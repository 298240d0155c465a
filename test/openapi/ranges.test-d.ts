import { describe, expectTypeOf, it } from 'vitest'
import { createApiClient } from '../../src/index.js'
import { mockApi } from '../../src/msw/index.js'
import { orders } from './generated/ranges.js'

const client = createApiClient(orders, { baseURL: 'https://api.test' })
type R = Awaited<ReturnType<typeof client.getOrder>>
type Data<K> = Extract<R, { readonly kind: K }> extends { readonly data: infer D } ? D : never
type Problem = { title: string; detail?: string | undefined }
type ApiError = { error: { code: string; message: string } }

describe('a generated module with a 4XX range and default', () => {
  it('types range and default kinds by their schemas', () => {
    expectTypeOf<Data<'ok'>>().toEqualTypeOf<{ id: string; total: number }>()
    expectTypeOf<Data<'notFound'>>().toEqualTypeOf<undefined>()
    expectTypeOf<Data<'conflict'>>().toEqualTypeOf<Problem>()
    expectTypeOf<Data<'internalServerError'>>().toEqualTypeOf<ApiError>()
  })

  it('lets mocks reply with any code, typed by the declaration that covers it', () => {
    const mock = mockApi(orders, { baseURL: 'https://api.test' })
    mock.getOrder.reply(409, { title: 'conflict' })
    mock.getOrder.reply(500, { error: { code: 'x', message: 'y' } })
    // @ts-expect-error 409 is under 4XX: a Problem, not an error envelope
    mock.getOrder.reply(409, { error: { code: 'x', message: 'y' } })
  })
})

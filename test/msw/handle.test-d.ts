import { describe, expectTypeOf, it } from 'vitest'
import { usersApi } from '../../examples/users-api.js'
import { mockApi } from '../../src/msw/index.js'

const mock = mockApi(usersApi, { baseURL: 'https://api.test' })

describe('handle is typed from the contract', () => {
  it('types params, query, body and reply', () => {
    mock.getUser.handle(({ params, reply }) => {
      expectTypeOf(params).toEqualTypeOf<{ readonly id: string }>()
      // @ts-expect-error 500 is not declared for getUser
      reply(500, {})
      // @ts-expect-error the body must fit the 200 schema
      reply(200, { id: 1 })
      return reply(200, { id: params.id, name: 'Ada' })
    })
    mock.createUser.handle(({ body, reply }) => {
      expectTypeOf(body.name).toEqualTypeOf<string>()
      return reply(201, { id: '1', name: body.name })
    })
    mock.listUsers.handle(({ query, reply }) => {
      expectTypeOf(query).toEqualTypeOf<{ limit?: number | undefined; q?: string | undefined } | undefined>()
      return reply(200, [])
    })
    mock.deleteUser.handle(({ reply }) => reply(204))
  })
})

import { describe, expect, test } from 'vitest'
import { camelCase, nameFromRoute, pascalCase, pathTemplate } from '../../src/cli/openapi/transform/names.js'

describe('names in the generated module', () => {
  test.each([
    ['issues/list-for-repo', 'issuesListForRepo'],
    ['listPets', 'listPets'],
    ['GetUser', 'getUser'],
    ['get_user_by_id', 'getUserById'],
    ['2fa/enable', '_2faEnable'],
  ])('operationId %s becomes the endpoint %s', (id, name) => {
    expect(camelCase(id)).toBe(name)
  })

  test('an operation without an operationId is named from its method and path', () => {
    expect(nameFromRoute('get', '/pets/{petId}')).toBe('getPetsByPetId')
    expect(nameFromRoute('post', '/pets')).toBe('postPets')
  })

  test('schema names become PascalCase constants', () => {
    expect(pascalCase('simple-user')).toBe('SimpleUser')
    expect(pascalCase('repository')).toBe('Repository')
    expect(pascalCase('404-error')).toBe('Schema404Error')
  })

  test('path templates: {id} is :id, {Sid}.json keeps its suffix, a spanning parameter is :name*', () => {
    expect(pathTemplate('/pets/{id}', new Set())).toBe('/pets/:id')
    expect(pathTemplate('/Accounts/{Sid}.json', new Set())).toBe('/Accounts/:Sid.json')
    expect(pathTemplate('/repos/{owner}/{repo}/contents/{path}', new Set(['path']))).toBe(
      '/repos/:owner/:repo/contents/:path*',
    )
    expect(pathTemplate('/users/{user-id}', new Set())).toBe('/users/:userId')
  })
})

import { describe, expect, test } from 'vitest'
import { zodOf } from './transform.js'

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })

describe('schema objects become zod 4 source', () => {
  test.each([
    [{ type: 'string' }, 'z.string()'],
    [{ type: 'integer', format: 'int64' }, 'z.number().int()'],
    [{ type: 'number' }, 'z.number()'],
    [{ type: 'boolean' }, 'z.boolean()'],
    [{ type: 'string', format: 'binary' }, 'z.instanceof(Blob)'],
    [{ type: 'array', items: { type: 'string' } }, 'z.array(z.string())'],
    [{ enum: ['a', 'b'] }, "z.enum(['a', 'b'])"],
    [{ enum: [1, 'x'] }, "z.union([z.literal(1), z.literal('x')])"],
    [{ const: 'fixed' }, "z.literal('fixed')"],
    [{}, 'z.unknown()'],
  ])('%j -> %s', (schema, expected) => {
    expect(zodOf(schema).source).toBe(expected)
  })

  test('3.0 nullable, 3.1 type arrays and a null enum member all make the schema nullable', () => {
    expect(zodOf({ type: 'string', nullable: true }).source).toBe('z.string().nullable()')
    expect(zodOf({ type: ['string', 'null'] }).source).toBe('z.string().nullable()')
    expect(zodOf({ type: ['string', 'integer'] }).source).toBe('z.union([z.string(), z.number().int()])')
    expect(zodOf({ enum: ['a', null] }).source).toBe("z.enum(['a']).nullable()")
    expect(zodOf({ allOf: [ref('A')], nullable: true }, { A: { type: 'string' } }).source).toBe(
      'A.nullable()',
    )
  })

  test('items without a type checks nothing, as JSON Schema reads it, and is noted', () => {
    const generated = zodOf({ items: { type: 'string' } })
    expect(generated.source).toBe('z.unknown()')
    expect(generated.notes).toEqual(['schema #/test'])
  })

  test('formats stay plain strings unless strict formats are asked for', () => {
    expect(zodOf({ type: 'string', format: 'date-time' }).source).toBe('z.string()')
    expect(zodOf({ type: 'string', format: 'date-time' }, {}, { strictFormats: true }).source).toBe(
      'z.iso.datetime({ offset: true })',
    )
    expect(zodOf({ type: 'string', format: 'uri' }, {}, { strictFormats: true }).source).toBe('z.url()')
  })

  test('objects: required keys plain, the others optional, odd keys quoted', () => {
    const { source } = zodOf({
      type: 'object',
      required: ['id'],
      properties: { id: { type: 'integer' }, 'x-name': { type: 'string' } },
    })
    expect(source).toBe("z.object({ id: z.number().int(), 'x-name': z.string().optional() })")
  })

  test('additionalProperties: a schema is a record or a catchall; none named is a map of unknowns', () => {
    expect(zodOf({ type: 'object', additionalProperties: { type: 'integer' } }).source).toBe(
      'z.record(z.string(), z.number().int())',
    )
    expect(zodOf({ type: 'object' }).source).toBe('z.record(z.string(), z.unknown())')
    expect(
      zodOf({
        type: 'object',
        properties: { a: { type: 'string' } },
        additionalProperties: { type: 'number' },
      }).source,
    ).toBe('z.object({ a: z.string().optional() }).catchall(z.number())')
  })

  test('oneOf and anyOf without a discriminator are unions; allOf is an intersection', () => {
    expect(zodOf({ oneOf: [{ type: 'string' }, { type: 'integer' }] }).source).toBe(
      'z.union([z.string(), z.number().int()])',
    )
    expect(zodOf({ anyOf: [{ type: 'string' }, { type: 'null' }] }).source).toBe(
      'z.union([z.string(), z.null()])',
    )
    expect(
      zodOf({ allOf: [ref('A'), ref('B')] }, { A: { type: 'object' }, B: { type: 'object' } }).source,
    ).toBe('z.intersection(A, B)')
  })

  test('a discriminator over object schemas is a discriminated union, tags from the mapping or the name', () => {
    const schemas = {
      Cat: {
        type: 'object',
        required: ['kind'],
        properties: { kind: { type: 'string' }, meows: { type: 'boolean' } },
      },
      Dog: { type: 'object', required: ['kind'], properties: { kind: { type: 'string' } } },
    }
    const { source } = zodOf(
      {
        oneOf: [ref('Cat'), ref('Dog')],
        discriminator: { propertyName: 'kind', mapping: { cat: '#/components/schemas/Cat' } },
      },
      schemas,
    )
    expect(source).toBe(
      "z.discriminatedUnion(\n  'kind',\n  [Cat.extend({ kind: z.literal('cat') }), Dog.extend({ kind: z.literal('Dog') })],\n)",
    )
  })

  test('a discriminator whose property a member does not require is read as a plain union', () => {
    const schemas = {
      A: { type: 'object', properties: { kind: { type: 'string' } } },
      B: { type: 'object', required: ['kind'], properties: { kind: { type: 'string' } } },
    }
    const { source, notes } = zodOf(
      { oneOf: [ref('A'), ref('B')], discriminator: { propertyName: 'kind' } },
      schemas,
    )
    expect(source).toBe('z.union([A, B])')
    expect(notes).toEqual(['discriminator #/test/oneOf'])
  })

  test('referenced schemas become constants declared before their users, once', () => {
    const { source, declarations } = zodOf(
      { type: 'array', items: ref('pet-list') },
      {
        'pet-list': { type: 'array', items: ref('Pet') },
        Pet: { type: 'object', properties: { id: { type: 'string' } } },
      },
    )
    expect(source).toBe('z.array(PetList)')
    expect(declarations).toEqual([
      'const Pet = z.object({ id: z.string().optional() })',
      'const PetList = z.array(Pet)',
    ])
  })

  test('a recursive schema reads itself through a getter', () => {
    const { declarations } = zodOf(ref('Node'), {
      Node: { type: 'object', properties: { children: { type: 'array', items: ref('Node') } } },
    })
    expect(declarations).toEqual([
      'const Node = z.object({\n  get children() {\n    return z.array(Node).optional()\n  },\n})',
    ])
  })

  test('a cycle outside any property goes through a loosely typed z.lazy', () => {
    const { declarations } = zodOf(ref('List'), { List: { type: 'array', items: ref('List') } })
    expect(declarations).toEqual(['const List = z.array(z.lazy((): z.ZodType => List))'])
  })

  test('a cycle through two schemas is closed by a loosely typed z.lazy, noted; tsc does not follow it', () => {
    const { declarations, notes } = zodOf(ref('A'), {
      A: { type: 'object', properties: { b: ref('B') } },
      B: { type: 'object', properties: { a: ref('A') } },
    })
    expect(declarations).toEqual([
      'const B = z.object({ a: z.lazy((): z.ZodType => A as never).optional() })',
      'const A = z.object({ b: B.optional() })',
    ])
    expect(notes).toEqual(['loosened #/components/schemas/B/properties/a'])
  })

  test('a schema name that would shadow a global the module uses gets a suffix', () => {
    expect(zodOf(ref('blob'), { blob: { type: 'string' } }).declarations).toEqual([
      'const BlobSchema = z.string()',
    ])
  })
})

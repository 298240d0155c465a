import { describe, expect, test } from 'vitest'
import { generate } from '../../src/cli/openapi/transform/document.js'
import { OPTIONS } from './transform.js'

function sourceFor(responses: Record<string, unknown>, components: Record<string, unknown> = {}): string {
  return generate(
    {
      openapi: '3.1.0',
      info: { title: 'T', version: '1' },
      paths: { '/x': { get: { operationId: 'x', responses } } },
      components,
    },
    't.json',
    OPTIONS,
  ).source
}

const json = { 'application/json': { schema: { type: 'string' } } }

describe('response headers', () => {
  test('become a lower-cased headers schema of strings: integers by a regex, enums kept, required kept', () => {
    const source = sourceFor({
      200: {
        description: '',
        content: json,
        headers: {
          'X-Count': { required: true, schema: { type: 'integer' } },
          'X-Mode': { schema: { type: 'string', enum: ['a', 'b'] } },
          'X-Flag': { schema: { type: 'boolean' } },
          'Content-Type': { schema: { type: 'string' } },
        },
      },
    })
    expect(source).toContain(
      "const XCountXModeHeaders = z.object({\n  'x-count': IntegerHeader,\n  'x-mode': z.enum(['a', 'b']).optional(),\n  'x-flag': BooleanHeader.optional(),\n})",
    )
    expect(source).toContain('const IntegerHeader = z.string().regex(/^-?\\d+$/)')
    expect(source).toContain("const BooleanHeader = z.enum(['true', 'false'])")
    expect(source).toContain('200: { schema: z.string(), headers: XCountXModeHeaders }')
    expect(source).not.toContain('content-type')
  })

  test('follow $refs into components/headers, and one constant serves every status that declares the same', () => {
    const link = { headers: { Link: { $ref: '#/components/headers/link' } } }
    const source = sourceFor(
      { 200: { description: '', content: json, ...link }, 204: { description: '', ...link } },
      { headers: { link: { schema: { type: 'string' } } } },
    )
    expect(
      source.match(/const LinkHeaders = z\.object\(\{ link: z\.string\(\)\.optional\(\) \}\)/g),
    ).toHaveLength(1)
    expect(source).toContain('200: { schema: z.string(), headers: LinkHeaders }')
    expect(source).toContain('204: { headers: LinkHeaders }')
  })
})

describe('several media types per status', () => {
  test('become content, the preferred JSON first, each with its format and schema (XML aside)', () => {
    const source = sourceFor({
      200: {
        description: '',
        content: {
          'application/vnd.github.object': { schema: { type: 'object' } },
          'application/json; charset=utf-8': { schema: { type: 'object' } },
          'application/json': { schema: { type: 'number' } },
          'text/csv': { schema: { type: 'string' } },
          'text/plain': { schema: { type: 'string', enum: ['ok'] } },
          'application/xml': { schema: { type: 'object' } },
          'application/pdf': { schema: { type: 'string', format: 'binary' } },
        },
      },
    })
    expect(source).toContain(
      [
        '      200: {',
        '        content: {',
        "          'application/json': z.record(z.string(), z.unknown()),",
        "          'application/vnd.github.object': z.record(z.string(), z.unknown()),",
        "          'text/csv': { format: 'text' },",
        "          'text/plain': { format: 'text', schema: z.enum(['ok']) },",
        "          'application/pdf': { format: 'bytes' },",
        '        },',
        '      },',
      ].join('\n'),
    )
  })

  test('leave out XML beside JSON, with a note, and keep it when it is the only body', () => {
    const xml = { 'application/xml': { schema: { type: 'object' } } }
    const { source, notes } = generate(
      {
        openapi: '3.1.0',
        info: { title: 'T', version: '1' },
        paths: { '/x': { get: { responses: { 200: { description: '', content: { ...json, ...xml } } } } } },
      },
      't.json',
      OPTIONS,
    )
    expect(source).toContain('responses: { 200: z.string() }')
    expect(notes.map((n) => n.topic)).toEqual(['xml'])
    expect(sourceFor({ 200: { description: '', content: xml } })).toContain(
      "200: { contentType: 'application/xml', format: 'text' }",
    )
  })

  test('leave out, with a note, a content key that is not one media type', () => {
    const listed = { 'text/csv, text/comma-separated-values': { schema: { type: 'string' } } }
    const { source, notes } = generate(
      {
        openapi: '3.1.0',
        info: { title: 'T', version: '1' },
        paths: {
          '/x': { get: { responses: { 200: { description: '', content: { ...json, ...listed } } } } },
        },
      },
      't.json',
      OPTIONS,
    )
    expect(source).toContain('responses: { 200: z.string() }')
    expect(notes.map((n) => n.topic)).toEqual(['mediaType'])
  })

  test('keep the single form when one media type is left', () => {
    expect(sourceFor({ 200: { description: '', content: { ...json, '*/*': {} } } })).toContain(
      'responses: { 200: z.string() }',
    )
  })
})

import { describe, expect, it } from 'vitest'
import type { BodyType } from '../../src/body/media-type.js'
import type { ParsedBody } from '../../src/body/parsed-body.js'
import { parseAccept } from '../../src/request/accept.js'
import { DEFAULT_RULES, findViolations } from '../../src/violations/engine.js'
import { facts, found, json, text } from './facts.js'

const binary = (raw: string): ParsedBody => ({ type: 'binary', value: new TextEncoder().encode(raw) })
const PAGE = '<!DOCTYPE html><html><head><title>Sign in</title></head><body>Sign in</body></html>'
const ERROR = ['unexpected-content-type:error']
const WARN = ['unexpected-content-type:warn']

interface Row {
  readonly accept?: string
  readonly mediaType?: string | undefined
  readonly body: ParsedBody
  readonly method?: string
  readonly status?: number
  readonly declared?: BodyType | null
}

const JSON_BODY: BodyType = { mediaType: 'application/json', format: 'json' }
const GITHUB_OBJECT: BodyType = { mediaType: 'application/vnd.github.object', format: 'json' }
const TEXT_BODY: BodyType = { mediaType: 'text/plain', format: 'text' }

function check(row: Row): string[] {
  const { accept, mediaType, ...rest } = row
  const input = facts({
    ...rest,
    mediaType,
    accept: parseAccept(accept ?? 'application/json'),
    ...(mediaType === undefined ? {} : { headers: { 'content-type': mediaType } }),
  })
  return found(input)
}

describe('unexpected-content-type on an untyped call, by the Accept it sent', () => {
  it.each<[string, Row, string[]]>([
    ['an HTML page where only JSON was accepted', { mediaType: 'text/html', body: text(PAGE) }, ERROR],
    [
      'a page starting with any tag, labelled HTML',
      { mediaType: 'text/html', body: text('<p>Log in</p>') },
      ERROR,
    ],
    [
      'an XHTML page',
      { mediaType: 'application/xhtml+xml', body: text('<?xml version="1.0"?><html/>') },
      ERROR,
    ],
    [
      'a doctype behind whitespace in text/plain',
      { mediaType: 'text/plain', body: text('\n <!DOCTYPE html>') },
      ERROR,
    ],
    [
      'an unlabelled <html> page',
      { mediaType: undefined, body: text('<HTML lang="en"><body>x</body></HTML>') },
      ERROR,
    ],
    [
      'a page where */* is refused',
      { accept: 'application/json, */*;q=0', mediaType: 'text/html', body: text(PAGE) },
      ERROR,
    ],
    [
      'a page where JSON is named and HTML only through */*',
      { accept: 'application/json, text/plain, */*', mediaType: 'text/html', body: text(PAGE) },
      WARN,
    ],
    [
      'a page where */*;q=0.1 backs up JSON',
      { accept: 'application/json, */*;q=0.1', mediaType: 'text/html', body: text(PAGE) },
      WARN,
    ],
    [
      'a page where only text/plain was accepted',
      { accept: 'text/plain', mediaType: 'text/html', body: text(PAGE) },
      WARN,
    ],
    [
      'a page where fetch default */* was sent',
      { accept: '*/*', mediaType: 'text/html', body: text(PAGE) },
      [],
    ],
    [
      'a page where HTML was named',
      { accept: 'text/html, application/json', mediaType: 'text/html', body: text(PAGE) },
      [],
    ],
    ['a page on a non-2xx', { mediaType: 'text/html', body: text(PAGE), status: 502 }, []],
    [
      'other text where JSON was accepted',
      { mediaType: 'text/plain', body: text('Service unavailable') },
      WARN,
    ],
    [
      'XML where JSON was accepted',
      { mediaType: 'application/xml', body: text('<error>nope</error>') },
      WARN,
    ],
    [
      'bytes where JSON was accepted',
      { mediaType: 'application/octet-stream', body: binary('PK\u0003') },
      WARN,
    ],
    ['an unlabelled text', { mediaType: undefined, body: text('hello') }, WARN],
    ['JSON labelled text/html', { mediaType: 'text/html', body: json({ id: 1 }) }, WARN],
    [
      'JSON where only text/event-stream was accepted',
      { accept: 'text/event-stream', body: json({ a: 1 }) },
      WARN,
    ],
    [
      'JSON where JSON and SSE were accepted (MCP)',
      { accept: 'application/json, text/event-stream', body: json({ a: 1 }) },
      [],
    ],
    [
      'SSE where JSON and SSE were accepted (MCP)',
      {
        accept: 'application/json, text/event-stream',
        mediaType: 'text/event-stream',
        body: text('data: 1\n\n'),
      },
      [],
    ],
    [
      'NDJSON where NDJSON was accepted',
      { accept: 'application/x-ndjson', mediaType: 'application/x-ndjson', body: text('{"a":1}\n{"a":2}\n') },
      [],
    ],
    [
      'a +json type under application/json',
      { mediaType: 'application/vnd.api+json', body: json({ data: [] }) },
      [],
    ],
    [
      'a +json type that a range refuses',
      {
        accept: 'application/json, application/vnd.api+json;q=0',
        mediaType: 'application/vnd.api+json',
        body: json({}),
      },
      WARN,
    ],
    [
      'a vendor type that was asked for',
      {
        accept: 'application/vnd.github.object',
        mediaType: 'application/vnd.github.object',
        body: binary('{"a":1}'),
      },
      [],
    ],
    ['an unlabelled JSON body', { mediaType: undefined, body: json({ id: 1 }) }, []],
    [
      'express sendStatus(201): "Created"',
      { mediaType: 'text/plain', body: text('Created'), status: 201, method: 'POST' },
      [],
    ],
    ['koa status-only 202: "Accepted"', { mediaType: 'text/plain', body: text('Accepted'), status: 202 }, []],
    ['res.send("OK") as text/html', { mediaType: 'text/html', body: text('OK') }, []],
    [
      'the OPTIONS reply "GET,HEAD"',
      { mediaType: 'text/plain', body: text('GET,HEAD'), method: 'OPTIONS' },
      [],
    ],
    ['a blank text body', { mediaType: 'text/plain', body: text('  \n') }, []],
    ['an empty binary body', { mediaType: 'image/png', body: binary('') }, []],
    ['an empty body', { mediaType: 'text/plain', body: { type: 'empty' }, status: 201 }, []],
    ['no body (204)', { mediaType: undefined, body: { type: 'none' }, status: 204 }, []],
    [
      'malformed JSON, left to malformed-json',
      { body: { type: 'malformedJson', text: '{', error: new SyntaxError('x') } },
      ['malformed-json:error'],
    ],
  ])('%s', (_name, row, expected) => {
    expect(check(row)).toEqual(expected)
  })
})

describe('unexpected-content-type on a declared status', () => {
  it.each<[string, Row, string[]]>([
    ['declared JSON, an HTML page', { declared: JSON_BODY, mediaType: 'text/html', body: text(PAGE) }, ERROR],
    [
      'declared JSON, status text',
      { declared: JSON_BODY, mediaType: 'text/plain', body: text('Created'), status: 201 },
      ERROR,
    ],
    [
      'declared JSON, bytes',
      { declared: JSON_BODY, mediaType: 'application/octet-stream', body: binary('x') },
      ERROR,
    ],
    [
      'declared JSON, even with Accept */*',
      { accept: '*/*', declared: JSON_BODY, mediaType: 'text/plain', body: text('x') },
      ERROR,
    ],
    [
      'declared JSON, JSON labelled text/plain',
      { declared: JSON_BODY, mediaType: 'text/plain', body: json({ id: 1 }) },
      WARN,
    ],
    [
      'declared JSON, problem+json',
      { declared: JSON_BODY, mediaType: 'application/hal+json', body: json({ id: 1 }) },
      [],
    ],
    [
      'declared vendor JSON, read as JSON',
      { declared: GITHUB_OBJECT, mediaType: 'application/vnd.github.object', body: json({}) },
      [],
    ],
    [
      'declared vendor JSON, answered application/json',
      { declared: GITHUB_OBJECT, mediaType: 'application/json', body: json({}) },
      [],
    ],
    ['declared text, text', { declared: TEXT_BODY, mediaType: 'text/plain', body: text('OK') }, []],
    ['declared text, an HTML page', { declared: TEXT_BODY, mediaType: 'text/html', body: text(PAGE) }, WARN],
    ['declared text, JSON', { declared: TEXT_BODY, mediaType: 'application/json', body: json('x') }, WARN],
    [
      'declared null, status text',
      { declared: null, mediaType: 'text/plain', body: text('Accepted'), status: 202 },
      [],
    ],
    ['declared null, any text', { declared: null, mediaType: 'text/plain', body: text('queued as 7') }, []],
    ['declared null, JSON', { declared: null, body: json({ id: 1 }), status: 202 }, []],
    ['declared null, a login page', { declared: null, mediaType: 'text/html', body: text(PAGE) }, ERROR],
  ])('%s', (_name, row, expected) => {
    expect(check(row)).toEqual(expected)
  })
})

describe('unexpected-content-type messages', () => {
  it('names the HTML page and what it often is', () => {
    const [violation] = findViolations(facts({ mediaType: 'text/html', body: text(PAGE) }), DEFAULT_RULES)
    expect(violation?.message).toMatch(/HTML page where JSON was expected \(often a login page/)
  })

  it('says what was accepted, and that RFC 9110 lets a server disregard it', () => {
    const input = facts({
      mediaType: 'text/html',
      body: json({ success: false }),
      headers: { 'content-type': 'text/html' },
    })
    const violation = findViolations(input, DEFAULT_RULES).find((v) => v.rule === 'unexpected-content-type')
    expect(violation?.message).toMatch(
      /^The server answered 200 with JSON labelled text\/html where the request accepted application\/json; RFC 9110 §12.5.1/,
    )
  })

  it('names the declared media type', () => {
    const input = facts({ declared: GITHUB_OBJECT, mediaType: 'text/plain', body: text('nope') })
    const [violation] = findViolations(input, DEFAULT_RULES)
    expect(violation?.message).toMatch(
      /where the contract declares a JSON body \(application\/vnd\.github\.object\)/,
    )
  })
})

describe('empty-success-body on a declared status', () => {
  it('is silent where the contract declares 200 without a body', () => {
    expect(found(facts({ body: { type: 'empty' }, declared: null }))).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import type { ViolationConfig } from '../../src/violations/engine.js'
import { compileRules, findViolations } from '../../src/violations/engine.js'
import { presets } from '../../src/violations/presets/index.js'
import { facts, found, json } from './facts.js'

const GRAPHQL_RESPONSE = 'application/graphql-response+json'
const using = (config: ViolationConfig) => compileRules(undefined, config)

describe('presets', () => {
  it('each preset has its own rule id prefix', () => {
    const prefixes = {
      slack: 'slack-',
      jsend: 'jsend-',
      googleJson: 'google-json-',
      jsonRpc: 'json-rpc-',
      graphql: 'graphql-',
    }
    for (const [name, preset] of Object.entries(presets)) {
      expect(preset.name).toBe(name)
      for (const rule of preset.rules)
        expect(rule.id.startsWith(prefixes[name as keyof typeof prefixes])).toBe(true)
    }
  })

  it.each([
    // [name, preset, config rules, status, mediaType, body, expected]
    [
      'slack ok:false',
      presets.slack,
      {},
      200,
      undefined,
      { ok: false, error: 'channel_not_found' },
      ['slack-error:error'],
    ],
    [
      'slack ok:false without a code',
      presets.slack,
      {},
      200,
      undefined,
      { ok: false },
      ['slack-error:error'],
    ],
    [
      'slack ok:true with a warning',
      presets.slack,
      {},
      200,
      undefined,
      { ok: true, warning: 'missing_charset' },
      [],
    ],
    [
      'slack-error off accepts Slack failures',
      presets.slack,
      { 'slack-error': 'off' },
      200,
      undefined,
      { ok: false, error: 'x' },
      [],
    ],
    [
      'slack-error at warn',
      presets.slack,
      { 'slack-error': 'warn' },
      200,
      undefined,
      { ok: false, error: 'x' },
      ['slack-error:warn'],
    ],
    [
      'slack leaves other error shapes to the generic rule',
      presets.slack,
      {},
      200,
      undefined,
      { error: 'x' },
      ['error-payload-in-success:error'],
    ],
    ['jsend success', presets.jsend, {}, 200, undefined, { status: 'success', data: { id: 1 } }, []],
    [
      'jsend fail',
      presets.jsend,
      {},
      200,
      undefined,
      { status: 'fail', data: { email: 'taken' } },
      ['jsend-fail:error'],
    ],
    [
      'jsend error',
      presets.jsend,
      {},
      200,
      undefined,
      { status: 'error', message: 'db down' },
      ['jsend-error:error'],
    ],
    ['jsend fail on 400', presets.jsend, {}, 400, undefined, { status: 'fail', data: {} }, []],
    [
      'jsend rules off',
      presets.jsend,
      { 'jsend-fail': 'off', 'jsend-error': 'off' },
      200,
      undefined,
      { status: 'error', message: 'x' },
      [],
    ],
    [
      'google error on 200',
      presets.googleJson,
      {},
      200,
      undefined,
      { error: { code: 404, message: 'Not found', status: 'NOT_FOUND' } },
      ['google-json-error:error'],
    ],
    [
      'google error on 404, matching code',
      presets.googleJson,
      {},
      404,
      undefined,
      { error: { code: 404, message: 'x', status: 'NOT_FOUND' } },
      [],
    ],
    [
      'google error on 404, mismatching code',
      presets.googleJson,
      {},
      404,
      undefined,
      { error: { code: 400, message: 'x' } },
      ['google-json-code-mismatch:warn'],
    ],
    [
      'google-shaped only with code or status',
      presets.googleJson,
      {},
      200,
      undefined,
      { error: { message: 'x' } },
      ['error-payload-in-success:error'],
    ],
    ['json-rpc result', presets.jsonRpc, {}, 200, undefined, { jsonrpc: '2.0', result: 19, id: 1 }, []],
    [
      'json-rpc error',
      presets.jsonRpc,
      {},
      200,
      undefined,
      { jsonrpc: '2.0', error: { code: -32601, message: 'Method not found' }, id: 1 },
      ['json-rpc-error:warn'],
    ],
    [
      'json-rpc error at error',
      presets.jsonRpc,
      { 'json-rpc-error': 'error' },
      200,
      undefined,
      { jsonrpc: '2.0', error: { code: -32600, message: 'x' }, id: null },
      ['json-rpc-error:error'],
    ],
    [
      'json-rpc error off',
      presets.jsonRpc,
      { 'json-rpc-error': 'off' },
      200,
      undefined,
      { jsonrpc: '2.0', error: { code: -32600, message: 'x' }, id: null },
      [],
    ],
    [
      'json-rpc batch with an error',
      presets.jsonRpc,
      {},
      200,
      undefined,
      [
        { jsonrpc: '2.0', result: 1, id: 1 },
        { jsonrpc: '2.0', error: { code: -32602, message: 'x' }, id: 2 },
      ],
      ['json-rpc-error:warn'],
    ],
    [
      'json-rpc batch of results',
      presets.jsonRpc,
      {},
      200,
      undefined,
      [{ jsonrpc: '2.0', result: 1, id: 1 }],
      [],
    ],
    [
      'graphql no data on graphql-response+json',
      presets.graphql,
      {},
      200,
      GRAPHQL_RESPONSE,
      { errors: [{ message: 'Syntax Error' }] },
      ['graphql-errors-without-data:error'],
    ],
    [
      'graphql no data on 400',
      presets.graphql,
      {},
      400,
      GRAPHQL_RESPONSE,
      { errors: [{ message: 'Syntax Error' }] },
      [],
    ],
    [
      'graphql data: null (draft: SHOULD be 2xx)',
      presets.graphql,
      {},
      200,
      GRAPHQL_RESPONSE,
      { data: null, errors: [{ message: 'x' }] },
      [],
    ],
    [
      'graphql partial success',
      presets.graphql,
      {},
      200,
      GRAPHQL_RESPONSE,
      { data: { a: null }, errors: [{ message: 'x', path: ['a'] }] },
      [],
    ],
    [
      'graphql legacy application/json request error',
      presets.graphql,
      {},
      200,
      'application/json',
      { errors: [{ message: 'Syntax Error' }] },
      [],
    ],
    [
      'graphql does not claim JSON:API errors',
      presets.graphql,
      {},
      200,
      'application/json',
      { errors: [{ title: 'Invalid', status: '422' }] },
      ['error-payload-in-success:error'],
    ],
  ] as const)('%s', (_name, preset, rules, status, mediaType, body, expected) => {
    const input = facts({ status, mediaType: mediaType ?? 'application/json', body: json(body) })
    expect(found(input, using({ presets: [preset], rules }))).toEqual(expected)
  })

  it('slack names the error code and points at it', () => {
    const input = facts({ body: json({ ok: false, error: 'channel_not_found' }) })
    const [violation] = findViolations(input, using({ presets: [presets.slack] }))
    expect(violation?.message).toMatch(/error "channel_not_found"/)
    expect(violation?.pointer).toBe('/error')
  })

  it('json-rpc points at the first failed call of a batch', () => {
    const batch = [
      { jsonrpc: '2.0', result: 1, id: 1 },
      { jsonrpc: '2.0', error: { code: 1, message: 'x' }, id: 2 },
    ]
    const [violation] = findViolations(facts({ body: json(batch) }), using({ presets: [presets.jsonRpc] }))
    expect(violation?.pointer).toBe('/1/error')
    expect(violation?.message).toMatch(/1 of 2 calls failed/)
  })

  it('google-json-code-mismatch points at /error/code', () => {
    const input = facts({ status: 403, body: json({ error: { code: 404, status: 'NOT_FOUND' } }) })
    const [violation] = findViolations(input, using({ presets: [presets.googleJson] }))
    expect(violation?.pointer).toBe('/error/code')
  })
})

describe('presets together', () => {
  const all = using({ presets: Object.values(presets) })

  it.each([
    [
      'a JSON-RPC error is not a Google error',
      { jsonrpc: '2.0', error: { code: -32601, message: 'x' }, id: 1 },
      ['json-rpc-error:warn'],
    ],
    ['a Slack error', { ok: false, error: 'not_authed' }, ['slack-error:error']],
    ['a JSend fail', { status: 'fail', data: {} }, ['jsend-fail:error']],
    [
      'a Google error',
      { error: { code: 403, status: 'PERMISSION_DENIED', message: 'x' } },
      ['google-json-error:error'],
    ],
    ['a generic error', { error: 'x' }, ['error-payload-in-success:error']],
    ['an honest body', { id: 1 }, []],
  ])('%s', (_name, body, expected) => {
    expect(found(facts({ body: json(body) }), all)).toEqual(expected)
  })
})

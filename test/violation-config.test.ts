import { describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import {
  createApiClient,
  createClient,
  defineApi,
  presets,
  UsageError,
  type Violation,
} from '../src/index.js'
import { fakeFetch, json } from './helpers/fake-fetch.js'

const baseURL = 'https://api.example.com'
const lying = () => json({ error: 'User not found' })

describe('rule levels through the client', () => {
  it('error by default: the lie becomes protocolViolation, and onViolation sees it', async () => {
    const onViolation = vi.fn<(v: Violation) => void>()
    const r = await createClient({ baseURL, fetch: fakeFetch(lying()), onViolation }).get('/u')
    expect(r).toMatchObject({
      kind: 'protocolViolation',
      ok: false,
      statusKind: 'ok',
      data: { error: 'User not found' },
    })
    expect(onViolation.mock.calls[0]?.[0]).toMatchObject({
      rule: 'error-payload-in-success',
      severity: 'error',
      pointer: '/error',
    })
  })

  it('warn per client keeps the kind and lists the violation', async () => {
    const http = createClient({
      baseURL,
      fetch: fakeFetch(lying()),
      violations: { rules: { 'error-payload-in-success': 'warn' } },
    })
    const r = await http.get('/u')
    expect(r).toMatchObject({
      kind: 'ok',
      ok: true,
      violations: [{ rule: 'error-payload-in-success', severity: 'warn' }],
    })
  })

  it('off per call silences it; error per call brings it back over the client', async () => {
    const http = createClient({
      baseURL,
      fetch: fakeFetch(lying()),
      violations: { rules: { 'error-payload-in-success': 'off' } },
    })
    expect(await http.get('/u')).toMatchObject({ kind: 'ok', violations: [] })
    const strict = await http.get('/u', { violations: { rules: { 'error-payload-in-success': 'error' } } })
    expect(strict.kind).toBe('protocolViolation')
  })

  it('per endpoint, over the client', async () => {
    const api = defineApi({
      legacy: {
        method: 'GET',
        path: '/legacy',
        responses: { 200: z.unknown() },
        violations: { rules: { 'error-payload-in-success': 'off' } },
      },
      modern: { method: 'GET', path: '/modern', responses: { 200: z.unknown() } },
    })
    const client = createApiClient(api, { baseURL, fetch: fakeFetch(lying()) })
    expect((await client.legacy()).kind).toBe('ok')
    expect((await client.modern()).kind).toBe('protocolViolation')
  })

  it('a preset speaks the API’s own language', async () => {
    const fetch = fakeFetch(
      json({ ok: false, error: 'channel_not_found' }),
      json({ ok: true, warning: 'superfluous_charset' }),
    )
    const slack = createClient({ baseURL, fetch, violations: { presets: [presets.slack] } })
    const failed = await slack.post('/chat.postMessage', { body: {} })
    expect(failed.violations.map((v) => v.rule)).toEqual(['slack-error'])
    expect(failed.violations[0]?.message).toContain('channel_not_found')
    expect(await slack.post('/chat.postMessage', { body: {} })).toMatchObject({ kind: 'ok', violations: [] })
  })

  it('an unknown rule id is a UsageError at createClient, naming the valid ids', () => {
    expect(() => createClient({ baseURL, violations: { rules: { 'no-such-rule': 'off' } } })).toThrow(
      UsageError,
    )
    expect(() => createClient({ baseURL, violations: { rules: { 'no-such-rule': 'off' } } })).toThrow(
      /malformed-json/,
    )
  })

  it('a 2xx with a warning is still ok; the warning travels in violations', async () => {
    const r = await createClient({
      baseURL,
      fetch: fakeFetch(json({}, { headers: { date: 'Sunday, 06-Nov-94 08:49:37 GMT' } })),
    }).get('/x')
    expect(r).toMatchObject({
      kind: 'ok',
      ok: true,
      violations: [{ rule: 'obsolete-date-format', severity: 'warn' }],
    })
  })
})

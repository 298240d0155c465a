import { describe, expect, it } from 'vitest'
import { createApiClient, createClient, presets } from '../src/index.js'
import { usersApi } from '../examples/users-api.js'
import { fakeFetch, json } from './helpers/fake-fetch.js'

const baseURL = 'https://api.example.com/v1'

describe('client.extend layers options over the parent', () => {
  it('merges headers, the child winning on the same name, and keeps the parent as it was', async () => {
    const fetch = fakeFetch(json({}))
    const parent = createClient({ baseURL, fetch, headers: { 'x-app': 'web', 'x-env': 'prod' } })
    const child = parent.extend({ headers: { 'x-env': 'staging', authorization: 'Bearer t' } })
    await child.get('/a')
    await parent.get('/b')
    const [fromChild, fromParent] = fetch.requests
    expect(fromChild?.url).toBe(`${baseURL}/a`)
    expect(Object.fromEntries(fromChild?.headers ?? [])).toMatchObject({
      'x-app': 'web',
      'x-env': 'staging',
      authorization: 'Bearer t',
    })
    expect(fromParent?.headers.get('x-env')).toBe('prod')
    expect(fromParent?.headers.has('authorization')).toBe(false)
  })

  it('merges header functions with static headers, each read per call', async () => {
    const fetch = fakeFetch(json({}))
    let token = 'one'
    const child = createClient({ baseURL, fetch, headers: { 'x-app': 'web' } }).extend({
      headers: async () => ({ authorization: `Bearer ${token}` }),
    })
    await child.get('/a')
    token = 'two'
    await child.get('/a')
    expect(fetch.requests.map((r) => [r.headers.get('x-app'), r.headers.get('authorization')])).toEqual([
      ['web', 'Bearer one'],
      ['web', 'Bearer two'],
    ])
  })

  it('chains hooks, the parent first, and replaces scalars such as baseURL', async () => {
    const fetch = fakeFetch(json({ error: 'nope' }))
    const calls: string[] = []
    const parent = createClient({
      baseURL,
      fetch,
      onRequest: async () => {
        await Promise.resolve()
        calls.push('parent request')
      },
      onResult: () => calls.push('parent result'),
      onViolation: (v) => calls.push(`parent ${v.rule}`),
    })
    const child = parent.extend({
      baseURL: 'https://other.example.com',
      onRequest: () => void calls.push('child request'),
      onResult: () => calls.push('child result'),
      onViolation: (v) => calls.push(`child ${v.rule}`),
    })
    const r = await child.get('/x')
    expect(r.request.url).toBe('https://other.example.com/x')
    expect(calls).toEqual([
      'parent request',
      'child request',
      'parent error-payload-in-success',
      'child error-payload-in-success',
      'parent result',
      'child result',
    ])
  })

  it('merges retry and violation settings field by field, and adds presets', async () => {
    const fetch = fakeFetch(
      json({}, { status: 503 }),
      json({ ok: false, error: 'invalid_auth' }),
      new Response(null, { status: 200 }),
    )
    const parent = createClient({
      baseURL,
      fetch,
      retry: { limit: 1, backoff: { baseMs: 1, maxMs: 1 } },
      violations: { rules: { 'empty-success-body': 'error' } },
    })
    const child = parent.extend({
      retry: { statuses: [503] },
      violations: { presets: [presets.slack] },
    })
    const r = await child.get('/x')
    expect(r.attempts).toBe(2)
    expect(r.kind).toBe('protocolViolation')
    expect(r.violations.map((v) => v.rule)).toEqual(['slack-error'])
    const empty = await child.get('/empty')
    expect(empty.violations.map((v) => [v.rule, v.severity])).toEqual([['empty-success-body', 'error']])
    expect(await parent.extend({ retry: false }).get('/y')).toMatchObject({ attempts: 1 })
  })

  it('gives a typed client the extended options', async () => {
    const fetch = fakeFetch(json({ id: '1', name: 'Ada' }))
    const users = createApiClient(
      usersApi,
      createClient({ baseURL, fetch }).extend({ headers: { 'x-a': '1' } }),
    )
    expect(await users.getUser({ params: { id: '1' } })).toMatchObject({ kind: 'ok', data: { name: 'Ada' } })
    expect(fetch.requests[0]?.headers.get('x-a')).toBe('1')
  })
})

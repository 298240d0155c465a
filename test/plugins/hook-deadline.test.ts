import { describe, expect, it } from 'vitest'
import { createClient } from '../../src/index.js'
import { fakeFetch, json } from '../helpers/fake-fetch.js'

// A hook that waits after an attempt (auth's refresh) is the caller's code, but the call must still end by
// its timeout or its signal: nothing the client awaits may outlive them.
const never = new Promise<never>(() => {})
const baseURL = 'https://api.example.com'

describe('a hook that waits after an attempt is bounded like the attempt', () => {
  it("an auth refresh that never settles ends the call at the caller's abort", async () => {
    const fetch = fakeFetch(json({}, { status: 401 }))
    const controller = new AbortController()
    const http = createClient({ baseURL, fetch, auth: { token: () => 'old', refresh: () => never } })
    setTimeout(() => controller.abort('gave up'), 30)
    const r = await http.get('/me', { signal: controller.signal, timeout: false })
    expect(r).toMatchObject({ kind: 'aborted', reason: 'gave up', attempts: 1 })
  })

  it('an auth refresh that never settles ends the call at its timeout', async () => {
    const fetch = fakeFetch(json({}, { status: 401 }))
    const http = createClient({
      baseURL,
      fetch,
      timeout: 50,
      auth: { token: () => 'old', refresh: () => never },
    })
    expect(await http.get('/me')).toMatchObject({ kind: 'timeout', timeoutMs: 50, attempts: 1 })
  })

  it("a plugin's onAttempt that never settles ends at the totalTimeout", async () => {
    const fetch = fakeFetch(json({ ok: 1 }))
    const http = createClient({
      baseURL,
      fetch,
      timeout: false,
      totalTimeout: 60,
      plugins: [{ name: 'stuck', onAttempt: () => never }],
    })
    expect(await http.get('/x')).toMatchObject({ kind: 'timeout', timeoutMs: 60, attempts: 1 })
  })

  it("a hook's own rejection still rejects the call", async () => {
    const fetch = fakeFetch(json({}))
    const boom = new Error('boom')
    const http = createClient({
      baseURL,
      fetch,
      plugins: [{ name: 'bad', onAttempt: async () => Promise.reject(boom) }],
    })
    await expect(http.get('/x')).rejects.toBe(boom)
  })
})

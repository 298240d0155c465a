import { describe, expect, it } from 'vitest'
import type { RedirectMode } from '../../src/transport/types.js'
import { createFetchTransport, type FetchFunction } from '../../src/transport/fetch-transport.js'
import { fetchShowsRedirects, redirectingTransports } from '../../src/transport/follow-redirects.js'
import { classifyNetworkError } from '../../src/transport/network-error.js'

// Where fetch hides a redirect from redirect: 'manual' (a browser: an opaque-redirect response, status 0,
// no headers), fetch follows, and a call that must not follow fails with code `redirect`. Checked here
// with a fetch that answers as a browser does; the same calls in Chromium 156, by hand, gave the same.

/** Answers every request as a browser's fetch answers a redirect, and remembers the redirect mode asked. */
function browserLikeFetch(asked: (RequestRedirect | undefined)[]): FetchFunction {
  return async (_input, init) => {
    asked.push(init?.redirect)
    // What a browser gives for each mode when the server redirects (after following, for 'follow').
    if (init?.redirect === 'follow') return new Response('{}', { status: 200 })
    if (init?.redirect === 'error') throw new TypeError('Failed to fetch')
    return { type: 'opaqueredirect', status: 0, headers: new Headers(), body: null } as unknown as Response
  }
}

const request = {
  method: 'GET',
  url: 'https://api.example/r',
  headers: new Headers(),
  body: undefined,
  signal: undefined,
}

describe('redirects where fetch hides them', () => {
  it('follow is left to fetch', async () => {
    const asked: (RequestRedirect | undefined)[] = []
    const transports = redirectingTransports(createFetchTransport(browserLikeFetch(asked)), {}, false)
    expect((await transports.for('follow')(request)).status).toBe(200)
    expect(asked).toEqual(['follow'])
  })

  it.each<RedirectMode>(['manual', 'error'])(
    '%s fails with code redirect, as fetch cannot show the 3xx',
    async (mode) => {
      const asked: (RequestRedirect | undefined)[] = []
      const transports = redirectingTransports(createFetchTransport(browserLikeFetch(asked)), {}, false)
      const error = await transports
        .for(mode)(request)
        .then(
          () => undefined,
          (reason: unknown) => reason,
        )
      expect(classifyNetworkError(error, 'head')).toBe('redirect')
      expect(asked).toEqual(['manual'])
    },
  )
})

describe('which runtime shows redirects to fetch', () => {
  it("Node does; an Electron renderer (Node's process, Chromium's fetch) does not", () => {
    expect(fetchShowsRedirects()).toBe(true)
    Object.defineProperty(process, 'type', { value: 'renderer', configurable: true })
    try {
      expect(fetchShowsRedirects()).toBe(false)
    } finally {
      Reflect.deleteProperty(process, 'type')
    }
  })
})

/**
 * `auth: { token, refresh, scheme? }`, written as a plugin on the public plugin API. A 401 means the
 * request was not applied (RFC 9110 §15.5.2: the credentials were refused before anything was done), so
 * the request may be sent again with a new token whatever its method, unlike a 503 (the server may have
 * started on it). The refresh is a single flight: every 401 to a token that was current when its request
 * was sent waits on the same `refresh` (ky #587 refreshes once per concurrent 401).
 */
import type { Plugin, RequestEvent } from '../core/hooks.js'

type MaybePromise<T> = T | Promise<T>

/** The client's credentials. */
export interface AuthOptions {
  /** The current token, read before every attempt; `undefined` sends none (and never refreshes). */
  readonly token: () => MaybePromise<string | undefined>
  /**
   * Called once for any number of concurrent 401s; gives the new token, or `undefined` to give up (the
   * 401 is then the result). Throwing rejects the calls waiting on it with that error.
   */
  readonly refresh: () => MaybePromise<string | undefined>
  /**
   * The `Authorization` scheme.
   * @default 'Bearer'
   */
  readonly scheme?: string
}

/** The auth plugin; one per `AuthOptions` object, so clients made with `extend` share its single flight. */
export function authPlugin(auth: AuthOptions): Plugin {
  let plugin = PLUGINS.get(auth)
  if (plugin) return plugin
  // Refreshes completed so far; a 401 to a request sent before the latest one needs no refresh of its own.
  let generation = 0
  let refreshing: Promise<unknown> | undefined
  // The token the latest refresh replaced, and what replaced it: a `token` that still gives the old one
  // (the new one was not stored where it reads) sends the new one instead.
  let stale: string | undefined
  let fresh: string | undefined
  const sent = new WeakMap<RequestEvent, { token: string; generation: number }>()
  plugin = {
    name: 'auth',
    onRequest: async (event) => {
      if (event.options.auth === false) return
      let token = await auth.token()
      if (token === stale && fresh !== undefined) token = fresh
      if (token === undefined) return
      event.headers.set('authorization', `${auth.scheme ?? 'Bearer'} ${token}`)
      sent.set(event, { token, generation })
    },
    onAttempt: async ({ request, result, mayReplay }) => {
      const carried = sent.get(request)
      if (result.status !== 401 || carried === undefined || !mayReplay) return undefined
      if (carried.generation === generation) {
        refreshing ??= (async () => {
          try {
            fresh = await auth.refresh()
            stale = carried.token
            generation++
          } finally {
            refreshing = undefined
          }
        })()
        await refreshing
      } else await refreshing
      return fresh === undefined ? undefined : 'replay'
    },
  }
  PLUGINS.set(auth, plugin)
  return plugin
}

const PLUGINS = new WeakMap<AuthOptions, Plugin>()

/// <reference types="node" />
/**
 * Connection attempts the undici transport can give up. undici connects once per origin for the requests
 * queued on a pool, and a request whose signal fires while that connection is being made stays queued
 * until it is made or undici's connect timeout (10 s) fails it: the caller already has its result, but the
 * Agent's `close()` waits that long, and a server that accepts TCP and never answers TLS holds it all the
 * way (issue 13, item 2). So the transport's own Agent connects through this, and a connection attempt is
 * dropped as soon as every request that may be waiting for it has been aborted.
 */
import type { Socket } from 'node:net'
import { buildConnector } from 'undici'

const noop = (): void => {}

export class Connections {
  /** Sockets still connecting, by origin (`https://host:port`, as `URL.origin` writes it). */
  readonly #connecting = new Map<string, Set<Socket>>()
  /** Requests to an origin that may wait for one of its connections and have not been aborted. */
  readonly #waiting = new Map<string, number>()
  // The connector an Agent builds for itself when given none (same defaults, 10 s connect timeout).
  readonly #inner = buildConnector({})

  /** For `new Agent({ connect })`. */
  readonly connect: buildConnector.connector = (options, callback) => {
    const origin = `${options.protocol}//${options.host ?? options.hostname}`
    let sockets = this.#connecting.get(origin)
    if (sockets === undefined) {
      sockets = new Set()
      this.#connecting.set(origin, sockets)
    }
    const tracked = sockets
    // undici's connector returns the socket it makes (not in its types, but so since undici 5).
    const socket = (this.#inner as unknown as (...args: Parameters<buildConnector.connector>) => unknown)(
      options,
      (...args: Parameters<buildConnector.Callback>) => {
        tracked.delete(socket as Socket)
        if (tracked.size === 0 && this.#connecting.get(origin) === tracked) this.#connecting.delete(origin)
        callback(...args)
      },
    )
    if (typeof (socket as Partial<Socket> | undefined)?.destroy === 'function') tracked.add(socket as Socket)
  }

  /**
   * Follows a request just handed to the Agent until its response head arrives. Costs nothing while no
   * connection is being made, which is nearly always once the pool is warm.
   */
  watch<T>(url: string, signal: AbortSignal | undefined, response: Promise<T>): Promise<T> {
    if (this.#connecting.size === 0) return response
    const origin = new URL(url).origin
    if (!this.#connecting.has(origin)) return response
    this.#waiting.set(origin, (this.#waiting.get(origin) ?? 0) + 1)
    let counted = true
    const uncount = (): boolean => {
      if (!counted) return false
      counted = false
      const left = (this.#waiting.get(origin) ?? 1) - 1
      if (left === 0) this.#waiting.delete(origin)
      else this.#waiting.set(origin, left)
      return left === 0
    }
    const onAbort = (): void => {
      if (uncount()) this.#drop(origin, signal?.reason)
    }
    signal?.addEventListener('abort', onAbort, { once: true })
    const settled = (): void => {
      signal?.removeEventListener('abort', onAbort)
      uncount()
    }
    response.then(settled, settled)
    return response
  }

  /** Ends the connection attempts to `origin`; undici then fails the (aborted) requests queued on them. */
  #drop(origin: string, reason: unknown): void {
    const sockets = this.#connecting.get(origin)
    if (sockets === undefined) return
    const error = new Error('the connection attempt was dropped: every request waiting for it was aborted', {
      cause: reason,
    })
    for (const socket of sockets) socket.on('error', noop).destroy(error)
  }
}

import type { FetchOptions } from 'ofetch'
import { toTransportResponse } from './fetch-transport.js'
import { serializeFor } from './request-body.js'
import type { Transport } from './types.js'

/**
 * What the transport needs of an ofetch instance: `raw`. ofetch's `$fetch`, `ofetch.create(...)` and
 * Nuxt's or Nitro's `$fetch` all have it.
 */
export interface OfetchInstance {
  raw(request: string, options: FetchOptions<'stream'>): Promise<Response>
}

/** A transport that sends through an ofetch instance, and the `baseURL` a client on it is created with. */
export interface OfetchTransport extends Transport {
  /**
   * The client's `baseURL` for paths the instance resolves itself (against its own `baseURL`, or, in
   * Nitro, by calling the route in-process): a URL under it reaches ofetch as its path and query alone.
   * @example createClient({ baseURL: transport.baseURL, transport })
   */
  readonly baseURL: string
}

// RFC 6761 §6.4: `.invalid` never resolves, so a URL under it cannot reach a real host by mistake.
const BASE = 'http://ofetch.invalid'

/**
 * Sends through an existing ofetch instance (a Nuxt or Nitro `$fetch`, with its base URL, headers and
 * interceptors). ofetch's own retries, timeout, error throwing and body parsing are off, so results,
 * retries and violations are the client's; the body is serialized by the client's shared serializer.
 * `onRequest`, `onRequestError` and `onResponse` interceptors run; `onResponseError` does not (ofetch
 * runs it only where it would throw).
 * @example
 * const transport = createOfetchTransport($fetch)
 * const http = createClient({ baseURL: transport.baseURL, transport })
 */
export function createOfetchTransport($fetch: OfetchInstance): OfetchTransport {
  const transport: Transport = async ({ method, url, headers, body, signal, redirect, fetchOptions }) => {
    const serialized = body === undefined || body === null ? undefined : serializeFor(body, headers)
    const options: FetchOptions<'stream'> & { duplex?: 'half' } = {
      ...fetchOptions,
      method,
      headers,
      signal: signal ?? null,
      redirect: redirect ?? 'follow',
      retry: false,
      // ofetch's timeout applies only without a signal; the client's deadline is the one that counts.
      timeout: 0,
      ignoreResponseError: true,
      responseType: 'stream',
    }
    if (serialized !== undefined) {
      options.body = serialized.body as BodyInit
      if (serialized.stream) options.duplex = 'half'
    }
    const target = url.startsWith(`${BASE}/`) ? url.slice(BASE.length) : url
    let response: Response
    try {
      response = await $fetch.raw(target, options)
    } catch (error) {
      // ofetch wraps fetch's rejection in a FetchError; the result carries the runtime's own error.
      throw error instanceof Error && error.name === 'FetchError' && error.cause !== undefined
        ? error.cause
        : error
    }
    return toTransportResponse(response)
  }
  return Object.assign(transport, { baseURL: BASE })
}

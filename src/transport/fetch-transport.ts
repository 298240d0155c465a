import { discardBody, type ReadOutcome, readBody } from '../body/read.js'
import { RedirectError } from './redirect.js'
import { serializeFor } from './request-body.js'
import type { Transport, TransportResponse } from './types.js'

/** A `fetch` function, e.g. `globalThis.fetch`, undici's, or a test double. */
export type FetchFunction = (input: Request | string | URL, init?: RequestInit) => Promise<Response>

/** The response of a `fetch`, as the core reads it. */
export function toTransportResponse(response: Response): TransportResponse {
  if (response.type === 'opaqueredirect') {
    // A browser asked for redirect: 'manual' hides the 3xx (Fetch standard: opaque-redirect filtered
    // response, status 0): there is no status or Location to give.
    throw new RedirectError('the server redirected, and this runtime does not show the redirect')
  }
  // React Native's fetch (and other polyfills) have no `body` stream at all, where a body-less response
  // elsewhere has `body: null`: read those whole, then apply the same limit. Without `stream`, a streamed
  // call gets such a body read whole and handed over as one chunk (stream/hand-over.ts).
  if (response.body === undefined) {
    return {
      status: response.status,
      headers: response.headers,
      readBody: (limit) => readWhole(response, limit),
      discard: noop,
    }
  }
  return {
    status: response.status,
    headers: response.headers,
    readBody: (limit) => readBody(response.body, limit),
    stream: () => response.body,
    discard: () => discardBody(response.body),
  }
}

const noop = (): void => {}

async function readWhole(response: Response, limit: number): Promise<ReadOutcome> {
  const bytes =
    typeof response.arrayBuffer === 'function'
      ? new Uint8Array(await response.arrayBuffer())
      : new TextEncoder().encode(await response.text())
  return bytes.byteLength > limit ? { type: 'tooLarge' } : { type: 'complete', bytes }
}

/**
 * The default transport: `fetch` itself, with the body serialized by the shared serializer
 * (request-body.ts). The body is read by the client under `maxBodyBytes`.
 *
 * `fetch` is looked up on every request when not given, so MSW and other interceptors that replace
 * `globalThis.fetch` after this client was created still see the request.
 */
export function createFetchTransport(fetchFunction?: FetchFunction): Transport {
  return async ({ method, url, headers, body, signal, redirect = 'follow', fetchOptions }) => {
    const init: RequestInit & { duplex?: 'half' } = {
      ...fetchOptions,
      method,
      headers,
      signal: signal ?? null,
      redirect,
    }
    if (body !== undefined && body !== null) {
      const serialized = serializeFor(body, headers)
      init.body = serialized.body as BodyInit
      if (serialized.stream) init.duplex = 'half'
    }
    const response = fetchFunction ? await fetchFunction(url, init) : await globalThis.fetch(url, init)
    return toTransportResponse(response)
  }
}

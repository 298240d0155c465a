import { createFetch } from 'ofetch'
import { discardBody, type ReadOutcome, readBody } from '../body/read.js'
import { RedirectError } from './redirect.js'
import type { Transport, TransportResponse } from './types.js'

/** A `fetch` function, e.g. `globalThis.fetch`, undici's, or a test double. */
export type FetchFunction = (input: Request | string | URL, init?: RequestInit) => Promise<Response>

// ofetch serializes JSON bodies only for these methods; we match it for the others (see below).
const PAYLOAD_METHODS = new Set(['PATCH', 'POST', 'PUT', 'DELETE'])

function isPlainJsonBody(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false
  if (Array.isArray(body)) return true
  const proto = Object.getPrototypeOf(body)
  return proto === Object.prototype || proto === null
}

function toTransportResponse(response: Response): TransportResponse {
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
 * The default transport: `fetch` through ofetch, which serializes plain-object and array bodies as JSON
 * (setting Content-Type and Accept) and streams `ReadableStream` bodies with `duplex: 'half'`. ofetch's
 * own retry, timeout, error throwing and body parsing are switched off: the client does each of them
 * according to HTTP semantics, and reads the body itself under `maxBodyBytes`.
 *
 * `fetch` is looked up on every request when not given, so MSW and other interceptors that replace
 * `globalThis.fetch` after this client was created still see the request.
 */
export function createFetchTransport(fetchFunction?: FetchFunction): Transport {
  const $fetch = createFetch({
    fetch: fetchFunction ?? ((input, init) => globalThis.fetch(input, init)),
  })
  return async ({ method, url, headers, body, signal, redirect = 'follow', fetchOptions }) => {
    if (body === undefined) {
      // Nothing to serialize, which is ofetch's whole job here (base URL and query are the client's):
      // through ofetch, such a request would only cost an options spread and one more copy of the
      // headers, which fetch then copies again into its Request. fetch's rejection is what ofetch would
      // have wrapped in its FetchError, which the core unwraps.
      const init: RequestInit = { ...fetchOptions, method, headers, signal: signal ?? null, redirect }
      const response = fetchFunction ? await fetchFunction(url, init) : await globalThis.fetch(url, init)
      return toTransportResponse(response)
    }
    let payload = body
    if ((!PAYLOAD_METHODS.has(method) || Object.getPrototypeOf(body) === null) && isPlainJsonBody(body)) {
      // ofetch leaves e.g. an OPTIONS body alone, and a null-prototype object fails its plain-object
      // check; serialize them the same way instead of sending "[object Object]".
      payload = JSON.stringify(body)
      if (!headers.has('content-type')) headers.set('content-type', 'application/json')
    } else if (typeof body === 'string' && !headers.has('content-type')) {
      // ofetch would label any string as JSON; fetch's own default for a string is text/plain.
      headers.set('content-type', 'text/plain;charset=UTF-8')
    }
    const response = await $fetch.raw(url, {
      ...fetchOptions,
      method,
      headers,
      body: payload as BodyInit | undefined,
      signal: signal ?? null,
      redirect,
      retry: false,
      ignoreResponseError: true,
      responseType: 'stream',
    })
    return toTransportResponse(response)
  }
}

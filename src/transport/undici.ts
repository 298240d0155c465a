/// <reference types="node" />
/**
 * The Node fast path: undici's `request()` on a pooled keep-alive `Agent` instead of `fetch`. Node's fetch
 * is undici too, but its WHATWG layers (Request/Response objects, web streams, per-request header
 * guards) cost several times the CPU of the request itself; the client core needs none of them, since it
 * only reads a status, a `Headers` object and a byte-limited body through the `Transport` boundary.
 */
import type { Readable } from 'node:stream'
import { Agent, type Dispatcher } from 'undici'
import type { ReadOutcome } from '../body/read.js'
import { decode, decodersFor, readNodeBody } from './node-body.js'
import { nodeToWebStream } from './node-web-stream.js'
import { type PreparedBody, prepareBody } from './node-request-body.js'
import type { RedirectLimit, Transport, TransportRequest, TransportResponse } from './types.js'
import { Connections } from './undici-connect.js'

/** Options of `createUndiciTransport`. */
export interface UndiciTransportOptions {
  /**
   * The undici dispatcher to send through (an `Agent`, `Pool`, `ProxyAgent`, `MockAgent`, ...). It is
   * yours: `close()` leaves it open. When absent, the transport makes its own keep-alive `Agent`.
   * @example createUndiciTransport({ dispatcher: new ProxyAgent('http://proxy.internal:3128') })
   */
  readonly dispatcher?: Dispatcher
  /**
   * Most connections per origin of the transport's own `Agent` (ignored with `dispatcher`).
   * @default unlimited, as Node's fetch
   */
  readonly connections?: number
  /**
   * How long an idle keep-alive connection of the transport's own `Agent` is kept, in ms (ignored with
   * `dispatcher`); a server's `Keep-Alive: timeout` hint shortens it.
   * @default 4_000, as Node's fetch
   */
  readonly keepAliveTimeout?: number
  /**
   * Most redirects the client follows through this transport (the client follows them, by the same
   * rules on every transport: see the README's redirect section); more is a network error with code
   * `redirect`. `0` hands every 3xx back as its own result, as the client's `redirect: 'manual'` does.
   * @default 20, as fetch
   */
  readonly maxRedirections?: number
  /**
   * Send `Accept-Encoding: gzip, deflate, br` (unless the request sets its own) and decode `gzip`,
   * `deflate` and `br` bodies, as fetch does, so `maxBodyBytes` counts decoded bytes. `false` sends no
   * Accept-Encoding and hands any encoded body over undecoded.
   * @default true
   */
  readonly decompress?: boolean
}

/** A transport that owns a connection pool, which `close()` shuts down (e.g. at the end of a test). */
export interface UndiciTransport extends Transport, RedirectLimit {
  /** Closes the transport's own `Agent` after its requests finish; a `dispatcher` you gave is left open. */
  close(): Promise<void>
}

const ACCEPT_ENCODING = 'gzip, deflate, br'
const noop = (): void => {}

/** undici hands header values as a string, or a list for a repeated field; fetch's Headers wants them one by one. */
function toHeaders(raw: Record<string, string | string[] | undefined>): Headers {
  const headers = new Headers()
  for (const name in raw) {
    const value = raw[name]
    if (typeof value === 'string') headers.append(name, value)
    else if (value !== undefined) for (const item of value) headers.append(name, item)
  }
  return headers
}

/** A flat `[name, value, name, value, ...]` list, the form undici takes without converting it again. */
function flatHeaders(headers: Headers, prepared: PreparedBody, decompress: boolean): string[] {
  const flat: string[] = []
  let hasContentType = false
  let hasAcceptEncoding = false
  headers.forEach((value, name) => {
    if (name === 'content-type') hasContentType = true
    else if (name === 'accept-encoding') hasAcceptEncoding = true
    flat.push(name, value)
  })
  if (!hasContentType && prepared.contentType !== undefined) flat.push('content-type', prepared.contentType)
  if (decompress && !hasAcceptEncoding) flat.push('accept-encoding', ACCEPT_ENCODING)
  return flat
}

function toTransportResponse(
  method: string,
  data: Dispatcher.ResponseData,
  decompress: boolean,
): TransportResponse {
  const { statusCode, body } = data
  const encoding = data.headers['content-encoding']
  const decoded = (): Readable => {
    // Fetch decodes nothing for HEAD, 204 and 304 either; the core reads no body for those anyway.
    const decoders =
      decompress && encoding !== undefined && method !== 'HEAD'
        ? decodersFor(Array.isArray(encoding) ? encoding.join(',') : encoding)
        : undefined
    return decoders === undefined ? body : decode(body, decoders)
  }
  return {
    status: statusCode,
    headers: toHeaders(data.headers),
    readBody: (limit: number): Promise<ReadOutcome> => readNodeBody(decoded(), limit),
    stream: () => nodeToWebStream(decoded()),
    discard(): void {
      // dump() reads a body that has already arrived, which keeps the connection for the next request; a
      // body still arriving once this turn of the event loop is over is destroyed instead: a stalled one
      // would pin its socket for good, and keep close() and the process waiting (issue 13 item 3).
      if (body.destroyed) return
      const stop = new AbortController()
      body.dump({ limit: 128 * 1024, signal: stop.signal }).catch(noop)
      setImmediate(() => stop.abort())
    },
  }
}

interface Settings {
  readonly dispatcher: Dispatcher
  readonly decompress: boolean
}

/** Sends one request and hands back whatever status came, 3xx included: the client follows redirects. */
async function send(
  settings: Settings,
  request: TransportRequest,
  prepared: PreparedBody,
): Promise<TransportResponse> {
  const url = new URL(request.url)
  const data = await settings.dispatcher.request({
    origin: url.origin,
    // The fragment is never sent (RFC 9110 §4.2.4); fetch drops it too.
    path: `${url.pathname}${url.search}`,
    method: request.method as Dispatcher.HttpMethod,
    headers: flatHeaders(request.headers, prepared, settings.decompress),
    body: prepared.body as Exclude<Dispatcher.DispatchOptions['body'], undefined>,
    signal: request.signal,
  })
  return toTransportResponse(request.method, data, settings.decompress)
}

/**
 * Creates the undici transport: the same results, retries and violations as the default fetch transport,
 * at a fraction of the client CPU per request. Node only; `undici` is an optional peer dependency.
 * Unlike fetch, it surfaces a 407 from an origin as `proxyAuthenticationRequired`.
 *
 * @example
 * import { createClient } from 'honest-fetch'
 * import { createUndiciTransport } from 'honest-fetch/undici'
 *
 * const http = createClient({ baseURL: 'https://api.example.com', transport: createUndiciTransport() })
 */
export function createUndiciTransport(options: UndiciTransportOptions = {}): UndiciTransport {
  const connections = options.dispatcher === undefined ? new Connections() : undefined
  const own =
    connections === undefined
      ? undefined
      : new Agent({
          ...(options.connections === undefined ? {} : { connections: options.connections }),
          keepAliveTimeout: options.keepAliveTimeout ?? 4_000,
          connect: connections.connect,
        })
  const settings: Settings = {
    dispatcher: options.dispatcher ?? (own as Agent),
    decompress: options.decompress ?? true,
  }

  // send() hands the request to undici before its first await, so a connection it starts is seen here.
  const dispatch = (request: TransportRequest, ready: PreparedBody): Promise<TransportResponse> => {
    const response = send(settings, request, ready)
    return connections ? connections.watch(request.url, request.signal, response) : response
  }
  const transport = (request: TransportRequest): Promise<TransportResponse> => {
    const prepared = prepareBody(request.headers.get('content-type'), request.body)
    return prepared instanceof Promise
      ? prepared.then((ready) => dispatch(request, ready))
      : dispatch(request, prepared)
  }
  return Object.assign(transport, {
    close: (): Promise<void> => (own === undefined ? Promise.resolve() : own.close()),
    maxRedirections: options.maxRedirections ?? 20,
  })
}

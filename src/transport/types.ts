import type { ReadOutcome } from '../body/read.js'

/** One request, fully prepared: absolute URL, validated headers, body as the caller gave it. */
export interface TransportRequest {
  readonly method: string
  readonly url: string
  readonly headers: Headers
  readonly body: unknown
  /**
   * Fires on the caller's abort or the attempt's timeout; the transport must stop when it does. Absent
   * when the call has neither (`timeout: false` and no caller signal).
   */
  readonly signal: AbortSignal | undefined
  /**
   * What fetch is to do with a 3xx (its `redirect` option). The client asks for `'manual'` wherever fetch
   * then hands back the real 3xx (servers), and follows redirects itself; a transport that is not fetch
   * always hands the 3xx back. Absent: `'follow'`.
   */
  readonly redirect?: RedirectMode
  /** Options for `fetch` itself (`credentials`, `cache`, ...), without `redirect`; other transports may ignore them. */
  readonly fetchOptions?: Readonly<Record<string, unknown>> | undefined
}

/** How a call treats a redirect: follow it, hand the 3xx back as its result, or fail with a network error. */
export type RedirectMode = 'follow' | 'manual' | 'error'

/**
 * A response as the core sees it, whatever produced it. The core reads the body only through
 * `readBody`, so a transport can hand over a web stream, a Node stream or anything else.
 */
export interface TransportResponse {
  readonly status: number
  readonly headers: Headers
  /** Reads the whole body, stopping at `limit` decoded bytes; rejects on a broken body. */
  readBody(limit: number): Promise<ReadOutcome>
  /**
   * Hands the body over unread, as a web stream of decoded bytes (`null` for none), for
   * `responseType: 'stream'` and friends. Cancelling the stream releases the connection. A transport
   * without it has its body read whole (under no limit) and handed over as a stream.
   */
  stream?(): ReadableStream<Uint8Array> | null
  /** Releases the body unread, so the connection is freed. Never throws. */
  discard(): void
}

/** Sends one request. Rejects only when no response arrived (the core classifies the error). */
export type Transport = (request: TransportRequest) => Promise<TransportResponse>

/** A transport may say how many redirects the client follows through it (the undici transport does). */
export interface RedirectLimit {
  /** More is a network error with code `redirect`; `0` hands every 3xx back as its own result. */
  readonly maxRedirections?: number
}

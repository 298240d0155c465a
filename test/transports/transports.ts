import { type Client, type ClientOptions, createClient, type HttpResult } from '../../src/index.js'
import { ofetch } from 'ofetch'
import { createOfetchTransport } from '../../src/transport/ofetch.js'
import { createUndiciTransport, type UndiciTransport } from '../../src/transport/undici.js'

/** One transport under test: how to make clients on it, and what it may legitimately do differently. */
export interface TransportEntry {
  readonly name: string
  /** A 407 from an origin: fetch must turn it into a network error (Fetch standard); undici shows it. */
  readonly surfaces407: boolean
  /** A client on this transport; every client of one entry shares its connection pool. */
  client(options?: ClientOptions): Client
  close(): Promise<void>
}

function fetchEntry(): TransportEntry {
  return {
    name: 'fetch (default)',
    surfaces407: false,
    client: (options = {}) => createClient(options),
    close: async () => {},
  }
}

function undiciEntry(): TransportEntry {
  let transport: UndiciTransport | undefined
  return {
    name: 'undici',
    surfaces407: true,
    client: (options = {}) => {
      transport ??= createUndiciTransport()
      return createClient({ ...options, transport })
    },
    close: async () => {
      await transport?.close()
      transport = undefined
    },
  }
}

/**
 * Through an ofetch instance as an app has one, with a default header and interceptors, which must change
 * nothing here. The client keeps the test's absolute base URL, so results name the server as on the other
 * transports; the instance's own base URL and the transport's placeholder are tested in ofetch.test.ts.
 */
function ofetchEntry(): TransportEntry {
  const $fetch = ofetch.create({
    headers: { 'x-through': 'ofetch' },
    onRequest: ({ options }) => {
      options.headers.set('x-intercepted', 'yes')
    },
    onResponse: () => {},
  })
  return {
    name: 'ofetch',
    surfaces407: false,
    client: (options = {}) => createClient({ ...options, transport: createOfetchTransport($fetch) }),
    close: async () => {},
  }
}

/** The transports every behaviour case runs against, for `describe.each`. */
export const TRANSPORTS: readonly TransportEntry[] = [fetchEntry(), undiciEntry(), ofetchEntry()]

/**
 * A result reduced to what must not depend on the transport: headers a server adds by itself (Date,
 * Keep-Alive, Connection) are left out, and an error is reduced to nothing but its presence.
 */
export function comparable(result: HttpResult): Record<string, unknown> {
  const { headers, ...rest } = result as HttpResult & { headers?: Headers; error?: unknown }
  const copy: Record<string, unknown> = { ...rest }
  if ('error' in copy) copy.error = copy.error instanceof Error ? 'Error' : typeof copy.error
  if (headers !== undefined) {
    const kept: [string, string][] = []
    headers.forEach((value, name) => {
      if (name !== 'date' && name !== 'keep-alive' && name !== 'connection') kept.push([name, value])
    })
    copy.headers = kept
  }
  return copy
}

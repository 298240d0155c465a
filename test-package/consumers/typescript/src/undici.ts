// The undici transport, as a Node service uses it: its own keep-alive pool, or a dispatcher of yours.
import { createClient } from 'honest-fetch'
import { createUndiciTransport, type UndiciTransport } from 'honest-fetch/undici'
import { Agent } from 'undici'

const transport: UndiciTransport = createUndiciTransport({ keepAliveTimeout: 1_000 })
export const http = createClient({ baseURL: 'https://api.example.com', transport })
export const shared = createUndiciTransport({ dispatcher: new Agent({ connections: 4 }) })

export async function shutdown(): Promise<void> {
  await transport.close()
}

// @ts-expect-error decompress is a boolean
createUndiciTransport({ decompress: 'yes' })

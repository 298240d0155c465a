// The one class of leftover socket the fuzz test accepts, named so it cannot hide anything else.
//
// On the default fetch transport, an https:// call to a server that accepts TCP and never speaks TLS
// settles on time (the client's deadline aborts the fetch), but Node's fetch keeps the TLS socket it is
// connecting until undici's own connect timeout (10 s) destroys it: undici's Client only sees an abort
// once a connection is made, so a connection attempt outlives every request that wanted it
// (nodejs/undici#386, open; the same as nodejs/undici#4405). Plain `fetch(url, { signal:
// AbortSignal.timeout(300) })` does the same on Node 20 (undici 6.24) and with undici 7.30's own fetch.
// The client cannot reach that socket: fetch exposes no connection, and replacing the user's global
// dispatcher is not the client's to do. The undici transport drops such attempts itself
// (src/transport/undici-connect.ts), so nothing is excused there.
import type { Socket } from 'node:net'
import { TLSSocket } from 'node:tls'
import type { TransportEntry } from '../transports/transports.js'
import type { Scenario } from './arbitraries.js'

/** Whether the case's socket may be left connecting by Node's fetch (see above). */
export function mayLeaveConnecting(entry: TransportEntry, scenario: Scenario): boolean {
  return entry.name.startsWith('fetch') && scenario.call.tls
}

/**
 * Closes the excused sockets among `sockets` (those of `excused` cases, by label) and returns those
 * labels, so the summary still shows them and the process-exit check still sees everything else.
 */
export async function closeExcused(
  sockets: readonly Socket[],
  labelOf: (socket: Socket) => string | undefined,
  excused: ReadonlySet<string>,
): Promise<string[]> {
  const closed: string[] = []
  for (const socket of sockets) {
    const label = labelOf(socket)
    // Only a TLS socket that never received a byte, i.e. still waiting for the server's handshake: any
    // other socket of such a case is a real leak.
    if (label === undefined || !excused.has(label)) continue
    if (!(socket instanceof TLSSocket) || socket.bytesRead > 0) continue
    socket.destroy()
    closed.push(label)
  }
  if (closed.length > 0) await new Promise((resolve) => setTimeout(resolve, 50))
  return closed
}

// The supervisor's side of a fuzz run: it hosts a case server for each case the child process asks for,
// over the child's IPC channel, and keeps every connection the client has not closed until the end.
import type { ChildProcess } from 'node:child_process'
import type { ResponseSpec } from './arbitraries.js'
import { type CaseServer, startCaseServer } from './server.js'

/** Messages from the child: open a server for a case, or the case is over (silence its server). */
export type ToHost =
  | { readonly type: 'open'; readonly id: number; readonly response: ResponseSpec }
  | { readonly type: 'done'; readonly id: number }

/** The host's answer to `open`. */
export interface Opened {
  readonly type: 'opened'
  readonly id: number
  readonly url: string
}

export interface Host {
  /** Destroys everything still open, once the child is gone. */
  close(): Promise<void>
}

export function hostCases(child: ChildProcess): Host {
  const servers = new Map<number, CaseServer>()
  child.on('message', (message: ToHost) => {
    if (message.type === 'open') {
      void startCaseServer(message.response).then((server) => {
        servers.set(message.id, server)
        if (child.connected) child.send({ type: 'opened', id: message.id, url: server.url } satisfies Opened)
      })
    } else {
      servers.get(message.id)?.silence()
    }
  })
  return {
    close: async () => {
      await Promise.all([...servers.values()].map((server) => server.close()))
      servers.clear()
    },
  }
}

// The child's side of host.ts: asks the supervising process for a case server and tells it when the case
// is over. `disconnect()` at the end lets the child exit, if nothing else holds it.
import type { ResponseSpec } from './arbitraries.js'
import type { Opened, ToHost } from './host.js'

export interface Served {
  readonly url: string
  /** The case is over: the server stops writing; whatever the client keeps open stays open. */
  done(): void
}

let nextId = 0
const waiting = new Map<number, (url: string) => void>()

function send(message: ToHost): void {
  process.send?.(message)
}

process.on('message', (message: Opened) => {
  waiting.get(message.id)?.(message.url)
  waiting.delete(message.id)
})

export function serveRemotely(response: ResponseSpec): Promise<Served> {
  if (process.send === undefined)
    throw new Error('the fuzz child must be started with an IPC channel (supervise.ts)')
  const id = nextId++
  return new Promise((resolve) => {
    waiting.set(id, (url) => resolve({ url, done: () => send({ type: 'done', id }) }))
    send({ type: 'open', id, response })
  })
}

export function disconnect(): void {
  process.disconnect?.()
}

// A raw TCP server on 127.0.0.1, port 0, that answers every request with one fuzzed response. Each case
// gets its own server, so a connection that a bad response leaves dirty cannot spill into another case.
// It runs in the supervising process (host.ts), not beside the client: a socket the client forgets then
// keeps the client's process alive, instead of being closed for it by a server cleaning up.
import type { AddressInfo } from 'node:net'
import { createServer, type Socket } from 'node:net'
import type { ResponseSpec } from './arbitraries.js'
import { wirePieces } from './wire.js'

export interface CaseServer {
  readonly url: string
  /** Requests whose head the server has read (retries and redirects count). */
  readonly requests: () => number
  /**
   * Stops listening and writing, and closes the connections that are idle after a whole response; the
   * others stay open and silent, for the client to close (a client that does not has leaked them).
   */
  silence(): void
  /** Destroys every connection and cancels every pending write, so nothing of the server outlives it. */
  close(): Promise<void>
}

const HEAD_END = '\r\n\r\n'

export async function startCaseServer(spec: ResponseSpec): Promise<CaseServer> {
  const sockets = new Set<Socket>()
  /** Connections waiting for a next request after a whole response: a client's pool may keep them. */
  const idle = new Set<Socket>()
  const timers = new Set<ReturnType<typeof setTimeout>>()
  let requests = 0
  let url = ''

  const later = (ms: number, run: () => void): void => {
    const timer = setTimeout(() => {
      timers.delete(timer)
      run()
    }, ms)
    timers.add(timer)
  }

  /** Writes the pieces with their pauses; then ends, resets or leaves the socket as the spec says. */
  const answer = (socket: Socket, done: () => void): void => {
    const pieces = wirePieces(spec, url)
    const next = (i: number): void => {
      if (socket.destroyed) return
      const piece = pieces[i]
      if (piece === undefined) {
        if (spec.ending === 'end') socket.end()
        else if (spec.ending === 'reset') socket.resetAndDestroy()
        else if (spec.ending === 'keep') {
          if (spec.framing === 'length' || spec.framing === 'chunked') idle.add(socket)
          done()
        }
        return
      }
      later(piece.pauseMs, () => {
        if (socket.destroyed) return
        socket.write(piece.bytes)
        next(i + 1)
      })
    }
    next(0)
  }

  const server = createServer((socket) => {
    sockets.add(socket)
    socket.on('close', () => {
      sockets.delete(socket)
      idle.delete(socket)
    })
    socket.on('error', () => {})
    let buffered = Buffer.alloc(0)
    let busy = false
    // Reads request heads (and Content-Length bodies) one after another, answering each in turn.
    const pump = (): void => {
      if (busy) return
      const end = buffered.indexOf(HEAD_END)
      if (end < 0) return
      const head = buffered.subarray(0, end).toString('latin1')
      const length = Number(/\r\ncontent-length:\s*(\d+)/i.exec(head)?.[1] ?? 0)
      if (buffered.length < end + HEAD_END.length + length) return
      buffered = buffered.subarray(end + HEAD_END.length + length)
      requests++
      idle.delete(socket)
      busy = true
      answer(socket, () => {
        busy = false
        pump()
      })
    }
    socket.on('data', (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk])
      pump()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  return {
    url,
    requests: () => requests,
    silence: () => {
      for (const timer of timers) clearTimeout(timer)
      timers.clear()
      for (const socket of idle) socket.end()
      server.close()
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer)
        timers.clear()
        for (const socket of sockets) socket.destroy()
        if (server.listening) server.close(() => resolve())
        else resolve()
      }),
  }
}

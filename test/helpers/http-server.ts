import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createServer as createNetServer, type Server, type Socket } from 'node:net'

export interface TestServer {
  readonly url: string
  close(): Promise<void>
}

/** Listens on 127.0.0.1, port 0, and returns the server's base URL and a close that ends its connections. */
async function listen(server: Server, endConnections: () => void): Promise<TestServer> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        endConnections()
        server.close(() => resolve())
      }),
  }
}

/** A real HTTP server on 127.0.0.1, port 0, for what only the wire can show. */
export async function startHttpServer(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<TestServer> {
  const server = createServer(handler)
  return listen(server, () => server.closeAllConnections())
}

/**
 * A raw TCP server that answers every connection with `onConnection`, for responses no HTTP server
 * library would send: truncated bodies, bad framing, resets, stalls.
 */
export async function startRawServer(onConnection: (socket: Socket) => void): Promise<TestServer> {
  const sockets = new Set<Socket>()
  const server = createNetServer((socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.on('error', () => {})
    // Wait for the request head before answering, as a real server would.
    let seen = ''
    const onData = (chunk: Buffer): void => {
      seen += chunk.toString('latin1')
      if (seen.includes('\r\n\r\n')) {
        socket.off('data', onData)
        onConnection(socket)
      }
    }
    socket.on('data', onData)
  })
  return listen(server, () => {
    for (const socket of sockets) socket.destroy()
  })
}

/** A port that was free a moment ago and has nothing listening now. */
export async function closedPort(): Promise<string> {
  const server = createNetServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return `http://127.0.0.1:${port}`
}

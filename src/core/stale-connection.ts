/**
 * A keep-alive connection the server has closed meanwhile (an idle timeout, a `bodyLimit` middleware that
 * answered without reading a body) fails the next request sent on it before any response byte arrives.
 * That is no failure of the request: RFC 9110 §9.2.2 lets a client repeat an idempotent request "if a
 * communication failure occurs before the client is able to read the server's response", and browsers
 * replay it once on a new connection. This tells such a failure from the others.
 */

// The connection was closed (FIN: undici's "other side closed") or reset (RST), or a write hit a closed
// socket. A refused connection, DNS or TLS is never a reused connection.
const DROPPED: ReadonlySet<string> = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET'])

interface SocketInfo {
  readonly bytesRead?: unknown
}

/**
 * Whether `error` (thrown before the response head was complete) says the connection was dropped under
 * the request. undici's socket errors tell how many bytes the socket ever read: none means a fresh
 * connection the server closed at once, which is the server's answer and not replayed. A reset carries no
 * such detail, and counts as a dropped connection.
 */
export function droppedConnection(error: unknown): boolean {
  let current = error
  for (let depth = 0; depth < 8 && typeof current === 'object' && current !== null; depth++) {
    const { code, socket } = current as { code?: unknown; socket?: SocketInfo }
    if (typeof code === 'string' && DROPPED.has(code)) return socket?.bytesRead !== 0
    current = (current as { cause?: unknown }).cause
  }
  return false
}

// A ResponseSpec turned into the bytes a raw socket writes, split where the server pauses.
import type { Framing, ResponseSpec } from './arbitraries.js'
import { payloadBytes } from './payloads.js'

export interface WirePiece {
  readonly bytes: Buffer
  /** How long the server waits before writing this piece, in ms. */
  readonly pauseMs: number
}

function framed(body: Buffer, framing: Framing): { headers: [string, string][]; bytes: Buffer } {
  const chunk = (b: Buffer): Buffer =>
    b.length === 0 ? b : Buffer.concat([Buffer.from(`${b.length.toString(16)}\r\n`), b, Buffer.from('\r\n')])
  const last = Buffer.from('0\r\n\r\n')
  const n = body.length
  switch (framing) {
    case 'length':
      return { headers: [['Content-Length', String(n)]], bytes: body }
    case 'length-short':
      return { headers: [['Content-Length', String(Math.floor(n / 2))]], bytes: body }
    case 'length-long':
      return { headers: [['Content-Length', String(n + 10)]], bytes: body }
    case 'length-garbage':
      return { headers: [['Content-Length', `${n}abc`]], bytes: body }
    case 'length-twice':
      return {
        headers: [
          ['Content-Length', String(n)],
          ['Content-Length', String(n + 1)],
        ],
        bytes: body,
      }
    case 'chunked':
      return { headers: [['Transfer-Encoding', 'chunked']], bytes: Buffer.concat([chunk(body), last]) }
    case 'chunked-unterminated':
      return { headers: [['Transfer-Encoding', 'chunked']], bytes: chunk(body) }
    case 'chunked-bad-size':
      return {
        headers: [['Transfer-Encoding', 'chunked']],
        bytes: Buffer.concat([Buffer.from('zz\r\n'), body, Buffer.from('\r\n'), last]),
      }
    case 'chunked+length':
      return {
        headers: [
          ['Content-Length', String(n)],
          ['Transfer-Encoding', 'chunked'],
        ],
        bytes: Buffer.concat([chunk(body), last]),
      }
    case 'close':
      return { headers: [], bytes: body }
  }
}

/** The head and body as written, with `{self}` in header values replaced by the server's base URL. */
export function responseBytes(spec: ResponseSpec, self: string): Buffer {
  const { lineEnd: eol } = spec
  const body = framed(payloadBytes(spec.body, spec.encoding), spec.framing)
  const headers: (readonly [string, string])[] = [...spec.headers, ...body.headers]
  if (spec.contentType !== undefined) headers.push(['Content-Type', spec.contentType])
  if (spec.encoding.label !== undefined) headers.push(['Content-Encoding', spec.encoding.label])
  const lines = headers.map(([name, value]) =>
    value === '' && name === 'No-Colon-Line' ? name : `${name}: ${value.replaceAll('{self}', self)}`,
  )
  const interim =
    spec.interim === '100'
      ? `HTTP/1.1 100 Continue${eol}${eol}`
      : spec.interim === '103'
        ? `HTTP/1.1 103 Early Hints${eol}Link: </a.css>; rel=preload${eol}${eol}`
        : ''
  const head = `${interim}${spec.statusLine}${eol}${lines.map((l) => l + eol).join('')}${eol}`
  // latin1 so that header bytes above 0x7f go out as single bytes, as a careless server would send them.
  return Buffer.concat([Buffer.from(head, 'latin1'), body.bytes])
}

/** The response split at its pauses, in order. */
export function wirePieces(spec: ResponseSpec, self: string): WirePiece[] {
  const all = responseBytes(spec, self)
  const cuts = [...spec.pauses].sort((a, b) => a.at - b.at)
  const pieces: WirePiece[] = []
  let from = 0
  let pauseMs = 0
  for (const { at, ms } of cuts) {
    const to = Math.floor(at * all.length)
    pieces.push({ bytes: all.subarray(from, to), pauseMs })
    from = to
    pauseMs = ms
  }
  pieces.push({ bytes: all.subarray(from), pauseMs })
  if (spec.ending === 'stall') {
    // Go silent somewhere in the body (or the head, when there is no body).
    const lastPiece = pieces[pieces.length - 1] as WirePiece
    pieces[pieces.length - 1] = { ...lastPiece, bytes: lastPiece.bytes.subarray(0, -1) }
  }
  return pieces
}

/** The response as text for a report: printable, with long runs shortened. */
export function describeWire(spec: ResponseSpec, self: string): string {
  const text = JSON.stringify(responseBytes(spec, self).toString('latin1'))
  return text
    .replace(
      /(.{1,6}?)\1{20,}/g,
      (run, unit: string) => `${unit.repeat(3)}<${unit} x${run.length / unit.length - 3} more>`,
    )
    .slice(0, 3_000)
}

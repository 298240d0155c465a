// The bodies a fuzzed server sends, and how it encodes them: described as plain data (so a failing case
// prints as JSON and replays from its seed) and turned into bytes by `payloadBytes`.
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib'
import fc from 'fast-check'

export type BodySpec =
  | { readonly type: 'empty' }
  | { readonly type: 'json'; readonly value: unknown }
  | { readonly type: 'text'; readonly text: string }
  /** Nesting that breaks recursive code: the 'error' shape hides an error payload at the bottom. */
  | { readonly type: 'deep'; readonly depth: number; readonly shape: 'array' | 'object' | 'error' | 'proto' }
  | { readonly type: 'binary'; readonly bytes: readonly number[] }
  | { readonly type: 'large'; readonly size: number }

/** `label` is the Content-Encoding sent (if any); `damage` says how the bytes differ from what it claims. */
export interface EncodingSpec {
  readonly label: string | undefined
  readonly coding: 'none' | 'gzip' | 'br' | 'deflate' | 'deflate-raw' | 'gzip+br'
  readonly damage: 'none' | 'truncate' | 'garbage'
}

// Error payloads that APIs really send with a 200, and keys that reach for Object.prototype.
const ERROR_PAYLOADS: readonly string[] = [
  '{"error":"User not found"}',
  '{"ok":false,"error":"invalid_auth"}',
  '{"status":"error","message":"boom"}',
  '{"errors":[{"message":"Field x is required"}]}',
  '{"success":false,"code":500}',
  '{"type":"about:blank","title":"Not Found","status":404}',
  '{"__proto__":{"fuzzPolluted":true},"a":1}',
  '{"constructor":{"prototype":{"fuzzPolluted":true}}}',
  '{"a":"\\u0000\\u00e9","__proto__":[]}',
  '{"a":{"__proto__":{"fuzzPolluted":1}}}',
]

const TEXTS: readonly string[] = [
  '<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>',
  '{"a":',
  '{"a":1}{"b":2}',
  'null',
  '"just a string"',
  'NaN',
  '\ufeff{"bom":true}',
  'data: hello\n\n',
  '\u0000\u0001\u0002',
  ' ',
]

export const bodyArb: fc.Arbitrary<BodySpec> = fc.oneof(
  { arbitrary: fc.constant({ type: 'empty' as const }), weight: 2 },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }).map((value) => ({ type: 'json' as const, value })), weight: 3 },
  {
    arbitrary: fc.constantFrom(...ERROR_PAYLOADS, ...TEXTS).map((text) => ({ type: 'text' as const, text })),
    weight: 4,
  },
  { arbitrary: fc.string({ maxLength: 40 }).map((text) => ({ type: 'text' as const, text })), weight: 1 },
  {
    arbitrary: fc.record({
      type: fc.constant('deep' as const),
      depth: fc.constantFrom(2, 100, 3_000, 6_000),
      shape: fc.constantFrom('array' as const, 'object' as const, 'error' as const, 'proto' as const),
    }),
    weight: 2,
  },
  {
    arbitrary: fc
      .array(fc.integer({ min: 0, max: 255 }), { maxLength: 64 })
      .map((bytes) => ({ type: 'binary' as const, bytes })),
    weight: 1,
  },
  { arbitrary: fc.constantFrom(2_000, 200_000).map((size) => ({ type: 'large' as const, size })), weight: 1 },
)

export const encodingArb: fc.Arbitrary<EncodingSpec> = fc.oneof(
  { arbitrary: fc.constant<EncodingSpec>({ label: undefined, coding: 'none', damage: 'none' }), weight: 6 },
  {
    arbitrary: fc
      .constantFrom(
        ['gzip', 'gzip'],
        ['br', 'br'],
        ['deflate', 'deflate'],
        ['deflate', 'deflate-raw'],
        ['gzip, br', 'gzip+br'],
        ['GZIP', 'gzip'],
        [' gzip ', 'gzip'],
      )
      .chain(([label, coding]) =>
        fc
          .constantFrom('none' as const, 'truncate' as const, 'garbage' as const)
          .map((damage): EncodingSpec => ({ label, coding: coding as EncodingSpec['coding'], damage })),
      ),
    weight: 4,
  },
  {
    // A label whose body is not encoded at all: the "gzip that is not gzip" of issue 13.
    arbitrary: fc
      .constantFrom('gzip', 'br', 'deflate', 'identity', 'x-custom', 'gzip, gzip', '')
      .map((label): EncodingSpec => ({ label, coding: 'none', damage: 'none' })),
    weight: 3,
  },
)

function deep(depth: number, shape: 'array' | 'object' | 'error' | 'proto'): string {
  switch (shape) {
    case 'array':
      return `${'['.repeat(depth)}1${']'.repeat(depth)}`
    case 'object':
      return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`
    case 'error':
      return `{"error":${'['.repeat(depth)}"User not found"${']'.repeat(depth)}}`
    case 'proto':
      return `{"__proto__":{"fuzzPolluted":true},"x":${'['.repeat(depth)}"\\u00e9"${']'.repeat(depth)}}`
  }
}

function plainBytes(body: BodySpec): Buffer {
  switch (body.type) {
    case 'empty':
      return Buffer.alloc(0)
    case 'json':
      return Buffer.from(JSON.stringify(body.value) ?? 'null')
    case 'text':
      return Buffer.from(body.text)
    case 'deep':
      return Buffer.from(deep(body.depth, body.shape))
    case 'binary':
      return Buffer.from(body.bytes)
    case 'large':
      return Buffer.from(JSON.stringify({ items: 'x'.repeat(body.size) }))
  }
}

function compress(bytes: Buffer, coding: EncodingSpec['coding']): Buffer {
  switch (coding) {
    case 'none':
      return bytes
    case 'gzip':
      return gzipSync(bytes)
    case 'br':
      return brotliCompressSync(bytes)
    case 'deflate':
      return deflateSync(bytes)
    case 'deflate-raw':
      return deflateRawSync(bytes)
    case 'gzip+br':
      return brotliCompressSync(gzipSync(bytes))
  }
}

/** The body bytes as the server puts them on the wire, before framing. */
export function payloadBytes(body: BodySpec, encoding: EncodingSpec): Buffer {
  const encoded = compress(plainBytes(body), encoding.coding)
  if (encoding.damage === 'truncate') return encoded.subarray(0, Math.floor(encoded.length / 2))
  if (encoding.damage === 'garbage') {
    // Keep the gzip magic so the decoder commits, then break everything after it.
    const broken = Buffer.from(encoded)
    for (let i = 2; i < broken.length; i += 3) broken[i] = (broken[i] ?? 0) ^ 0x5a
    return broken
  }
  return encoded
}

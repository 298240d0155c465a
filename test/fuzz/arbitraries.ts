// What a fuzzed server answers and how the client calls it, as plain data: a case prints as JSON, and the
// same seed and path give the same case (fc.sample's i-th value is fc.assert's path "i").
import fc from 'fast-check'
import type { ContractName } from './contracts.js'
import { contentTypeArb, headerArb, statusLineArb } from './headers.js'
import { type BodySpec, bodyArb, type EncodingSpec, encodingArb } from './payloads.js'

/** How the body is delimited; all but 'length', 'chunked' and 'close' are wrong on purpose. */
export type Framing =
  | 'length'
  | 'length-short'
  | 'length-long'
  | 'length-garbage'
  | 'length-twice'
  | 'chunked'
  | 'chunked-unterminated'
  | 'chunked-bad-size'
  | 'chunked+length'
  | 'close'

export interface ResponseSpec {
  readonly interim: '' | '100' | '103'
  readonly statusLine: string
  readonly lineEnd: '\r\n' | '\n'
  readonly contentType: string | undefined
  /** Extra header lines; `{self}` in a value is replaced by the server's own base URL. */
  readonly headers: readonly (readonly [string, string])[]
  readonly body: BodySpec
  readonly encoding: EncodingSpec
  readonly framing: Framing
  /** Where the bytes are split (fractions of the whole) and how long the server pauses there, in ms. */
  readonly pauses: readonly { readonly at: number; readonly ms: number }[]
  /** After the last byte: close, keep the connection, reset it, or go silent mid-body. */
  readonly ending: 'end' | 'keep' | 'reset' | 'stall'
}

export interface CallSpec {
  readonly method: 'GET' | 'HEAD' | 'POST' | 'DELETE'
  readonly timeout: number | false
  readonly totalTimeout: number | undefined
  /** Retries need a `totalTimeout`: without one, a 429's Retry-After may legitimately take a minute. */
  readonly retry: false | 'default' | 'eager'
  /** When the caller's signal aborts, in ms after the call; 0 is an already-aborted signal. */
  readonly abortAfterMs: number | undefined
  readonly maxBodyBytes: number | undefined
  /** Through a typed endpoint with this schema, or untyped ('none'). */
  readonly contract: 'none' | ContractName
  /**
   * An https:// URL to the same plain-TCP server, which then never speaks TLS: the handshake stalls
   * (issue 13, item 2: the undici transport waited out its own 10 s connect timeout).
   */
  readonly tls: boolean
}

export interface Scenario {
  readonly response: ResponseSpec
  readonly call: CallSpec
}

const responseArb: fc.Arbitrary<ResponseSpec> = fc.record({
  interim: fc.oneof(
    { arbitrary: fc.constant('' as const), weight: 8 },
    fc.constantFrom('100' as const, '103' as const),
  ),
  statusLine: statusLineArb,
  lineEnd: fc.oneof({ arbitrary: fc.constant('\r\n' as const), weight: 7 }, fc.constant('\n' as const)),
  contentType: contentTypeArb,
  headers: fc.array(headerArb, { maxLength: 4 }),
  body: bodyArb,
  encoding: encodingArb,
  framing: fc.oneof(
    { arbitrary: fc.constantFrom<Framing>('length', 'chunked', 'close'), weight: 3 },
    {
      arbitrary: fc.constantFrom<Framing>(
        'length-short',
        'length-long',
        'length-garbage',
        'length-twice',
        'chunked-unterminated',
        'chunked-bad-size',
        'chunked+length',
      ),
      weight: 1,
    },
  ),
  pauses: fc.array(
    fc.record({
      at: fc.integer({ min: 0, max: 1_000 }).map((permille) => permille / 1_000),
      ms: fc.oneof({ arbitrary: fc.constantFrom(0, 5, 30), weight: 4 }, fc.constantFrom(100, 250, 600)),
    }),
    { maxLength: 3 },
  ),
  ending: fc.oneof(
    { arbitrary: fc.constant('end' as const), weight: 5 },
    fc.constantFrom('keep' as const, 'reset' as const, 'stall' as const),
  ),
})

/** A value in one case of five, else undefined. */
const rarely = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: 4 }, { arbitrary: arb, weight: 1 })

const callArb: fc.Arbitrary<CallSpec> = fc
  .record({
    method: fc.constantFrom(
      'GET' as const,
      'GET' as const,
      'HEAD' as const,
      'POST' as const,
      'DELETE' as const,
    ),
    timeout: fc.constantFrom<number | false>(150, 300, 300, false),
    totalTimeout: fc.option(fc.integer({ min: 100, max: 900 }), { nil: undefined, freq: 2 }),
    retry: fc.constantFrom('default' as const, 'eager' as const),
    abortAfterMs: rarely(fc.constantFrom(0, 10, 100, 250)),
    maxBodyBytes: rarely(fc.constantFrom(16, 4_096)),
    tls: fc.oneof({ arbitrary: fc.constant(false), weight: 19 }, fc.constant(true)),
    contract: fc.oneof(
      { arbitrary: fc.constant('none' as const), weight: 6 },
      fc.constantFrom('flat' as const, 'recursive' as const),
    ),
  })
  .map((call) => ({
    ...call,
    // A call needs some limit, and retries a total one; otherwise its deadline is not the client's to keep.
    timeout: call.timeout === false && call.totalTimeout === undefined ? 300 : call.timeout,
    retry: call.totalTimeout === undefined ? false : call.retry,
  }))

export const scenarioArb: fc.Arbitrary<Scenario> = fc.record({ response: responseArb, call: callArb })

/** When the call must have settled, in ms after it started: the nearest limit it was given. */
export function deadlineOf(call: CallSpec): number {
  const limits = [call.totalTimeout, call.abortAfterMs]
  if (call.retry === false && call.timeout !== false) limits.push(call.timeout)
  return Math.min(...limits.filter((ms): ms is number => ms !== undefined))
}

import { describe, expect, it } from 'vitest'
import { classifyNetworkError } from '../../src/transport/network-error.js'

// Error shapes of undici 7's own request(), which the fetch in Node 20 (undici 6) does not produce.

/** undici 7 builds HTTPParserError without llhttp's HPE_* code (its ERROR table is keyed by name). */
const parserErrorWithoutCode = Object.assign(new Error('Response does not match the HTTP/1.1 protocol'), {
  name: 'HTTPParserError',
  code: undefined,
})

/** undici reports a parse error after a Content-Length header as a length mismatch. */
const lengthMismatch = Object.assign(new Error('Response body length does not match content-length header'), {
  name: 'ResponseContentLengthMismatchError',
  code: 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
})

describe('undici request() errors get the same codes as fetch errors', () => {
  it.each([
    [parserErrorWithoutCode, 'head', 'invalidFraming'],
    [parserErrorWithoutCode, 'body', 'invalidFraming'],
    [lengthMismatch, 'head', 'invalidFraming'],
    [lengthMismatch, 'body', 'incompleteBody'],
    [Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }), 'body', 'incompleteBody'],
  ] as const)('%o during the %s is %s', (error, stage, code) => {
    expect(classifyNetworkError(error, stage)).toBe(code)
  })
})

/**
 * Rules about header fields that a status code requires or forbids, and about the status code itself.
 */
import type { Finding, ResponseFacts, Rule } from '../types.js'

/** A status whose meaning depends on a header field the server left out. */
interface RequiredHeader {
  readonly id: string
  readonly statuses: readonly number[]
  /** The field name as RFC 9110 spells it, for the message. */
  readonly header: string
  /** What the server should have done, with the RFC clause. */
  readonly should: string
  /** Why it matters, one clause. */
  readonly because: string
}

const REQUIRED_HEADERS: readonly RequiredHeader[] = [
  {
    id: 'missing-www-authenticate',
    statuses: [401],
    header: 'WWW-Authenticate',
    should: 'it must send at least one challenge in it (RFC 9110 §11.6.1, §15.5.2)',
    because: 'the client needs the challenge to know how to authenticate',
  },
  {
    id: 'missing-proxy-authenticate',
    statuses: [407],
    header: 'Proxy-Authenticate',
    should: 'the proxy must send its challenge in it (RFC 9110 §11.7.1, §15.5.8)',
    because: 'the client needs the challenge to authenticate to the proxy',
  },
  {
    id: 'missing-allow',
    statuses: [405],
    header: 'Allow',
    should: 'the origin must list the methods the resource supports in it (RFC 9110 §10.2.1, §15.5.6)',
    because: 'the client cannot otherwise tell which method would work',
  },
  {
    // RFC 9110 §15.4: the server SHOULD send Location for these; for 303 it is the only way to the answer.
    id: 'missing-location',
    statuses: [301, 302, 303, 307, 308],
    header: 'Location',
    should: 'a redirect should name its target there (RFC 9110 §10.2.2, §15.4)',
    because: 'the client has nowhere to go',
  },
]

function requiredHeaderRule(spec: RequiredHeader): Rule {
  return {
    id: spec.id,
    defaultSeverity: 'warn',
    check(facts: ResponseFacts): Finding | undefined {
      if (!spec.statuses.includes(facts.status) || facts.headers.has(spec.header)) return undefined
      return {
        message:
          `The server answered ${facts.status} without a ${spec.header} header; ${spec.should}, ` +
          `because ${spec.because}.`,
      }
    },
  }
}

export const requiredHeaderRules: readonly Rule[] = REQUIRED_HEADERS.map(requiredHeaderRule)

/** `content-length-on-no-content`: RFC 9110 §8.6, a server MUST NOT send Content-Length in a 204. */
export const contentLengthOnNoContent: Rule = {
  id: 'content-length-on-no-content',
  defaultSeverity: 'warn',
  check(facts: ResponseFacts): Finding | undefined {
    if (facts.status !== 204) return undefined
    const length = facts.headers.get('content-length')
    if (length === null) return undefined
    return {
      message:
        `The server answered 204 with Content-Length: ${length}; a server must not send Content-Length ` +
        'in a 204 (RFC 9110 §8.6), because intermediaries may misframe the message around a body that ' +
        'cannot exist.',
    }
  },
}

/**
 * `status-out-of-range`: final responses use the classes 2xx-5xx (RFC 9110 §15); anything else cannot be
 * interpreted, and §15 tells a client to treat an unknown code as the x00 of its class, which does not
 * exist here. The client treats it as a server error.
 */
export const statusOutOfRange: Rule = {
  id: 'status-out-of-range',
  defaultSeverity: 'warn',
  check(facts: ResponseFacts): Finding | undefined {
    if (facts.status >= 200 && facts.status <= 599) return undefined
    return {
      message:
        `The server answered with status ${facts.status}, outside the 2xx-5xx classes of a final response ` +
        '(RFC 9110 §15); it should use a status from those classes, because no client can tell what this ' +
        'one means, so it is treated as a server error.',
    }
  },
}

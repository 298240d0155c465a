/**
 * Rules about the date-valued header fields (RFC 9110 §5.6.7 HTTP-date, §10.2.3 Retry-After).
 */
import { parseHttpDate } from '../../retry/http-date.js'
import { isObsoleteDateFormat, parseRetryAfter } from '../../retry/retry-after.js'
import type { Finding, ResponseFacts, Rule } from '../types.js'

/**
 * `invalid-retry-after`: Retry-After must be delay-seconds or an HTTP-date (RFC 9110 §10.2.3). Checked on
 * every status, since 3xx and 201 may carry it too; an unreadable value means the retry loop falls back
 * to its own backoff instead of the wait the server asked for.
 */
export const invalidRetryAfter: Rule = {
  id: 'invalid-retry-after',
  defaultSeverity: 'warn',
  check(facts: ResponseFacts): Finding | undefined {
    const value = facts.headers.get('retry-after')
    if (value === null) return undefined
    const parsed = parseRetryAfter(value, facts.now, facts.headers.get('date'))
    if (parsed.type !== 'invalid') return undefined
    return {
      message:
        `The server sent Retry-After: ${JSON.stringify(value)}, which is neither a whole number of seconds ` +
        'nor an HTTP-date; it should send delay-seconds such as "120" or an IMF-fixdate such as ' +
        '"Sun, 06 Nov 1994 08:49:37 GMT" (RFC 9110 §10.2.3), because retry logic cannot honour a wait it ' +
        'cannot read.',
    }
  },
}

/** Fields whose value is (or may be) an HTTP-date, in the spelling used in messages. */
const DATE_FIELDS = ['Date', 'Retry-After', 'Expires', 'Last-Modified'] as const

const FORMAT_NAMES = { rfc850: 'RFC 850', asctime: 'asctime' } as const

function obsoleteDateFinding(facts: ResponseFacts, field: string): Finding | undefined {
  const value = facts.headers.get(field)
  // IMF-fixdate has its comma right after the three-letter day: skip the common case without parsing.
  if (value === null || value.charCodeAt(3) === 44) return undefined
  const format = parseHttpDate(value, facts.now)?.format
  if (format === undefined || !isObsoleteDateFormat(format)) return undefined
  return {
    message:
      `The server sent ${field}: ${JSON.stringify(value)} in the obsolete ${FORMAT_NAMES[format]} format; ` +
      'senders must generate IMF-fixdate such as "Sun, 06 Nov 1994 08:49:37 GMT" (RFC 9110 §5.6.7), ' +
      'because many caches and clients parse only that form.',
  }
}

/**
 * `obsolete-date-format`: recipients must still read RFC 850 and asctime dates, but "a sender MUST
 * generate the IMF-fixdate format" (RFC 9110 §5.6.7). One finding per field that uses an obsolete form.
 */
export const obsoleteDateFormat: Rule = {
  id: 'obsolete-date-format',
  defaultSeverity: 'warn',
  check(facts: ResponseFacts): Finding | readonly Finding[] | undefined {
    let findings: Finding[] | undefined
    for (const field of DATE_FIELDS) {
      const finding = obsoleteDateFinding(facts, field)
      if (finding === undefined) continue
      if (findings === undefined) findings = [finding]
      else findings.push(finding)
    }
    return findings
  },
}

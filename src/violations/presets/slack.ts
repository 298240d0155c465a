/**
 * Slack Web API. Every method answers HTTP 200, with `{"ok": true, ...}` on success (possibly with a
 * `warning`, which is still a success) and `{"ok": false, "error": "channel_not_found"}` on failure
 * (https://api.slack.com/web#evaluating_responses). The generic `error-payload-in-success` already catches
 * `ok: false`; this preset replaces it on Slack bodies with a message that names Slack's error code.
 */
import { isSuccess, jsonObjectOf } from '../inspect.js'
import type { Finding, Preset, ResponseFacts, Rule } from '../types.js'

const slackError: Rule = {
  id: 'slack-error',
  defaultSeverity: 'error',
  replaces: ['error-payload-in-success'],
  // A boolean `ok` is Slack's envelope; with the preset on, Slack, not the generic rule, judges it.
  claims: (facts) => typeof jsonObjectOf(facts)?.ok === 'boolean',
  check(facts: ResponseFacts): Finding | undefined {
    if (!isSuccess(facts.status)) return undefined
    const body = jsonObjectOf(facts)
    if (body?.ok !== false) return undefined
    const code = typeof body.error === 'string' && body.error !== '' ? body.error : undefined
    return {
      message:
        `Slack answered ${facts.status} with ok: false${code === undefined ? '' : ` and error "${code}"`}: ` +
        'the call failed. Slack puts failures in the body rather than the status, so the client flags this ' +
        'one to keep monitoring and retry logic from counting it as a success.',
      pointer: code === undefined ? '/ok' : '/error',
    }
  },
}

export const slack: Preset = { name: 'slack', rules: [slackError] }

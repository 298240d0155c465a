/**
 * Opt-in presets for APIs whose error conventions differ from plain HTTP. Enable them in a
 * `ViolationConfig`, per client or per endpoint: `{ presets: [presets.slack] }`. Each preset's rule ids
 * start with its own prefix (`slack-`, `jsend-`, `google-json-`, `json-rpc-`, `graphql-`).
 */

import type { Preset } from '../types.js'
import { googleJson } from './google-json.js'
import { graphql } from './graphql.js'
import { jsend } from './jsend.js'
import { jsonRpc } from './json-rpc.js'
import { slack } from './slack.js'

export const presets: {
  readonly slack: Preset
  readonly jsend: Preset
  readonly googleJson: Preset
  readonly jsonRpc: Preset
  readonly graphql: Preset
} = { slack: slack, jsend: jsend, googleJson: googleJson, jsonRpc: jsonRpc, graphql: graphql }

/** One response a server sent, and what the engine must report about it as `rule:severity`. */
import type { presets } from '../../../src/violations/presets/index.js'

export type PresetName = keyof typeof presets

export interface Case {
  readonly name: string
  readonly status: number
  readonly contentType: string | null
  /** Raw text, or a value sent as its JSON text. */
  readonly body: string | object
  readonly headers?: Readonly<Record<string, string>>
  readonly presets?: readonly PresetName[]
  /** Top-level keys of the endpoint's declared schema. */
  readonly declared?: readonly string[]
  /** @default 'GET' */
  readonly method?: string
  readonly expected: readonly string[]
}

export const JSON_UTF8 = 'application/json; charset=utf-8'
export const ERROR_PAYLOAD: readonly string[] = ['error-payload-in-success:error']

export const NGINX_502: string =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n' +
  '<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n'

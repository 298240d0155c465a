import type { Clock } from '../retry/options.js'
import type { Transport } from '../transport/types.js'
import type { Hooks } from './hooks.js'

export type { RequestEvent } from './hooks.js'

/** A client's settings, resolved and validated once in createClient; its plugins' hooks merged. */
export interface ClientSettings extends Hooks {
  readonly transport: Transport
  readonly maxBodyBytes: number
  readonly clock: Clock
}

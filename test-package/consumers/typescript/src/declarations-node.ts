// The Node-only entry point's declarations, checked with `skipLibCheck: false` beside the others.
import type * as undici from 'honest-fetch/undici'
import type { Entries } from './declarations.js'

export type NodeEntries = [...Entries, typeof undici]

// Node ESM consumer: imports the installed tarball with no optional peer (zod, msw, undici) installed,
// calls the smoke server and checks the kinds; a deep import past the exports map must be refused.
import process from 'node:process'
import { createClient, STATUS_KINDS, statusKind, UsageError } from 'honest-fetch'

const baseURL = process.argv[2]
const http = createClient({ baseURL })

const ok = await http.get('/users/42')
if (ok.kind !== 'ok' || ok.data?.name !== 'Ada Lovelace') throw new Error(`GET /users/42 gave ${ok.kind}`)
const missing = await http.get('/users/404')
if (missing.kind !== 'notFound') throw new Error(`GET /users/404 gave ${missing.kind}`)
if (statusKind(429) !== 'tooManyRequests' || !STATUS_KINDS) throw new Error('status table is wrong')
if (!(new UsageError('x') instanceof Error)) throw new Error('UsageError is not an Error')

const deep = await import('honest-fetch/dist/client.js').then(
  () => 'loaded',
  (error) => error.code,
)
if (deep !== 'ERR_PACKAGE_PATH_NOT_EXPORTED') throw new Error(`a deep import gave ${deep}`)

console.log('import works (ok, notFound); a deep import is refused')

// A CommonJS TypeScript file that imports statically; it compiles to require('honest-fetch'), which
// `module: nodenext` (TypeScript >= 5.8) accepts because Node >= 20.19 and >= 22.12 can require() ESM.
import { createClient } from 'honest-fetch'

export async function load(): Promise<string> {
  const r = await createClient({ baseURL: 'https://api.example.com' }).get('/users/42')
  return r.kind
}

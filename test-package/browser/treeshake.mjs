// A browser app that uses only createClient: its bundle must not contain honest-fetch/msw, msw or the
// opt-in violation presets.
import { createClient } from 'honest-fetch'

const http = createClient({ baseURL: globalThis.location?.origin ?? 'http://127.0.0.1' })
globalThis.loadUser = async () => {
  const r = await http.get('/users/42')
  return r.kind === 'ok' ? r.data : r.kind
}

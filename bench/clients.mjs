// The clients under test. Each returns `one()`: a single GET whose body is read and parsed to the end,
// which resolves only once the data is in hand, and throws if it is not what the server sent.
import { pathToFileURL } from 'node:url'

export const CLIENTS = [
  'fetch',
  'undici.request',
  'ofetch',
  'ky',
  'honest-fetch',
  'honest-fetch + zod',
  'honest-fetch/undici',
]

// More clients, for diagnosis, that `--clients=` can ask for: 'fetch + timeout' and 'honest-fetch
// timeout:false' (both also in the small-JSON table of run.mjs, to split what a per-request timeout costs
// from the client's own work), 'ofetch.raw + timeout' and 'undici.request + timeout'.

/**
 * @param {string} fullName one of CLIENTS or the clients for diagnosis, optionally `@` and another build's dist
 * @param {{ origin: string, path: string, lib: string, payload: 'small' | 'large' }} setup
 * @returns {Promise<() => Promise<unknown>>}
 */
export async function makeClient(fullName, { origin, path, lib: builtLib, payload }) {
  // `honest-fetch@/some/dist` runs another build of the library, for A/B comparisons of a change.
  const [name, otherLib] = fullName.split('@')
  const lib = otherLib ?? builtLib
  const url = `${origin}${path}`
  const honest = () => import(pathToFileURL(`${lib}/index.js`).href)
  switch (name) {
    case 'fetch':
      return async () => {
        const response = await fetch(url)
        if (!response.ok) throw new Error(`status ${response.status}`)
        return response.json()
      }
    case 'fetch + timeout':
      return async () => {
        const controller = new AbortController()
        const timer = setTimeout(() => controller.abort(), 10_000)
        try {
          const response = await fetch(url, { signal: controller.signal })
          if (!response.ok) throw new Error(`status ${response.status}`)
          return await response.json()
        } finally {
          clearTimeout(timer)
        }
      }
    case 'ofetch.raw + timeout': {
      const { ofetch } = await import('ofetch')
      return async () => {
        const controller = new AbortController()
        const timer = setTimeout(() => controller.abort(), 10_000)
        try {
          const response = await ofetch.raw(url, {
            signal: controller.signal,
            retry: false,
            ignoreResponseError: true,
            responseType: 'stream',
            headers: new Headers({ accept: 'application/json' }),
          })
          return await new Response(response.body).json()
        } finally {
          clearTimeout(timer)
        }
      }
    }
    case 'undici.request': {
      const { request } = await import('undici')
      return async () => {
        const { statusCode, body } = await request(url)
        if (statusCode !== 200) throw new Error(`status ${statusCode}`)
        return body.json()
      }
    }
    case 'undici.request + timeout': {
      const { request } = await import('undici')
      return async () => {
        const controller = new AbortController()
        const timer = setTimeout(() => controller.abort(), 10_000)
        try {
          const { statusCode, body } = await request(url, { signal: controller.signal })
          if (statusCode !== 200) throw new Error(`status ${statusCode}`)
          return await body.json()
        } finally {
          clearTimeout(timer)
        }
      }
    }
    case 'ofetch': {
      const { ofetch } = await import('ofetch')
      return () => ofetch(url)
    }
    case 'ky': {
      const { default: ky } = await import('ky')
      return () => ky.get(url).json()
    }
    case 'honest-fetch': {
      const { createClient } = await honest()
      const http = createClient({ baseURL: origin })
      return async () => dataOf(await http.get(path))
    }
    case 'honest-fetch timeout:false': {
      const { createClient } = await honest()
      const http = createClient({ baseURL: origin, timeout: false })
      return async () => dataOf(await http.get(path))
    }
    case 'honest-fetch + zod': {
      const [{ createApiClient, defineApi }, { z }, { schemas }] = await Promise.all([
        honest(),
        import('zod'),
        import('./payloads.mjs'),
      ])
      const api = defineApi({ get: { method: 'GET', path, responses: { 200: schemas(z)[payload] } } })
      const client = createApiClient(api, { baseURL: origin })
      return async () => dataOf(await client.get())
    }
    case 'honest-fetch/undici': {
      const [{ createClient }, { createUndiciTransport }] = await Promise.all([
        honest(),
        import(pathToFileURL(`${lib}/transport/undici.js`).href),
      ])
      const http = createClient({ baseURL: origin, transport: createUndiciTransport() })
      return async () => dataOf(await http.get(path))
    }
    default:
      throw new Error(`unknown client ${name}`)
  }
}

function dataOf(result) {
  if (result.kind !== 'ok') throw new Error(`honest-fetch result ${result.kind}`)
  return result.data
}

import type { FetchFunction } from '../../src/index.js'

export interface SeenRequest {
  readonly method: string
  readonly url: string
  readonly headers: Headers
  readonly body: string | undefined
}

/**
 * A fetch double that answers from a list of responses (the last one repeats) and records each request,
 * for behaviour tests that need no socket.
 */
export function fakeFetch(
  ...responses: Array<Response | (() => Response | Promise<Response>)>
): FetchFunction & {
  readonly requests: SeenRequest[]
} {
  const requests: SeenRequest[] = []
  const fn = async (input: Request | string | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init)
    requests.push({
      method: request.method,
      url: request.url,
      headers: request.headers,
      body: request.body ? await request.text() : undefined,
    })
    const next = responses[Math.min(requests.length - 1, responses.length - 1)]
    if (next === undefined) throw new Error('fakeFetch has no response')
    return typeof next === 'function' ? next() : next.clone()
  }
  return Object.assign(fn, { requests })
}

export function json(body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers)
  if (!headers.has('content-type')) headers.set('content-type', 'application/json')
  return new Response(JSON.stringify(body), { ...init, headers })
}

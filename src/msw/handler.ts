/**
 * Turns a step (a function from request to response) into an MSW handler for one endpoint, and remembers
 * which step and endpoint each handler was made from, so `sequence` and `delay` can take handlers as
 * their arguments and users compose helpers without learning a second vocabulary.
 */
import { type HttpHandler, http } from 'msw'
import type { Endpoint } from '../contract/define.js'
import { type BaseURL, parseBaseURL, resolveURL } from '../request/url.js'
import { MockError } from './mock-error.js'

/** Answers one request. */
export type Step = (request: Request) => Response | Promise<Response>

/** One mocked endpoint: the URL pattern its handlers match, and how messages name it. */
export interface Route {
  /** The endpoint's name in the contract, e.g. `getUser`. */
  readonly name: string
  /** The upper-case method, as the client sends it. */
  readonly method: string
  /** The contract's path template, e.g. `/users/:id`. */
  readonly path: string
  /** The MSW URL pattern: the base URL's path as a prefix, then the template. */
  readonly url: string
}

const BY_METHOD: Readonly<Record<string, typeof http.get>> = {
  GET: http.get,
  HEAD: http.head,
  POST: http.post,
  PUT: http.put,
  PATCH: http.patch,
  DELETE: http.delete,
  OPTIONS: http.options,
}

const made = new WeakMap<HttpHandler, { readonly route: Route; readonly step: Step }>()

/** Checks the base URL once per `mockApi`, with the client's own rules. */
export function mockBase(baseURL: string | URL): BaseURL {
  try {
    return parseBaseURL(baseURL)
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message.replace(/^\[honest-fetch\] /, '') : String(cause)
    throw new MockError(`mockApi: ${reason}`, { cause })
  }
}

/** Where an endpoint's requests go: joined exactly as the client joins `baseURL` and a path. */
export function routeOf(name: string, endpoint: Endpoint, base: BaseURL): Route {
  const url = resolveURL(base, endpoint.path, false).href
  return { name, method: endpoint.method.toUpperCase(), path: endpoint.path, url }
}

/** An MSW handler answering the route's method and URL with `step`. */
export function handlerFor(route: Route, step: Step): HttpHandler {
  const create = BY_METHOD[route.method]
  const handler = create
    ? create(route.url, ({ request }) => step(request))
    : // `http` has no helper for other methods; a resolver that returns nothing lets the next handler try.
      http.all(route.url, ({ request }) => (request.method === route.method ? step(request) : undefined))
  made.set(handler, { route, step })
  return handler
}

/**
 * The step a handler was made from, for composing helpers. Only handlers of the same endpoint count:
 * a `listUsers` reply inside a `getUser` sequence is a mistake this catches.
 */
export function stepOf(route: Route, handler: unknown, where: string): Step {
  const entry = made.get(handler as HttpHandler)
  if (entry === undefined) {
    throw new MockError(
      `${route.name}.${where} is not a handler made by this mock's ${route.name} helpers; build it with ${route.name}.reply(...), ${route.name}.unavailable(...) and the like.`,
    )
  }
  if (entry.route !== route) {
    throw new MockError(
      `${route.name}.${where} was made for ${entry.route.name} (${entry.route.method} ${entry.route.url}); build it with ${route.name}.reply(...) or another ${route.name} helper.`,
    )
  }
  return entry.step
}

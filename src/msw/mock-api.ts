import { HttpResponse } from 'msw'
import { coveringKey } from '../contract/declared-for.js'
import type { Api, Endpoint } from '../contract/define.js'
import { handlerFor, mockBase, type Route, routeOf, type Step, stepOf } from './handler.js'
import { MockError } from './mock-error.js'
import type { ReplyInit } from './options.js'
import { handleStep } from './handle.js'
import { replyStep } from './reply.js'
import * as scenario from './scenarios.js'
import { eventsStep, streamStep } from './streams.js'
import type { ApiExamples, EndpointMock, MockApiOptions, MockedApi } from './types.js'
import { checkDelay, pause, untilAborted } from './wait.js'

// What a slow upstream looks like from behind a gateway, when `delay` is given nothing to answer with.
const GATEWAY_TIMEOUT: scenario.MakeResponse = scenario.problem(504, { title: 'Gateway Timeout' }, {})

function sequenceStep(steps: readonly Step[]): Step {
  let next = 0
  return (request) => {
    const step = steps[Math.min(next, steps.length - 1)] as Step
    next += 1
    return step(request)
  }
}

function exampleStep(route: Route, endpoint: Endpoint, examples: ApiExamples, status?: number): Step {
  const { headers = {}, ...own } = examples[route.name] ?? {}
  const codes = Object.keys(own).filter((key) => /^\d+$/.test(key))
  const code = status ?? Math.min(...codes.map(Number))
  // The code's own example first (also where a range declares it), else the covering range's or default's.
  const key = Object.hasOwn(own, code)
    ? String(code)
    : Number.isFinite(code)
      ? coveringKey(endpoint.responses, code)
      : undefined
  if (key === undefined || !Object.hasOwn(own, key)) {
    const asked = status === undefined ? '' : `for ${status} `
    const covered = key === undefined || key === String(code) ? '' : `(nor for ${key}, which covers it) `
    throw new MockError(
      `${route.name}.example(${status ?? ''}): no example ${asked}${covered}was given; pass mockApi(api, { baseURL, examples }) with one.`,
    )
  }
  return replyStep(route, endpoint, code, own[key], { headers: headers[key] ?? {} })
}

function mockEndpoint(route: Route, endpoint: Endpoint, examples: ApiExamples): EndpointMock {
  const { name } = route
  const from = (make: scenario.MakeResponse) => handlerFor(route, () => make())
  return {
    method: route.method,
    url: route.url,
    reply: (status: number, body?: unknown, init: ReplyInit = {}) =>
      handlerFor(route, replyStep(route, endpoint, status, body, init)),
    example: (status?: number) => handlerFor(route, exampleStep(route, endpoint, examples, status)),
    events: (events, options = {}) =>
      handlerFor(route, eventsStep(`${name}.events`, endpoint, events, options)),
    stream: (chunks, options = {}) =>
      handlerFor(route, streamStep(`${name}.stream`, endpoint, chunks, options)),
    errorPayload: (body = scenario.DEFAULT_ERROR_PAYLOAD, options = {}) =>
      from(scenario.errorPayload(body, options)),
    htmlPage: (status = 200, options = {}) => from(scenario.htmlPage(`${name}.htmlPage`, status, options)),
    malformedJson: (status = 200, options = {}) =>
      from(scenario.malformedJson(`${name}.malformedJson`, status, options)),
    rateLimited: (options = {}) => from(scenario.rateLimited(`${name}.rateLimited`, options)),
    unavailable: (options = {}) => from(scenario.unavailable(`${name}.unavailable`, options)),
    unauthorized: (options = {}) => from(scenario.unauthorized(options)),
    networkError: () => from(scenario.networkError()),
    delay: (ms, then) => {
      checkDelay(`${name}.delay`, ms)
      const answer: Step = then === undefined ? GATEWAY_TIMEOUT : stepOf(route, then, 'delay: then')
      return handlerFor(route, async (request) =>
        (await pause(ms, request.signal)) ? answer(request) : HttpResponse.error(),
      )
    },
    hang: () =>
      handlerFor(route, async (request) => {
        await untilAborted(request.signal)
        // Nobody reads this: the client has already given up. It lets MSW finish the request.
        return HttpResponse.error()
      }),
    handle: (resolver) =>
      handlerFor(route, handleStep(route, endpoint, resolver as unknown as Parameters<typeof handleStep>[2])),
    sequence: (...handlers) => {
      if (handlers.length === 0) throw new MockError(`${name}.sequence needs at least one handler.`)
      return handlerFor(
        route,
        sequenceStep(handlers.map((h, i) => stepOf(route, h, `sequence: argument ${i + 1}`))),
      )
    },
  }
}

/**
 * MSW handlers for a contract made by `defineApi`: one `EndpointMock` per endpoint, whose `reply` only
 * takes declared statuses and bodies that fit their schemas, and whose scenario helpers play the server
 * misbehaviours the client detects.
 *
 * @example
 * const mock = mockApi(usersApi, { baseURL: 'https://api.test' })
 * server.use(mock.getUser.reply(200, { id: '42', name: 'Ada' }))
 */
export function mockApi<const A extends Api>(api: A, options: MockApiOptions): MockedApi<A> {
  const base = mockBase(options.baseURL)
  const mocks: Record<string, EndpointMock> = {}
  for (const [name, endpoint] of Object.entries(api))
    mocks[name] = mockEndpoint(routeOf(name, endpoint, base), endpoint, options.examples ?? {})
  return mocks as MockedApi<A>
}

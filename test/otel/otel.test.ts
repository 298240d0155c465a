import { context, propagation, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api'
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks'
import { W3CTraceContextPropagator } from '@opentelemetry/core'
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  type ReadableSpan,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base'
import { otel } from 'honest-fetch/otel'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { closedPort, startHttpServer, type TestServer } from '../helpers/http-server.js'
import { TRANSPORTS } from '../transports/transports.js'

const exporter = new InMemorySpanExporter()
const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] })
let server: TestServer
let traceparents: (string | undefined)[] = []
let busyOnce = false

beforeAll(async () => {
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable())
  propagation.setGlobalPropagator(new W3CTraceContextPropagator())
  trace.setGlobalTracerProvider(provider)
  server = await startHttpServer((req, res) => {
    traceparents.push(req.headers.traceparent as string | undefined)
    const send = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers })
      res.end(JSON.stringify(body))
    }
    if (req.url === '/flaky') {
      busyOnce = !busyOnce
      if (busyOnce) return send(503, {}, { 'retry-after': '0' })
    }
    if (req.url === '/lie') return send(200, { error: 'User not found' })
    if (req.url === '/missing') return send(404, { title: 'Not Found' })
    if (req.url === '/private' && req.headers.authorization !== 'Bearer new') return send(401, {})
    if (req.url === '/stall') return
    send(200, { id: 1 })
  })
})
beforeEach(() => {
  exporter.reset()
  traceparents = []
})
afterAll(async () => {
  await server.close()
  for (const t of TRANSPORTS) await t.close()
  trace.disable()
  propagation.disable()
  context.disable()
})

const spans = (): ReadableSpan[] => exporter.getFinishedSpans()

describe.each(TRANSPORTS)('otel(): a CLIENT span per attempt ($name)', (transport) => {
  const http = () => transport.client({ baseURL: server.url, plugins: [otel()] })

  it('ok: the semantic-convention attributes, the kind, and the traceparent the server got', async () => {
    const r = await http().get('/users?sig=secret')
    expect(r.kind).toBe('ok')
    const [span, ...more] = spans()
    expect(more).toEqual([])
    expect(span?.kind).toBe(SpanKind.CLIENT)
    expect(span?.name).toBe('GET')
    const { port } = new URL(server.url)
    expect(span?.attributes).toEqual({
      'http.request.method': 'GET',
      'url.full': `${server.url}/users?sig=REDACTED`,
      'server.address': '127.0.0.1',
      'server.port': Number(port),
      'http.response.status_code': 200,
      'honest_fetch.kind': 'ok',
    })
    expect(span?.status.code).toBe(SpanStatusCode.UNSET)
    const context = span?.spanContext()
    expect(traceparents).toEqual([`00-${context?.traceId}-${context?.spanId}-01`])
  })

  it('a retry is a span of its own with http.request.resend_count; the 503 one failed', async () => {
    busyOnce = false
    expect(await http().get('/flaky')).toMatchObject({ kind: 'ok', attempts: 2 })
    const [first, second] = spans()
    expect(first?.attributes).toMatchObject({ 'http.response.status_code': 503, 'error.type': '503' })
    expect(first?.attributes['http.request.resend_count']).toBeUndefined()
    expect(first?.status.code).toBe(SpanStatusCode.ERROR)
    expect(second?.attributes).toMatchObject({ 'http.request.resend_count': 1, 'honest_fetch.kind': 'ok' })
    expect(second?.status.code).toBe(SpanStatusCode.UNSET)
    expect(new Set(traceparents).size).toBe(2)
  })

  it('a 200 with an error payload is a failed span with one honest_fetch.violation event', async () => {
    expect((await http().get('/lie')).kind).toBe('protocolViolation')
    const [span] = spans()
    expect(span?.attributes).toMatchObject({
      'http.response.status_code': 200,
      'honest_fetch.kind': 'protocolViolation',
      'error.type': 'protocolViolation',
    })
    expect(span?.status.code).toBe(SpanStatusCode.ERROR)
    expect(span?.events.map((e) => [e.name, e.attributes?.['honest_fetch.violation.rule']])).toEqual([
      ['honest_fetch.violation', 'error-payload-in-success'],
    ])
    expect(span?.events[0]?.attributes?.['honest_fetch.violation.severity']).toBe('error')
  })

  it('a 4xx fails a CLIENT span, as the conventions say', async () => {
    expect((await http().get('/missing')).kind).toBe('notFound')
    expect(spans()[0]?.attributes['error.type']).toBe('404')
    expect(spans()[0]?.status.code).toBe(SpanStatusCode.ERROR)
  })

  it('a network failure and a timeout are failed spans, with the error code or "timeout"', async () => {
    const refused = await transport.client({ baseURL: await closedPort(), plugins: [otel()] }).get('/x')
    expect(refused.kind).toBe('networkError')
    const stalled = await transport
      .client({ baseURL: server.url, timeout: 100, plugins: [otel()] })
      .get('/stall')
    expect(stalled.kind).toBe('timeout')
    const [network, timeout] = spans()
    expect(network?.attributes['error.type']).toBe(refused.kind === 'networkError' ? refused.code : '')
    expect(network?.attributes['http.response.status_code']).toBeUndefined()
    expect(network?.status.code).toBe(SpanStatusCode.ERROR)
    expect(timeout?.attributes).toMatchObject({ 'error.type': 'timeout', 'honest_fetch.kind': 'timeout' })
    expect(timeout?.status.code).toBe(SpanStatusCode.ERROR)
  })

  it('with auth, the 401 and its replay are two spans; a refresh that throws still ends the first', async () => {
    const replaying = transport.client({
      baseURL: server.url,
      plugins: [otel()],
      auth: { token: () => 'old', refresh: () => 'new' },
    })
    expect(await replaying.get('/private')).toMatchObject({ kind: 'ok', attempts: 2 })
    expect(
      spans().map((s) => [
        s.attributes['http.response.status_code'],
        s.attributes['http.request.resend_count'],
      ]),
    ).toEqual([
      [401, undefined],
      [200, 1],
    ])
    exporter.reset()
    const failure = new Error('refresh failed')
    const failing = transport.client({
      baseURL: server.url,
      plugins: [otel()],
      auth: {
        token: () => 'old',
        refresh: () => {
          throw failure
        },
      },
    })
    await expect(failing.get('/private')).rejects.toBe(failure)
    expect(spans().map((s) => s.attributes['error.type'])).toEqual(['401'])
  })

  it('the span is a child of the active span', async () => {
    const tracer = trace.getTracer('test')
    await tracer.startActiveSpan('parent', async (parent) => {
      await http().get('/users')
      parent.end()
    })
    const client = spans().find((s) => s.name === 'GET')
    const parent = spans().find((s) => s.name === 'parent')
    expect(client?.parentSpanContext?.spanId).toBe(parent?.spanContext().spanId)
    expect(client?.spanContext().traceId).toBe(parent?.spanContext().traceId)
  })
})

describe('otel() without a registered provider', () => {
  it('makes no span and does not even call the propagator', async () => {
    let injected = 0
    const w3c = new W3CTraceContextPropagator()
    propagation.disable()
    propagation.setGlobalPropagator({
      inject: (...args) => {
        injected++
        w3c.inject(...args)
      },
      extract: (...args) => w3c.extract(...args),
      fields: () => w3c.fields(),
    })
    trace.disable()
    try {
      const r = await TRANSPORTS[0]?.client({ baseURL: server.url, plugins: [otel()] }).get('/users')
      expect(r?.kind).toBe('ok')
      expect(traceparents).toEqual([undefined])
      expect(spans()).toEqual([])
      expect(injected).toBe(0)
    } finally {
      trace.setGlobalTracerProvider(provider)
      propagation.disable()
      propagation.setGlobalPropagator(w3c)
    }
  })

  it('uses the provider passed as an option, registered or not', async () => {
    trace.disable()
    try {
      await TRANSPORTS[0]
        ?.client({ baseURL: server.url, plugins: [otel({ tracerProvider: provider })] })
        .get('/u')
      expect(spans().map((s) => s.name)).toEqual(['GET'])
    } finally {
      trace.setGlobalTracerProvider(provider)
    }
  })
})

/**
 * `honest-fetch/otel`: a plugin that traces every attempt as OpenTelemetry's HTTP client semantic
 * conventions say (one CLIENT span per attempt, W3C trace context injected into the request headers), and
 * adds what only honest-fetch knows: the result's kind, one event per violation, and status ERROR for a
 * `protocolViolation`, so the "200 with an error payload" that monitoring never counts becomes a failed span.
 */
import {
  type Counter,
  context,
  type MeterProvider,
  metrics,
  ProxyTracerProvider,
  propagation,
  type Span,
  SpanKind,
  SpanStatusCode,
  type Tracer,
  type TracerProvider,
  trace,
} from '@opentelemetry/api'
import type { Plugin, RequestEvent } from '../core/hooks.js'
import { errorType, requestAttributes } from './attributes.js'

/** Options of `otel()`. */
export interface OtelOptions {
  /**
   * Where spans go.
   * @default the global provider (`trace.getTracerProvider()`), as registered by the SDK
   * @example otel({ tracerProvider: provider })
   */
  readonly tracerProvider?: TracerProvider
  /**
   * Where the `honest_fetch.violations` counter goes (one per violation, by rule and severity).
   * @default the global provider (`metrics.getMeterProvider()`), looked up on each violation
   */
  readonly meterProvider?: MeterProvider
}

const TRACER_NAME = 'honest-fetch'

/** The tracer, or undefined when no SDK registered a provider: then the plugin costs a lookup per attempt. */
function tracerOf(provider: TracerProvider): Tracer | undefined {
  return provider instanceof ProxyTracerProvider
    ? provider.getDelegateTracer(TRACER_NAME)
    : provider.getTracer(TRACER_NAME)
}

// One counter per meter provider: the global one may be registered after the plugin was made.
const counters = new WeakMap<MeterProvider, Counter>()

function violationCounter(provider: MeterProvider): Counter {
  let counter = counters.get(provider)
  if (counter === undefined) {
    counter = provider.getMeter(TRACER_NAME).createCounter('honest_fetch.violations', {
      description: 'Protocol violations found in responses, by rule and severity.',
      unit: '{violation}',
    })
    counters.set(provider, counter)
  }
  return counter
}

const headerSetter = {
  set: (headers: Headers, name: string, value: string): void => headers.set(name, value),
}

/**
 * The OpenTelemetry plugin.
 * @example createClient({ baseURL, plugins: [otel()] })
 */
export function otel(options: OtelOptions = {}): Plugin {
  const spans = new WeakMap<RequestEvent, Span>()
  return {
    name: 'otel',
    onRequest: (event) => {
      const tracer = tracerOf(options.tracerProvider ?? trace.getTracerProvider())
      if (tracer === undefined) return
      const { name, attributes } = requestAttributes(event)
      const parent = context.active()
      const span = tracer.startSpan(name, { kind: SpanKind.CLIENT, attributes }, parent)
      spans.set(event, span)
      // Injected even when the span is sampled out, so the server sees the sampling decision.
      propagation.inject(trace.setSpan(parent, span), event.headers, headerSetter)
    },
    onAttempt: ({ request, result }) => {
      if (result.violations.length > 0) {
        const counter = violationCounter(options.meterProvider ?? metrics.getMeterProvider())
        const { hostname } = new URL(request.url)
        for (const { rule, severity } of result.violations) {
          counter.add(1, {
            'honest_fetch.violation.rule': rule,
            'honest_fetch.violation.severity': severity,
            'server.address': hostname,
          })
        }
      }
      const span = spans.get(request)
      if (span === undefined) return undefined
      spans.delete(request)
      if (result.status !== undefined) span.setAttribute('http.response.status_code', result.status)
      span.setAttribute('honest_fetch.kind', result.kind)
      for (const violation of result.violations) {
        span.addEvent('honest_fetch.violation', {
          'honest_fetch.violation.rule': violation.rule,
          'honest_fetch.violation.severity': violation.severity,
          'honest_fetch.violation.message': violation.message,
        })
      }
      const error = errorType(result)
      if (error !== undefined) {
        span.setAttribute('error.type', error)
        const violation = result.violations.find((v) => v.severity === 'error')
        span.setStatus({ code: SpanStatusCode.ERROR, ...(violation ? { message: violation.message } : {}) })
      }
      span.end()
      return undefined
    },
  }
}

import { SpanStatusCode } from '@opentelemetry/api'
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base'
import type { Plugin } from '../src/index.js'
import { otel } from '../src/otel/index.js'

/** A tracer that keeps its spans in memory, and the otel plugin that feeds it. */
export function demoTracer(): { readonly plugin: Plugin; summary(): string } {
  const exporter = new InMemorySpanExporter()
  const tracerProvider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] })
  return {
    plugin: otel({ tracerProvider }),
    summary: () => {
      const spans = exporter.getFinishedSpans()
      const violations = spans.flatMap((s) => s.events).filter((e) => e.name === 'honest_fetch.violation')
      const failed = spans.filter((s) => s.status.code === SpanStatusCode.ERROR)
      const hidden = failed.filter((s) => Number(s.attributes['http.response.status_code']) < 300)
      return [
        `A tracer (honest-fetch/otel) saw ${spans.length} spans and ${violations.length} violations;`,
        `${failed.length} spans failed, ${hidden.length} of them with a 2xx status:`,
        'the lies a monitor of status codes never sees.',
      ].join(' ')
    },
  }
}

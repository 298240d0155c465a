import { metrics } from '@opentelemetry/api'
import { MeterProvider, MetricReader, type ResourceMetrics } from '@opentelemetry/sdk-metrics'
import { otel } from 'honest-fetch/otel'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHttpServer, type TestServer } from '../helpers/http-server.js'
import { TRANSPORTS } from '../transports/transports.js'

/** A reader collected on demand, as an exporter would be. */
class TestReader extends MetricReader {
  protected override onForceFlush = async (): Promise<void> => {}
  protected override onShutdown = async (): Promise<void> => {}
}

/** The `honest_fetch.violations` data points as "rule severity: count". */
function counted(collected: ResourceMetrics): string[] {
  const metric = collected.scopeMetrics
    .flatMap((scope) => scope.metrics)
    .find((m) => m.descriptor.name === 'honest_fetch.violations')
  return (metric?.dataPoints ?? []).map(
    (point) =>
      `${point.attributes['honest_fetch.violation.rule']} ${point.attributes['honest_fetch.violation.severity']}: ${String(point.value)}`,
  )
}

let server: TestServer
beforeAll(async () => {
  server = await startHttpServer((req, res) => {
    if (req.url === '/html') {
      res.writeHead(200, { 'content-type': 'text/html' })
      return res.end('<html></html>')
    }
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(req.url === '/lie' ? '{"error":"User not found"}' : '{"id":1}')
  })
})
afterAll(async () => {
  await server.close()
  for (const t of TRANSPORTS) await t.close()
  metrics.disable()
})

describe.each(TRANSPORTS)('otel(): the honest_fetch.violations counter ($name)', (transport) => {
  it('counts each violation by rule and severity, through the provider given', async () => {
    const reader = new TestReader()
    const meterProvider = new MeterProvider({ readers: [reader] })
    const http = transport.client({ baseURL: server.url, plugins: [otel({ meterProvider })] })
    await http.get('/lie')
    await http.get('/lie')
    await http.get('/html')
    await http.get('/fine')
    const { resourceMetrics } = await reader.collect()
    expect(counted(resourceMetrics).sort()).toEqual([
      'error-payload-in-success error: 2',
      'unexpected-content-type error: 1',
    ])
    await meterProvider.shutdown()
  })

  it('uses the global provider registered after the plugin was made', async () => {
    const http = transport.client({ baseURL: server.url, plugins: [otel()] })
    const reader = new TestReader()
    const meterProvider = new MeterProvider({ readers: [reader] })
    metrics.setGlobalMeterProvider(meterProvider)
    try {
      await http.get('/lie')
      expect(counted((await reader.collect()).resourceMetrics)).toEqual(['error-payload-in-success error: 1'])
    } finally {
      metrics.disable()
      await meterProvider.shutdown()
    }
  })
})

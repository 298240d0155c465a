// The bench server, in its own process so its CPU is not the client's: node:http, keep-alive, 127.0.0.1
// only, bodies serialized once. It tells its parent the port over IPC and exits when the parent goes.
import { createServer } from 'node:http'
import { PAYLOADS } from './payloads.mjs'

const bodies = new Map(
  Object.values(PAYLOADS).map(({ path, body }) => [path, Buffer.from(JSON.stringify(body))]),
)
const headersFor = (body) => ({ 'content-type': 'application/json', 'content-length': String(body.length) })
const heads = new Map([...bodies].map(([path, body]) => [path, headersFor(body)]))

const server = createServer({ keepAliveTimeout: 60_000 }, (req, res) => {
  const body = bodies.get(req.url)
  if (body === undefined) {
    res.writeHead(404).end()
    return
  }
  res.writeHead(200, heads.get(req.url))
  res.end(body)
})
server.listen(0, '127.0.0.1', () => process.send?.({ port: server.address().port }))
process.on('disconnect', () => process.exit(0))

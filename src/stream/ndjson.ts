/**
 * Newline-delimited JSON (application/x-ndjson, application/jsonl, JSON Lines): one JSON text per line,
 * `\n` or `\r\n` between them, blank lines skipped. Each line is its own item; one that does not parse
 * (or fit the schema) is an item with `ok: false`, and the lines after it still come.
 */
import type { StandardSchemaV1 } from '@standard-schema/spec'
import { iterate } from './guard.js'
import { jsonItem } from './json-item.js'
import type { NdjsonLine } from './types.js'

const BLANK = /^\s*$/

/** The lines of a body as they arrive; leaving the loop early cancels the body. */
export async function* linesOf<T = unknown>(
  stream: ReadableStream<Uint8Array>,
  schema?: StandardSchemaV1,
): AsyncGenerator<NdjsonLine<T>> {
  const decoder = new TextDecoder('utf-8')
  let pending = ''
  let line = 0
  const item = async (raw: string): Promise<NdjsonLine<T>> => {
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    return { ...(await jsonItem<T>(text, schema)), text, line }
  }
  for await (const chunk of iterate(stream)) {
    pending += decoder.decode(chunk, { stream: true })
    let end = pending.indexOf('\n')
    let start = 0
    while (end !== -1) {
      const raw = pending.slice(start, end)
      line++
      if (!BLANK.test(raw)) yield await item(raw)
      start = end + 1
      end = pending.indexOf('\n', start)
    }
    pending = pending.slice(start)
  }
  pending += decoder.decode()
  // JSON Lines allows the last line without its line break.
  if (!BLANK.test(pending)) {
    line++
    yield await item(pending)
  }
}

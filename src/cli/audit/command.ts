// `honest-fetch audit --openapi <file> --base-url <url> [--header 'Name: value']... [--format ...]`
// (SPEC.md "Audit"): exit 0 when nothing failed, 1 when a finding failed, 2 for a usage error.
import { parseArgs } from 'node:util'
import { UsageError } from '../../errors/usage-error.js'
import { type Io, UsageFailure } from '../io.js'
import { OpenApiError } from '../openapi/openapi-error.js'
import { type AuditReport, audit } from './audit.js'
import { formatJunit } from './format/junit.js'
import { formatTable, summaryLine } from './format/table.js'

export const AUDIT_USAGE = `Usage: honest-fetch audit --openapi <file> --base-url <url> [options]

Sends, for each operation of the description, a valid request and the requests that must fail (no
credentials: 401, malformed JSON: 400, a body that breaks the schema: 400 or 422, an unknown id: 404),
and checks every response with honest-fetch's violation rules.

Options:
  --openapi <file>         the OpenAPI 3.0/3.1 description (JSON or YAML)
  --base-url <url>         where the API runs; nothing is sent anywhere else
  --header 'Name: value'   sent with every request but the no-credentials probes (repeatable)
  --format <format>        table (default), json or junit
  --unsafe                 also probe POST, PUT, PATCH and DELETE operations (they may change data)
  --timeout <ms>           time limit of each request (default 5000)
  --max-time <ms>          time limit of the whole audit (default 60000)
  --concurrency <n>        requests in flight at once (default 4)
  -h, --help               show this help

Exit status: 0 nothing failed, 1 a finding failed, 2 usage error (or an unreadable description).`

const FORMATS: Readonly<Record<string, (report: AuditReport) => string>> = {
  table: formatTable,
  json: (report) => `${JSON.stringify(report, null, 2)}\n`,
  junit: formatJunit,
}

function parseHeader(line: string): [string, string] {
  const colon = line.indexOf(':')
  const name = line.slice(0, colon).trim()
  if (colon < 1 || !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name))
    throw new UsageFailure(`--header ${JSON.stringify(line)} is not 'Name: value'.`, AUDIT_USAGE)
  return [name, line.slice(colon + 1).trim()]
}

function whole(flag: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined
  if (!/^\d+$/.test(text))
    throw new UsageFailure(`--${flag} must be a whole number, got ${JSON.stringify(text)}.`, AUDIT_USAGE)
  return Number(text)
}

/** Runs the subcommand; resolves with the exit status. */
export async function auditCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = (() => {
    try {
      return parseArgs({
        args: [...args],
        allowPositionals: true,
        options: {
          openapi: { type: 'string' },
          'base-url': { type: 'string' },
          header: { type: 'string', multiple: true },
          format: { type: 'string', default: 'table' },
          unsafe: { type: 'boolean', default: false },
          timeout: { type: 'string' },
          'max-time': { type: 'string' },
          concurrency: { type: 'string' },
          help: { type: 'boolean', short: 'h', default: false },
        },
      })
    } catch (error) {
      throw new UsageFailure((error as Error).message, AUDIT_USAGE)
    }
  })()
  if (values.help) {
    io.stdout(`${AUDIT_USAGE}\n`)
    return 0
  }
  if (positionals.length > 0) throw new UsageFailure(`unexpected ${positionals.join(' ')}.`, AUDIT_USAGE)
  if (values.openapi === undefined)
    throw new UsageFailure('name the description with --openapi <file>.', AUDIT_USAGE)
  if (values['base-url'] === undefined)
    throw new UsageFailure('name the API with --base-url <url>.', AUDIT_USAGE)
  const format = FORMATS[values.format]
  if (format === undefined)
    throw new UsageFailure(
      `--format ${JSON.stringify(values.format)}: use table, json or junit.`,
      AUDIT_USAGE,
    )
  const timeout = whole('timeout', values.timeout)
  const maxTime = whole('max-time', values['max-time'])
  const concurrency = whole('concurrency', values.concurrency)
  let report: AuditReport
  try {
    report = await audit({
      openapi: values.openapi,
      baseURL: values['base-url'],
      headers: Object.fromEntries((values.header ?? []).map(parseHeader)),
      unsafe: values.unsafe,
      ...(timeout === undefined ? {} : { timeout }),
      ...(maxTime === undefined ? {} : { maxTime }),
      ...(concurrency === undefined ? {} : { concurrency }),
    })
  } catch (error) {
    if (error instanceof UsageError)
      throw new UsageFailure(error.message.replace(/^\[honest-fetch\] /, ''), AUDIT_USAGE)
    if (!(error instanceof OpenApiError)) throw error
    io.stderr(`honest-fetch audit: ${error.message}\n`)
    return 2
  }
  io.stdout(format(report))
  if (values.format !== 'table') io.stderr(`honest-fetch audit: ${summaryLine(report)}\n`)
  return report.summary.fail > 0 ? 1 : 0
}

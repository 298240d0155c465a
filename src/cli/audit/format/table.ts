// The report for a terminal: one row per finding, columns padded to line up, the reason last (it is the
// long one), and a summary line.
import type { AuditReport } from '../audit.js'

const HEADINGS = ['OPERATION', 'PROBE', 'EXPECTED', 'GOT', 'VERDICT', 'WHY'] as const

/** The one-line summary every format's caller can print: counts, and what was not probed. */
export function summaryLine(report: AuditReport): string {
  const { pass, fail, warn } = report.summary
  const skipped =
    report.skipped.length === 0
      ? ''
      : `; ${report.skipped.length} operation(s) not probed (POST, PUT, PATCH, DELETE need --unsafe)`
  return `${pass} pass, ${fail} fail, ${warn} warn${skipped}`
}

export function formatTable(report: AuditReport): string {
  const rows = report.findings.map((f) => [
    f.operation,
    f.probe,
    f.expected,
    f.status === null
      ? f.kind
      : f.kind === 'protocolViolation'
        ? `${f.status} (violation)`
        : String(f.status),
    f.verdict.toUpperCase(),
    f.reason,
  ])
  const widths = HEADINGS.map((heading, column) =>
    Math.max(heading.length, ...rows.map((row) => row[column]?.length ?? 0)),
  )
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
  const lines = [line(HEADINGS), ...rows.map(line)]
  for (const { operation, reason } of report.skipped) lines.push(`skipped ${operation}: ${reason}`)
  lines.push('', summaryLine(report))
  return `${lines.join('\n')}\n`
}

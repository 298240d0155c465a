// The report as JUnit XML, the format CI systems (GitHub Actions reporters, GitLab, Jenkins, Azure)
// read: one testsuite per operation, one testcase per probe; a failed finding is a <failure>, a warning
// passes with its reason in <system-out>, an operation not probed is a <skipped> testcase. The element
// and attribute names are those of the Ant/Jenkins JUnit schema.
import type { AuditFinding, AuditReport } from '../audit.js'

function xml(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      // XML 1.0 has no way to write most control characters, even as references.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
  )
}

function testcase(finding: AuditFinding): string {
  const name = `${finding.probe}: expected ${finding.expected}`
  const got = finding.status === null ? finding.kind : `${finding.status} (${finding.kind})`
  const open = `    <testcase classname="${xml(finding.operation)}" name="${xml(name)}" time="0">`
  if (finding.verdict === 'fail') {
    const detail = [
      `${finding.url} got ${got}`,
      ...finding.violations.map((v) => `${v.rule} (${v.severity}): ${v.message}`),
    ]
    return `${open}\n      <failure message="${xml(finding.reason)}" type="${xml(finding.probe)}">${xml(detail.join('\n'))}</failure>\n    </testcase>`
  }
  if (finding.verdict === 'warn')
    return `${open}\n      <system-out>${xml(`warn: ${finding.reason}`)}</system-out>\n    </testcase>`
  return `${open.slice(0, -1)} />`
}

export function formatJunit(report: AuditReport): string {
  const suites = new Map<string, AuditFinding[]>()
  for (const finding of report.findings)
    suites.set(finding.operation, [...(suites.get(finding.operation) ?? []), finding])
  const parts: string[] = []
  for (const [operation, findings] of suites) {
    const failures = findings.filter((f) => f.verdict === 'fail').length
    parts.push(
      `  <testsuite name="${xml(operation)}" tests="${findings.length}" failures="${failures}" errors="0" skipped="0">`,
      ...findings.map(testcase),
      '  </testsuite>',
    )
  }
  for (const { operation, reason } of report.skipped)
    parts.push(
      `  <testsuite name="${xml(operation)}" tests="1" failures="0" errors="0" skipped="1">`,
      `    <testcase classname="${xml(operation)}" name="not probed" time="0">\n      <skipped message="${xml(reason)}" />\n    </testcase>`,
      '  </testsuite>',
    )
  const tests = report.findings.length + report.skipped.length
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="honest-fetch audit" tests="${tests}" failures="${report.summary.fail}" errors="0">`,
    ...parts,
    '</testsuites>',
    '',
  ].join('\n')
}

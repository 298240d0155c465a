import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { stringify } from 'yaml'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.js'
import type { TestServer } from '../helpers/http-server.js'
import { DESCRIPTION, honestApp, lyingApp, serve, TOKEN } from './apis.js'

async function run(...argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const status = await main(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) })
  return { status, stdout: out.join(''), stderr: err.join('') }
}

let dir: string
let file: string
let honest: TestServer
let lying: TestServer
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'honest-fetch-audit-'))
  file = join(dir, 'users.yaml')
  await writeFile(file, stringify(DESCRIPTION))
  ;[honest, lying] = await Promise.all([serve(honestApp()), serve(lyingApp())])
})
afterAll(async () => {
  await Promise.all([honest.close(), lying.close(), rm(dir, { recursive: true, force: true })])
})

const audit = (server: TestServer, ...extra: string[]) =>
  run(
    'audit',
    '--openapi',
    file,
    '--base-url',
    server.url,
    '--header',
    `Authorization: ${TOKEN}`,
    '--unsafe',
    ...extra,
  )

describe('honest-fetch audit', () => {
  it('exits 0 for the honest API, with a table a terminal reads and a summary line', async () => {
    const { status, stdout } = await audit(honest)
    expect(status).toBe(0)
    const lines = stdout.trimEnd().split('\n')
    expect(lines[0]).toMatch(/^OPERATION\s+PROBE\s+EXPECTED\s+GOT\s+VERDICT\s+WHY$/)
    expect(lines.at(-1)).toBe('14 pass, 0 fail, 0 warn')
    // Columns line up: every row has its verdict where the heading is.
    const column = lines[0]?.indexOf('VERDICT') ?? -1
    for (const row of lines.slice(1, 15)) expect(row.slice(column, column + 4)).toBe('PASS')
  })

  it('exits 1 for the lying API; --format json has the findings and summary SPEC names', async () => {
    const { status, stdout, stderr } = await audit(lying, '--format', 'json')
    expect(status).toBe(1)
    const report = JSON.parse(stdout)
    expect(report.summary).toEqual({ pass: 4, fail: 10, warn: 0 })
    for (const finding of report.findings) {
      expect(Object.keys(finding)).toEqual(
        expect.arrayContaining(['operation', 'probe', 'expected', 'status', 'kind', 'violations', 'verdict']),
      )
      expect(['pass', 'fail', 'warn']).toContain(finding.verdict)
    }
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        operation: 'POST /users',
        probe: 'malformed-json',
        status: 500,
        verdict: 'fail',
      }),
    )
    expect(stderr).toContain('4 pass, 10 fail, 0 warn')
  })

  it('--format junit is well-formed JUnit XML with a <failure> per failed finding', async () => {
    const { status, stdout } = await audit(lying, '--format', 'junit')
    expect(status).toBe(1)
    expect(XMLValidator.validate(stdout)).toBe(true)
    const xml = new XMLParser({
      ignoreAttributes: false,
      isArray: (name) => ['testsuite', 'testcase'].includes(name),
    }).parse(stdout)
    const suites = xml.testsuites.testsuite as {
      '@_name': string
      '@_failures': string
      testcase: { failure?: unknown }[]
    }[]
    expect(xml.testsuites['@_failures']).toBe('10')
    // The attributes the Jenkins xunit JUnit schema (junit-10.xsd) allows on <testsuites>, and requires
    // on <testsuite>; the output was checked against that schema with xmllint (docs/audit.md).
    const attributes = (element: object) => Object.keys(element).filter((k) => k.startsWith('@_'))
    for (const name of attributes(xml.testsuites))
      expect(['@_name', '@_time', '@_tests', '@_failures', '@_errors']).toContain(name)
    for (const suite of suites)
      expect(attributes(suite)).toEqual(
        expect.arrayContaining(['@_name', '@_tests', '@_failures', '@_errors']),
      )
    expect(suites.map((s) => s['@_name'])).toEqual([
      'GET /health',
      'POST /users',
      'GET /users/{id}',
      'DELETE /users/{id}',
      'PATCH /health',
      'GET /users',
      'PATCH /users/{id}',
    ])
    const failures = suites.flatMap((s) => s.testcase).filter((c) => c.failure !== undefined)
    expect(failures).toHaveLength(10)
    for (const suite of suites)
      expect(Number(suite['@_failures'])).toBe(suite.testcase.filter((c) => c.failure).length)
  })

  it('lists the operations it did not probe without --unsafe, as skipped tests in JUnit', async () => {
    const { status, stdout } = await run(
      'audit',
      '--openapi',
      file,
      '--base-url',
      honest.url,
      '--format',
      'junit',
    )
    expect(status).toBe(0)
    expect(stdout.match(/<skipped /g)).toHaveLength(2)
  })

  it.each([
    [['--base-url', 'http://127.0.0.1:9'], 'name the description with --openapi'],
    [['--openapi', 'x.yaml'], 'name the API with --base-url'],
    [['--openapi', 'x.yaml', '--base-url', 'http://127.0.0.1:9', '--format', 'xml'], '--format "xml"'],
    [
      ['--openapi', 'x.yaml', '--base-url', 'http://127.0.0.1:9', '--header', 'no colon'],
      "is not 'Name: value'",
    ],
    [
      ['--openapi', 'x.yaml', '--base-url', 'http://127.0.0.1:9', '--timeout', 'soon'],
      '--timeout must be a whole',
    ],
    [['--openapi', 'x.yaml', '--base-url', 'ftp://127.0.0.1'], 'baseURL must be http'],
    [['--nope'], "Unknown option '--nope'"],
  ])('exits 2 with the usage for %j', async (args, message) => {
    const { status, stderr, stdout } = await run('audit', ...args)
    expect(status).toBe(2)
    expect(stderr).toContain(message)
    expect(stderr).toContain('Usage: honest-fetch audit')
    expect(stdout).toBe('')
  })

  it('exits 2 for a description it cannot read', async () => {
    const { status, stderr } = await run(
      'audit',
      '--openapi',
      join(dir, 'missing.yaml'),
      '--base-url',
      honest.url,
    )
    expect(status).toBe(2)
    expect(stderr).toContain('cannot read')
  })

  it('--help prints the usage and exits 0', async () => {
    expect(await run('audit', '--help')).toMatchObject({
      status: 0,
      stdout: expect.stringContaining('--unsafe'),
    })
  })
})

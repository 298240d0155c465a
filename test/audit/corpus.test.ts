// The probes are built from real descriptions without sending anything: every operation of the
// @readme/oas-examples corpus (3.0 and 3.1) gets its valid request, and nothing throws.
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, expect, it, vi } from 'vitest'
import { auditOperations } from '../../src/cli/audit/operations.js'
import { probesOf, wrongMethodProbe } from '../../src/cli/audit/probes.js'
import { loadDescription } from '../../src/cli/openapi/load.js'

const files = ['3.0', '3.1'].flatMap((version) => {
  const dir = `node_modules/@readme/oas-examples/${version}/json`
  return readdirSync(dir)
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
})

afterEach(() => {
  vi.restoreAllMocks()
})

it('builds the probes of every operation of the oas-examples corpus', async () => {
  expect(files.length).toBeGreaterThan(50)
  // openapi-sampler warns on the console, unconditionally, for an allOf of mixed types (six here).
  vi.spyOn(console, 'warn').mockImplementation(() => {})
  let operations = 0
  const byProbe = new Map<string, number>()
  const count = (probe: string) => byProbe.set(probe, (byProbe.get(probe) ?? 0) + 1)
  for (const file of files) {
    const doc = await loadDescription(file)
    const ops = auditOperations(doc)
    operations += ops.length
    for (const op of ops) {
      const probes = probesOf(doc, op, {})
      expect(probes[0]?.probe).toBe('valid')
      for (const probe of probes) {
        // A filled path has no `{name}` left and no character a URL path cannot hold unencoded.
        expect(probe.path).not.toMatch(/[{}\s]/)
        count(probe.probe)
      }
    }
    for (const path of new Set(ops.map((op) => op.path))) {
      const probe = wrongMethodProbe(
        doc,
        ops.filter((op) => op.path === path),
        {},
        true,
      )
      if (probe !== undefined) count(probe.probe)
    }
  }
  expect(operations).toBeGreaterThan(600)
  for (const probe of ['no-credentials', 'malformed-json', 'invalid-body', 'unknown-id', 'wrong-method'])
    expect(byProbe.get(probe)).toBeGreaterThan(50)
})

// What the corpus tests share: generating a real description into node_modules/.cache, type-checking the
// module with the project's tsc under `strict`, and checking documented examples against their schemas.
import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import type { StandardSchemaV1 } from '@standard-schema/spec'
import { declaredBody } from '../../src/contract/declared-body.js'
import { fileURLToPath } from 'node:url'
import { loadDescription } from '../../src/cli/openapi/load.js'
import { type Generated, generate, summarize } from '../../src/cli/openapi/transform/document.js'
import type { DocumentedExample } from '../../src/cli/openapi/transform/examples.js'
import type { Api, ResponseDeclaration } from '../../src/index.js'

export const root = fileURLToPath(new URL('../../', import.meta.url))
export const dir = `${root}node_modules/.cache/honest-fetch-openapi`

/** Generates `description` as `<name>.ts` in the cache folder and prints what it took and what it noted. */
export async function generateModule(description: string, from: string, name: string): Promise<Generated> {
  mkdirSync(dir, { recursive: true })
  const doc = await loadDescription(description)
  const started = performance.now()
  const generated = generate(doc, from, { name, strictFormats: false })
  const ms = performance.now() - started
  writeFileSync(`${dir}/${name}.ts`, generated.source)
  console.log(
    `${name}: generated ${generated.endpoints} endpoints, ${(generated.source.length / 1024).toFixed(0)} KiB in ${ms.toFixed(0)} ms; left out or loosened (${generated.notes.length}): ${summarize(generated.notes).join(', ') || 'nothing'}`,
  )
  return generated
}

/** `tsc --noEmit` under the project's `strict` config on the module `<name>.ts`: what it printed. */
export function typeCheck(name: string): { output: string; status: number | null } {
  const tsconfig = {
    extends: `${root}tsconfig.json`,
    compilerOptions: { noEmit: true, paths: { 'honest-fetch': [`${root}src/index.ts`] } },
    include: [],
    // The modules live under node_modules/.cache, which the project's own config excludes.
    exclude: [],
    files: [`${name}.ts`],
  }
  writeFileSync(`${dir}/tsconfig.${name}.json`, JSON.stringify(tsconfig))
  const started = performance.now()
  const tsc = spawnSync(
    process.execPath,
    [`${root}node_modules/typescript/bin/tsc`, '-p', `${dir}/tsconfig.${name}.json`],
    { encoding: 'utf8' },
  )
  console.log(
    `${name}: tsc --noEmit on the generated module: ${((performance.now() - started) / 1000).toFixed(1)} s`,
  )
  return { output: tsc.stdout + tsc.stderr, status: tsc.status }
}

function declarationOf(api: Api, endpoint: string, status: DocumentedExample['status']) {
  const declared = (api[endpoint]?.responses as Record<string, ResponseDeclaration> | undefined)?.[status]
  return declared === undefined ? undefined : declaredBody(declared)
}

/**
 * The schema a contract declares for a status's body, if any: the one the mocks check a reply against
 * (with several media types, the first, which is the example's).
 */
export function declaredSchema(
  api: Api,
  endpoint: string,
  status: DocumentedExample['status'],
): StandardSchemaV1 | undefined {
  return declarationOf(api, endpoint, status)?.schema ?? undefined
}

async function firstIssue(schema: StandardSchemaV1, value: unknown): Promise<string | undefined> {
  const issue = (await schema['~standard'].validate(value)).issues?.[0]
  if (!issue) return undefined
  const at = (issue.path ?? []).map((p) => (typeof p === 'object' ? String(p.key) : String(p))).join('.')
  return `${at}: ${issue.message}`
}

/**
 * Every documented example (of a code, a range or `default`) checked against the schema declared for
 * it, and the header values exported beside it against the declared headers schema, as `example()`
 * checks them: how many of each were checked, and the ones that do not fit, by `endpoint status pointer`
 * (`endpoint status headers`), with the first issue.
 */
export async function misfits(
  api: Api,
  generated: Generated,
): Promise<{ checked: number; headers: number; wrong: Record<string, string> }> {
  const wrong: Record<string, string> = {}
  let checked = 0
  const headersChecked = new Set<string>()
  for (const example of generated.examples) {
    const declared = declarationOf(api, example.endpoint, example.status)
    const where = `${example.endpoint} ${example.status}`
    if (declared?.headers && !headersChecked.has(where)) {
      headersChecked.add(where)
      const issue = await firstIssue(declared.headers, example.headers)
      if (issue) wrong[`${where} headers`] = issue
    }
    if (!declared?.schema) continue
    checked += 1
    const issue = await firstIssue(declared.schema, example.value)
    if (issue) wrong[`${where} ${example.pointer}`] = issue
  }
  return { checked, headers: headersChecked.size, wrong }
}

/** Whether a request part's schema lets the call leave it out. */
export async function acceptsNothing(schema: StandardSchemaV1 | undefined): Promise<boolean> {
  return schema === undefined || !(await schema['~standard'].validate(undefined)).issues
}

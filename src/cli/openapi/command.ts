// `honest-fetch openapi <file> [--out api.ts] [--name api]` (SPEC.md "OpenAPI").
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { type Io, UsageFailure } from '../io.js'
import { loadDescription } from './load.js'
import { OpenApiError } from './openapi-error.js'
import { generate, summarize } from './transform/document.js'
import { writeAtomically } from './write.js'

export const OPENAPI_USAGE = `Usage: honest-fetch openapi <description.json|.yaml> [options]

Writes a TypeScript module with \`export const <name> = defineApi({...})\` and zod 4 schemas.

Options:
  --out <file>       where to write the module (default: print it to stdout)
  --name <name>      the exported constant (default: api)
  --strict-formats   check date-time, date, email, uri and uuid formats (default: plain strings)
  --tag <tag>        only the operations with this tag (repeatable): a smaller module checks faster
  --path <prefix>    only the operations under this path, e.g. /v1/charges (repeatable; with --tag,
                     an operation either keeps is kept)
  --examples         also export the response examples, for mockApi's examples and mock.<ep>.example()
  --quiet            do not print the notes of what was left out
  -h, --help         show this help`

/** Runs the subcommand; resolves with the exit status (0 written, 1 the description failed, 2 usage). */
export async function openapiCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = (() => {
    try {
      return parseArgs({
        args: [...args],
        allowPositionals: true,
        options: {
          out: { type: 'string' },
          name: { type: 'string', default: 'api' },
          'strict-formats': { type: 'boolean', default: false },
          tag: { type: 'string', multiple: true },
          path: { type: 'string', multiple: true },
          examples: { type: 'boolean', default: false },
          quiet: { type: 'boolean', default: false },
          help: { type: 'boolean', short: 'h', default: false },
        },
      })
    } catch (error) {
      throw new UsageFailure((error as Error).message, OPENAPI_USAGE)
    }
  })()
  if (values.help) {
    io.stdout(`${OPENAPI_USAGE}\n`)
    return 0
  }
  const [file, ...extra] = positionals
  if (file === undefined) throw new UsageFailure('name the OpenAPI description to read.', OPENAPI_USAGE)
  if (extra.length > 0)
    throw new UsageFailure(`one description at a time; got also ${extra.join(' ')}.`, OPENAPI_USAGE)
  if (!/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(values.name))
    throw new UsageFailure(
      `--name ${JSON.stringify(values.name)} is not a JavaScript identifier.`,
      OPENAPI_USAGE,
    )
  try {
    const doc = await loadDescription(resolve(file))
    const generated = generate(doc, file.split(/[\\/]/).pop() ?? file, {
      name: values.name,
      strictFormats: values['strict-formats'],
      examples: values.examples,
      ...(values.tag === undefined ? {} : { tags: values.tag }),
      ...(values.path === undefined ? {} : { paths: values.path }),
    })
    if (values.out === undefined) io.stdout(generated.source)
    else await writeAtomically(resolve(values.out), generated.source)
    if (!values.quiet && generated.notes.length > 0) {
      io.stderr(`honest-fetch openapi: ${generated.endpoints} endpoints; left out or loosened:\n`)
      for (const line of summarize(generated.notes)) io.stderr(`  ${line}\n`)
    }
    return 0
  } catch (error) {
    if (!(error instanceof OpenApiError) && !(error as NodeJS.ErrnoException).code) throw error
    io.stderr(`honest-fetch openapi: ${(error as Error).message}\n`)
    return 1
  }
}

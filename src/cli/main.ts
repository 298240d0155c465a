// The `honest-fetch` executable's dispatch, apart from the process: arguments in, exit status out.
import { auditCommand } from './audit/command.js'
import { type Io, UsageFailure } from './io.js'
import { openapiCommand } from './openapi/command.js'

export const USAGE = `Usage: honest-fetch <command> [options]

Commands:
  openapi <file>   write a typed contract (defineApi + zod) from an OpenAPI 3.0/3.1 description
  audit            check a running API against the status-code rule, from its OpenAPI description

Run \`honest-fetch <command> --help\` for a command's options.`

const COMMANDS: Readonly<Record<string, (args: readonly string[], io: Io) => Promise<number>>> = {
  openapi: openapiCommand,
  audit: auditCommand,
}

/** Runs the command line; resolves with the exit status: 0 done, 1 the input failed, 2 usage error. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...args] = argv
  if (command === '--help' || command === '-h') {
    io.stdout(`${USAGE}\n`)
    return 0
  }
  try {
    if (command === undefined) throw new UsageFailure('name a command.', USAGE)
    const run = COMMANDS[command]
    if (run === undefined) throw new UsageFailure(`unknown command ${JSON.stringify(command)}.`, USAGE)
    return await run(args, io)
  } catch (error) {
    if (!(error instanceof UsageFailure)) throw error
    io.stderr(`honest-fetch: ${error.message}\n\n${error.usage}\n`)
    return 2
  }
}

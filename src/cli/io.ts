/** Where a command writes; the executable passes the process's streams, tests collect the text. */
export interface Io {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
}

/** A command line the CLI cannot run: printed with the usage, exit status 2. */
export class UsageFailure extends Error {
  override name = 'UsageFailure' as const
  readonly usage: string

  constructor(message: string, usage: string) {
    super(message)
    this.usage = usage
  }
}

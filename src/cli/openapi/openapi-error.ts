/**
 * What the generator cannot read in a description, with the JSON pointer of the place (`#/paths/...`),
 * so the message leads to the line to fix. The command prints it and exits 1.
 */
export class OpenApiError extends Error {
  override name = 'OpenApiError' as const
  readonly pointer: string

  constructor(pointer: string, message: string, options?: ErrorOptions) {
    super(`${pointer}: ${message}`, options)
    this.pointer = pointer
  }
}

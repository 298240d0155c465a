// Types of bench/size.mjs, for test/size.test.ts.
export declare const entryOf: (names: readonly string[]) => string
export declare function measureBundle(contents: string): Promise<{
  readonly gzipBytes: number
  readonly minifiedBytes: number
  /** Every file in the bundle, relative to the repository, with its minified bytes in it. */
  readonly inputs: Readonly<Record<string, number>>
}>

// Loads the declarations of the given entry points, so that a `skipLibCheck: false` run type-checks the
// published .d.ts files themselves (and whatever they import from msw and undici).
import type * as core from 'honest-fetch'
import type * as mocks from 'honest-fetch/msw'

export type Entries = [typeof core, typeof mocks]

// `npm run bench:cold`: `import('honest-fetch')` in a fresh Node process against `import('ofetch')`, the
// median of 9 processes each (interleaved), on the library as `npm run build` emits it. The target (issue
// 15): honest-fetch within 5 ms of ofetch. Exits 1 when it is missed.
//
//   npm run bench:cold              9 processes per target
//   npm run bench:cold -- 21        another count
import { measureColdImport } from './cold-import.mjs'
import { buildLibrary } from './harness.mjs'

const RUNS = Number(process.argv[2] ?? 9)
const MARGIN_MS = 5

buildLibrary()
const rows = measureColdImport(RUNS)
const ms = (value) => value.toFixed(1)
console.log(
  [
    `# Cold import on Node ${process.versions.node} (fresh process, median of ${RUNS})`,
    '',
    '| module | `import()` ms | whole process ms |',
    '|---|--:|--:|',
    ...rows.map((row) => `| ${row.name} | ${ms(row.importMs)} | ${ms(row.processMs)} |`),
  ].join('\n'),
)
const of = (name) => rows.find((row) => row.name === name)?.importMs ?? Number.NaN
const gap = of('honest-fetch') - of('ofetch')
const met = gap <= MARGIN_MS
console.log(
  `\n${met ? 'met' : 'NOT met'}: honest-fetch's import is ${ms(Math.abs(gap))} ms ${gap < 0 ? 'faster' : 'slower'} ` +
    `than ofetch's (target: at most ${MARGIN_MS} ms slower)`,
)
process.exitCode = met ? 0 : 1

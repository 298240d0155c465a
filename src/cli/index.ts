// The `honest-fetch` executable (package.json `bin`); esbuild adds the `#!/usr/bin/env node` line.
import { main } from './main.js'

const status = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
})
process.exitCode = status

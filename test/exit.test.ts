import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'

it('leaves no timer, socket or listener behind: the process exits by itself after early endings', async () => {
  const probe = fileURLToPath(new URL('./fixtures/exit-probe.ts', import.meta.url))
  const { stdout } = await new Promise<{ stdout: string }>((resolve, reject) => {
    // The 60 s limits in the probe would keep a leaky process alive far past this 15 s ceiling.
    execFile(process.execPath, ['--import', 'tsx', probe], { timeout: 15_000 }, (error, out) =>
      error ? reject(error) : resolve({ stdout: out }),
    )
  })
  expect(JSON.parse(stdout)).toEqual(['timeout', 'aborted', 'aborted'])
}, 20_000)

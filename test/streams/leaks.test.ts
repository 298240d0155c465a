import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'

it('leaves no socket, timer or listener behind after a stream is left by break or abort, on both transports', async () => {
  const probe = fileURLToPath(new URL('./fixtures/stream-exit-probe.ts', import.meta.url))
  const { stdout } = await new Promise<{ stdout: string }>((resolve, reject) => {
    // The probe's 60 s attempt timeouts would keep a leaky process alive far past this 15 s ceiling.
    execFile(process.execPath, ['--import', 'tsx', probe], { timeout: 15_000 }, (error, out) =>
      error ? reject(error) : resolve({ stdout: out }),
    )
  })
  expect(JSON.parse(stdout)).toEqual(['break', 'abort', 'break', 'abort'])
}, 20_000)

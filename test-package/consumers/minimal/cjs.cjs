// Node CommonJS consumer. Argument 2: the smoke server URL; argument 3: what this Node must do, either
// `require` (require(esm) works: Node >= 20.19 and >= 22.12) or `import` (require throws
// ERR_REQUIRE_ESM, and a dynamic import() is the way in).
const process = require('node:process')

const [baseURL, expected] = process.argv.slice(2)

async function call(hf) {
  const r = await hf.createClient({ baseURL }).get('/users/42')
  if (r.kind !== 'ok' || r.data?.name !== 'Ada Lovelace') throw new Error(`GET /users/42 gave ${r.kind}`)
}

async function main() {
  let required
  let failure
  try {
    required = require('honest-fetch')
  } catch (error) {
    failure = error
  }
  if (expected === 'require') {
    if (failure) throw new Error(`require('honest-fetch') threw ${failure.code}: ${failure.message}`)
    await call(required)
    console.log('require() works')
  } else {
    if (!failure) throw new Error("require('honest-fetch') worked where it was expected to throw")
    if (failure.code !== 'ERR_REQUIRE_ESM')
      throw new Error(`require threw ${failure.code}, not ERR_REQUIRE_ESM`)
    await call(await import('honest-fetch'))
    console.log('require() throws ERR_REQUIRE_ESM; import() works')
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})

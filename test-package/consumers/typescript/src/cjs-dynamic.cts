// A CommonJS TypeScript file: a dynamic import() reaches the ES module under every module setting.
export async function load(): Promise<string> {
  const { createClient } = await import('honest-fetch')
  const r = await createClient({ baseURL: 'https://api.example.com' }).get('/users/42')
  return r.kind
}

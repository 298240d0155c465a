// The bodies the bench server sends and the schemas the typed client checks them with. One module, so the
// server, the clients and the checks cannot drift apart.

/** A user record, as a typical JSON API returns it. */
export function user(i) {
  return {
    id: `u${(0x8f14e45f + i).toString(16)}`,
    name: 'Ada Lovelace',
    email: `ada${i}@example.com`,
    role: 'admin',
    active: true,
    createdAt: '2025-11-25T10:00:00.000Z',
    tags: ['math', 'engine'],
    stats: { logins: 42, score: 0.97 },
    plan: 'pro',
  }
}

/** ~208 bytes of JSON. */
export const SMALL = user(0)

/** ~100 KB of JSON: a page of users. */
export const LARGE = { items: Array.from({ length: 470 }, (_, i) => user(i)), total: 470, next: null }

export const PAYLOADS = {
  small: { path: '/small', body: SMALL },
  large: { path: '/large', body: LARGE },
}

/** The zod schemas of the typed client (zod is passed in: the bench imports the project's zod 4). */
export function schemas(z) {
  const User = z.object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    role: z.enum(['admin', 'member']),
    active: z.boolean(),
    createdAt: z.string(),
    tags: z.array(z.string()),
    stats: z.object({ logins: z.number().int(), score: z.number() }),
    plan: z.string(),
  })
  return {
    small: User,
    large: z.object({ items: z.array(User), total: z.number().int(), next: z.string().nullable() }),
  }
}

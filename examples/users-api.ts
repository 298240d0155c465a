// A contract for a small users API, declared once and used by the typed client, the MSW mocks and the
// type tests. Run against the demo server by examples/typed-client.ts.

import { defineApi } from 'honest-fetch'
import { z } from 'zod'

export const User = z.object({ id: z.string(), name: z.string(), email: z.email().optional() })
export type User = z.infer<typeof User>

export const NewUser = z.object({ name: z.string().min(1), email: z.email().optional() })

/** RFC 9457 problem details, as the API sends them for errors. */
export const Problem = z.looseObject({
  type: z.string().default('about:blank'),
  title: z.string().optional(),
  status: z.number().optional(),
  detail: z.string().optional(),
})

export const usersApi = defineApi({
  getUser: { method: 'GET', path: '/users/:id', responses: { 200: User, 404: Problem } },
  listUsers: {
    method: 'GET',
    path: '/users',
    query: z.object({ limit: z.number().int().positive().optional(), q: z.string().optional() }).optional(),
    responses: { 200: z.array(User) },
  },
  createUser: {
    method: 'POST',
    path: '/users',
    body: NewUser,
    responses: { 201: User, 409: Problem, 422: Problem },
  },
  deleteUser: { method: 'DELETE', path: '/users/:id', responses: { 204: null, 404: Problem } },
})

// The app's contract, declared once: the typed client, the TanStack Query options and the MSW mocks all
// come from it. Errors are RFC 9457 problem details; a 422 lists the fields that failed, as JSON pointers.
import { createApiClient, defineApi } from 'honest-fetch'
import { createQueryUtils } from 'honest-fetch/tanstack-query'
import { z } from 'zod'

export const User = z.object({ id: z.string(), name: z.string(), email: z.email().optional() })
export type User = z.infer<typeof User>

export const Problem = z.looseObject({
  type: z.string().default('about:blank'),
  title: z.string().optional(),
  detail: z.string().optional(),
  errors: z.array(z.object({ pointer: z.string(), detail: z.string() })).optional(),
})

export const api = defineApi({
  listUsers: { method: 'GET', path: '/users', responses: { 200: z.array(User), 401: Problem } },
  getUser: { method: 'GET', path: '/users/:id', responses: { 200: User, 404: Problem } },
  createUser: {
    method: 'POST',
    path: '/users',
    body: z.object({ name: z.string(), email: z.string().optional() }),
    responses: { 201: User, 409: Problem, 422: Problem },
  },
})

// A relative base URL resolves against the page; the per-attempt timeout makes a stalled server a
// `timeout` result after 1.5 s instead of a spinner for ever.
export const users = createApiClient(api, { baseURL: '/api', timeout: 1500 })
export const q = createQueryUtils(users)

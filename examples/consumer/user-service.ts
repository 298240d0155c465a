// A consumer's service, written as an application would: a typed client for the users API, and `match`
// to turn every outcome into what the page shows. Tested with MSW in user-service.test.ts.

import { type ClientOptions, createApiClient, match } from 'honest-fetch'
import { usersApi } from '../users-api.js'

/** What the profile page shows for a user id. */
export type Profile =
  | { readonly status: 'found'; readonly name: string; readonly email: string | undefined }
  | { readonly status: 'missing' }
  | { readonly status: 'unavailable'; readonly reason: string }

export interface UserService {
  profile(id: string): Promise<Profile>
}

/**
 * 503 and 429 are retried by the client (twice, honouring Retry-After); everything else that is not a
 * user or a 404 becomes `unavailable`, with a reason for the logs.
 */
export function createUserService(options: ClientOptions): UserService {
  const users = createApiClient(usersApi, { retry: { limit: 2 }, ...options })
  return {
    async profile(id) {
      const result = await users.getUser({ params: { id } })
      return match(result, {
        ok: ({ data }): Profile => ({ status: 'found', name: data.name, email: data.email }),
        notFound: (): Profile => ({ status: 'missing' }),
        protocolViolation: ({ violations }): Profile => ({
          status: 'unavailable',
          reason: `the users API broke HTTP: ${violations.map((v) => v.rule).join(', ')}`,
        }),
        _: ({ kind }): Profile => ({ status: 'unavailable', reason: kind }),
      })
    },
  }
}

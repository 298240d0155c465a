import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { isResultError } from 'honest-fetch/tanstack-query'
import { type FormEvent, useState } from 'react'
import { api, q } from './api.js'
import { ErrorView } from './ErrorView.js'

function UserList() {
  const { data, error, isPending } = useQuery(q.listUsers.queryOptions())
  if (error) return <ErrorView error={error} />
  if (isPending) return <p>Loading users...</p>
  return (
    <ul id="users">
      {data.map((user) => (
        <li key={user.id}>{user.name}</li>
      ))}
    </ul>
  )
}

function CreateUser() {
  const queryClient = useQueryClient()
  const create = useMutation(
    q.createUser.mutationOptions({
      // Every list is stale once a user exists: the key without input is a prefix of all of them.
      onSuccess: () => queryClient.invalidateQueries({ queryKey: q.listUsers.queryKey() }),
    }),
  )
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const email = String(form.get('email') ?? '')
    create.mutate({ body: { name: String(form.get('name') ?? ''), ...(email ? { email } : {}) } })
  }
  // A 422's problem lists the fields that failed (JSON pointers into the body): shown next to each field.
  const fieldErrors =
    isResultError(create.error, api.createUser) && create.error.result.kind === 'unprocessableEntity'
      ? (create.error.result.data.errors ?? [])
      : []
  const fieldError = (pointer: string) => fieldErrors.find((e) => e.pointer === pointer)?.detail
  return (
    <form id="create" onSubmit={submit}>
      <label>
        Name <input name="name" defaultValue="Grace Hopper" />
        {fieldError('/name') && <span className="field-error">{fieldError('/name')}</span>}
      </label>
      <label>
        Email <input name="email" />
        {fieldError('/email') && <span className="field-error">{fieldError('/email')}</span>}
      </label>
      <button type="submit" disabled={create.isPending}>
        Create
      </button>
      {create.isSuccess && <p className="success">Created {create.data.name}.</p>}
      {create.error && fieldErrors.length === 0 && <ErrorView error={create.error} />}
      {fieldErrors.length > 0 && <p className="error">{create.error?.result.kind}: fix the fields above.</p>}
    </form>
  )
}

function FindUser() {
  const [id, setId] = useState('')
  const { data, error, isFetching } = useQuery(
    q.getUser.queryOptions({ params: { id } }, { enabled: id !== '' }),
  )
  return (
    <form
      id="find"
      onSubmit={(event) => {
        event.preventDefault()
        setId(String(new FormData(event.currentTarget).get('id') ?? ''))
      }}
    >
      <label>
        User id <input name="id" />
      </label>
      <button type="submit">Find</button>
      {isFetching && <p>Looking...</p>}
      {data && <p className="success">Found {data.name}.</p>}
      {error && <ErrorView error={error} />}
    </form>
  )
}

export function App({ scenario }: { readonly scenario: string }) {
  return (
    <main>
      <h1>Users</h1>
      <p className="scenario">Scenario: {scenario}</p>
      <section>
        <h2>All users</h2>
        <UserList />
      </section>
      <section>
        <h2>New user</h2>
        <CreateUser />
      </section>
      <section>
        <h2>Find a user</h2>
        <FindUser />
      </section>
    </main>
  )
}

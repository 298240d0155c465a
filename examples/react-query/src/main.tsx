import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App.js'
import { startMocks } from './mocks.js'

const scenario = new URLSearchParams(location.search).get('scenario') ?? 'list'
// The mocks must be serving before the first query is sent.
await startMocks(scenario)

// TanStack's browser default is retry: 3; the options from createQueryUtils set retry: false, since the
// client has already retried what HTTP allows (docs/tanstack-query.md).
const queryClient = new QueryClient()
const root = document.getElementById('root')
if (root === null) throw new Error('index.html has no #root')
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App scenario={scenario} />
    </QueryClientProvider>
  </StrictMode>,
)

// Contract mocks
export { mockApi } from './mock-api.js'
export type {
  ApiExamples,
  DeclaredReplyInit,
  EndpointMock,
  EventData,
  HandleContext,
  MockApiOptions,
  MockedApi,
  MockEvent,
  RedirectStatus,
  ReplyArgs,
  StreamMockOptions,
} from './types.js'

// Plain response builders
export { respond } from './respond.js'
export type { Respond } from './respond.js'

// Options
export type {
  CreatedOptions,
  ProblemInput,
  RedirectReplyInit,
  ReplyInit,
  ResponseOptions,
  RetryAfterOptions,
  UnauthorizedOptions,
} from './options.js'

// Errors
export { MockError } from './mock-error.js'

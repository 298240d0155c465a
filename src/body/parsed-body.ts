/**
 * What the body reader made of a response body. The violation rules and the client both work from this,
 * so the body is decoded and parsed exactly once.
 */
export type ParsedBody =
  /** Not read, as HTTP says: a response to HEAD, or a 204, 205 or 304. */
  | { readonly type: 'none' }
  /** Zero bytes. */
  | { readonly type: 'empty' }
  /** A JSON media type (or no media type and a body that parses as JSON). */
  | { readonly type: 'json'; readonly value: unknown; readonly text: string }
  /** A JSON media type whose body does not parse. `text` is kept for messages, never handed out as data. */
  | { readonly type: 'malformedJson'; readonly text: string; readonly error: SyntaxError }
  /** `text/*`, XML, or an unlabelled body that is not JSON. */
  | { readonly type: 'text'; readonly value: string }
  /** Any other media type. */
  | { readonly type: 'binary'; readonly value: Uint8Array }

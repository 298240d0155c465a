// The requests the audit sends for one operation: a valid one, and the ones that must fail with the
// status the rule names (SPEC.md "Audit").
import { encodeForm } from '../../transport/form-body.js'
import type { FormEncoding } from '../../contract/define.js'
import type { RuleLevels } from '../../violations/types.js'
import type { AuditOperation, AuditParameter } from './operations.js'
import { asText, invalidBody, unknownIdentifier, validValue } from './values.js'

export type ProbeName =
  | 'valid'
  | 'no-credentials'
  | 'malformed-json'
  | 'invalid-body'
  | 'unknown-id'
  | 'wrong-method'

export interface Probe {
  readonly operation: string
  readonly probe: ProbeName
  /** What an honest server answers, as findings print it: `2xx`, `401`, `400 or 422`... */
  readonly expected: string
  readonly method: string
  /** The path with its parameters filled in, percent-encoded. */
  readonly path: string
  readonly query: Readonly<Record<string, string>>
  readonly headers: Readonly<Record<string, string>>
  /** The body as sent, already JSON or form text (or deliberately not JSON). */
  readonly body?: string
  /** Rules this probe holds to `error`: the header that makes its expected status usable. */
  readonly rules?: RuleLevels
}

// Cut off in the middle of a member: no JSON parser can take it.
const MALFORMED_JSON = '{"honest-fetch-audit": '

function fillPath(template: string, values: ReadonlyMap<string, string>): string {
  return template.replace(/\{([^}]*)\}/g, (whole, name: string) => {
    const value = values.get(name)
    return value === undefined ? whole : encodeURIComponent(value)
  })
}

function parameterValue(doc: Record<string, unknown>, parameter: AuditParameter): string {
  return asText(validValue(doc, parameter.schema, parameter.example))
}

/** The probes of one operation, given the headers the user passes with every request (credentials). */
export function probesOf(
  doc: Record<string, unknown>,
  op: AuditOperation,
  userHeaders: Readonly<Record<string, string>>,
): Probe[] {
  const pathValues = new Map<string, string>()
  const query: Record<string, string> = {}
  const headers: Record<string, string> = { ...userHeaders }
  for (const parameter of op.parameters) {
    if (parameter.in === 'path') pathValues.set(parameter.name, parameterValue(doc, parameter))
    else if (!parameter.required) continue
    else if (parameter.in === 'query') query[parameter.name] = parameterValue(doc, parameter)
    else headers[parameter.name] = parameterValue(doc, parameter)
  }
  const base = { operation: op.name, method: op.method, query }
  const path = fillPath(op.path, pathValues)
  const bodyHeaders = op.body === undefined ? headers : { ...headers, 'content-type': op.body.mediaType }
  const valid = op.body === undefined ? undefined : (validValue(doc, op.body.schema, op.body.example) ?? {})
  const form = op.body?.mediaType === 'application/x-www-form-urlencoded'
  const encoding = op.body?.encoding as Record<string, FormEncoding> | undefined
  // A form is sent as the client sends it (src/transport/form-body.ts), JSON as JSON.
  const text = (value: unknown): string =>
    !form
      ? JSON.stringify(value)
      : typeof value === 'object' && value !== null
        ? encodeForm(
            { contentType: 'application/x-www-form-urlencoded', ...(encoding ? { encoding } : {}) },
            value,
          ).toString()
        : ''
  const probes: Probe[] = [
    {
      ...base,
      probe: 'valid',
      expected: '2xx',
      path,
      headers: bodyHeaders,
      ...(valid === undefined ? {} : { body: text(valid) }),
    },
  ]
  if (op.credentials !== undefined) {
    const names = new Set(op.credentials)
    const anonymous = Object.fromEntries(
      Object.entries(bodyHeaders).filter(([name]) => !names.has(name.toLowerCase())),
    )
    probes.push({
      ...base,
      probe: 'no-credentials',
      expected: '401',
      path,
      headers: anonymous,
      ...(valid === undefined ? {} : { body: text(valid) }),
      // RFC 9110 §15.5.2: a 401 without a challenge leaves the client no way to authenticate.
      rules: { 'missing-www-authenticate': 'error' },
    })
  }
  if (op.body !== undefined) {
    // Any text parses as a urlencoded form, so a form has no malformed counterpart to probe with.
    if (!form)
      probes.push({
        ...base,
        probe: 'malformed-json',
        expected: '400',
        path,
        headers: bodyHeaders,
        body: MALFORMED_JSON,
      })
    const broken = invalidBody(doc, op.body.schema, valid, form)
    if (broken !== undefined)
      probes.push({
        ...base,
        probe: 'invalid-body',
        expected: '400 or 422',
        path,
        headers: bodyHeaders,
        body: text(broken),
      })
  }
  const last = [...op.path.matchAll(/\{([^}]*)\}/g)].at(-1)?.[1]
  const idParameter = op.parameters.find((p) => p.in === 'path' && p.name === last)
  const missing = idParameter === undefined ? undefined : unknownIdentifier(doc, idParameter.schema)
  if (idParameter !== undefined && missing !== undefined)
    probes.push({
      ...base,
      probe: 'unknown-id',
      expected: '404',
      path: fillPath(op.path, new Map([...pathValues, [idParameter.name, missing]])),
      headers: bodyHeaders,
      ...(valid === undefined ? {} : { body: text(valid) }),
    })
  return probes
}

// Methods tried on a path that does not list them: GET changes nothing; the others only with `unsafe`,
// since a description may leave out an operation the server has.
const WRONG_METHODS = ['GET', 'PATCH', 'PUT', 'DELETE', 'POST']

/**
 * A method the path's operations do not list: 405 with `Allow` (RFC 9110 §15.5.6), or 404 for a server
 * that has no such resource for it. `undefined` when every method allowed to the audit is listed.
 */
export function wrongMethodProbe(
  doc: Record<string, unknown>,
  ops: readonly AuditOperation[],
  userHeaders: Readonly<Record<string, string>>,
  unsafe: boolean,
): Probe | undefined {
  const [first] = ops
  const listed = new Set(ops.map((op) => op.method))
  const method = WRONG_METHODS.find((m) => !listed.has(m) && (unsafe || m === 'GET'))
  if (first === undefined || method === undefined) return undefined
  const pathValues = new Map(
    first.parameters.filter((p) => p.in === 'path').map((p) => [p.name, parameterValue(doc, p)] as const),
  )
  return {
    operation: `${method} ${first.path}`,
    probe: 'wrong-method',
    expected: '405 or 404',
    method,
    path: fillPath(first.path, pathValues),
    query: {},
    headers: userHeaders,
    rules: { 'missing-allow': 'error' },
  }
}

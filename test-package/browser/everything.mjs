// The control for treeshake.mjs: an app that does use the presets and honest-fetch/msw. Its bundle must
// contain the markers that treeshake.mjs's bundle must not, so that check cannot pass by accident.
import { createClient, defineApi, presets } from 'honest-fetch'
import { mockApi } from 'honest-fetch/msw'

const http = createClient({ violations: { presets: Object.values(presets) } })
const api = defineApi({ ping: { method: 'GET', path: '/ping', responses: { 204: null } } })
globalThis.app = { http, mock: mockApi(api, { baseURL: 'http://127.0.0.1' }) }

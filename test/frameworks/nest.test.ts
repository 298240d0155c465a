import 'reflect-metadata'
import type { AddressInfo } from 'node:net'
import {
  Body,
  type CanActivate,
  Controller,
  Delete,
  Get,
  Header,
  HttpCode,
  Injectable,
  Module,
  Post,
  Redirect,
  Sse,
  UnauthorizedException,
  UseGuards,
} from '@nestjs/common'
import { NestFactory } from '@nestjs/core'
import type { NestExpressApplication } from '@nestjs/platform-express'
import { of } from 'rxjs'
import type { TestServer } from '../helpers/http-server.js'
import {
  CLASSIC_LIE,
  describeMatrix,
  JSON_OR_SSE,
  NDJSON_BODY,
  OVERSIZE,
  REVALIDATED_UNLESS_NO_CACHE,
  type Row,
  STATIC_DIR,
  WRONG_TYPE,
} from './matrix.js'

// NestJS 11 on its default platform (express 5) with its defaults: POST answers 201, a void handler 200
// with Content-Length: 0, its exception filter for 404s and throws, a guard throwing
// UnauthorizedException (the documented auth pattern), @Sse, @Redirect, useStaticAssets. The decorators
// are applied as plain calls, which is what the decorator syntax compiles to, so the test transformer
// needs no decorator support. CORS and rate limiting are express's cors and a throttler module: the cors
// rows live in the express matrix, and no throttler is installed.

const USER = { id: 1, name: 'Ada' }

class DenyAll implements CanActivate {
  canActivate(): boolean {
    throw new UnauthorizedException()
  }
}
Injectable()(DenyAll)

class Users {
  getUser() {
    return USER
  }
  create(body: object) {
    return { ...body, id: 2 }
  }
  echo(body: unknown) {
    return { received: body ?? null }
  }
  remove(): void {}
  removeWith204(): void {}
  boom(): never {
    throw new Error('boom')
  }
  text() {
    return 'OK'
  }
  old(): void {}
  secret() {
    return USER
  }
  events() {
    return of({ type: 'greeting', data: { hello: 'world' } }, { data: 'bye' })
  }
  ndjson() {
    return NDJSON_BODY
  }
  classic() {
    return CLASSIC_LIE
  }
}

function route(key: keyof Users, ...decorators: MethodDecorator[]): void {
  const descriptor = Object.getOwnPropertyDescriptor(Users.prototype, key)
  if (descriptor === undefined) throw new Error(`no method ${key}`)
  for (const decorate of decorators) decorate(Users.prototype, key, descriptor)
}
route('getUser', Get('users/:id'))
route('create', Post('users'))
Body()(Users.prototype, 'create', 0)
route('echo', Post('echo'), HttpCode(200))
Body()(Users.prototype, 'echo', 0)
route('remove', Delete('users/:id'))
route('removeWith204', Delete('items/:id'), HttpCode(204))
route('boom', Get('boom'))
route('text', Get('text'))
route('old', Get('old'), Redirect('/users/1'))
route('secret', Get('private'), UseGuards(DenyAll))
route('events', Sse('events'))
route('ndjson', Get('ndjson'), Header('content-type', 'application/x-ndjson'))
route('classic', Get('classic'))
Controller()(Users)

class AppModule {}
Module({ controllers: [Users] })(AppModule)

async function start(): Promise<TestServer> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { logger: false })
  app.useStaticAssets(STATIC_DIR, { prefix: '/static/' })
  await app.listen(0, '127.0.0.1')
  const server = app.getHttpServer()
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections()
      await app.close()
    },
  }
}

// biome-ignore format: a table reads best aligned
const ROWS: readonly Row[] = [
  ['JSON GET',                       'GET /users/1',            {},                                        'ok',             []],
  ['JSON POST, @HttpCode(200)',      'POST /echo',              { body: USER },                            'ok',             []],
  ['POST: 201 by default',           'POST /users',             { body: { name: 'Bob' } },                 'created',        []],
  ['void DELETE: 200, Content-Length: 0', 'DELETE /users/1',    {},                                        'ok',             []],
  ['DELETE, @HttpCode(204)',         'DELETE /items/1',         {},                                        'noContent',      []],
  ['unknown route',                  'GET /nowhere',            {},                                        'notFound',       []],
  ['a throwing route',               'GET /boom',               {},                                        'internalServerError', []],
  ['malformed JSON sent',            'POST /echo',              { body: '{"name":', type: 'application/json' }, 'badRequest', []],
  ['oversize body',                  'POST /echo',              { body: OVERSIZE, type: 'application/json' }, 'contentTooLarge', []],
  ['wrong content type',             'POST /echo',              WRONG_TYPE,                                'ok',             []],
  ['wrong method (no 405)',          'PUT /users/1',            { body: USER },                            'notFound',       []],
  ['HEAD',                           'HEAD /users/1',           {},                                        'ok',             []],
  ['OPTIONS (no automatic reply)',   'OPTIONS /users/1',        {},                                        'notFound',       []],
  ['@Redirect, followed',            'GET /old',                {},                                        'ok',             []],
  ['static .txt, asked for',         'GET /static/hello.txt',   { accept: 'text/plain' },                  'ok',             []],
  ['static .html, */*',              'GET /static/index.html',  { accept: '*/*' },                         'ok',             []],
  ['conditional GET, ETag',          'GET /users/1',            { conditional: true },                     REVALIDATED_UNLESS_NO_CACHE, []],
  ['returns "OK": text/html',        'GET /text',               {},                                        'ok',             []],
  ['401 from a guard',               'GET /private',            {},                                        'unauthorized',   ['missing-www-authenticate:warn']],
  ['@Sse, JSON or SSE asked for',    'GET /events',             { accept: JSON_OR_SSE },                   'ok',             []],
  ['NDJSON, asked for',              'GET /ndjson',             { accept: 'application/x-ndjson' },        'ok',             []],
  ['200 {"error":"User not found"}', 'GET /classic',            {},                                        'protocolViolation', ['error-payload-in-success:error']],
]

describeMatrix('NestJS 11', start, ROWS)

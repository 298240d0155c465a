import { describe, expectTypeOf, it } from 'vitest'
import type {
  ClientErrorKind,
  ServerErrorKind,
  StatusCode,
  StatusKind,
  StatusKindOf,
  SuccessKind,
} from '../src/index.js'

describe('status types derived from the table', () => {
  it('gives each registered code its own literal kind', () => {
    expectTypeOf<StatusKindOf<404>>().toEqualTypeOf<'notFound'>()
    expectTypeOf<StatusKindOf<201>>().toEqualTypeOf<'created'>()
    expectTypeOf<StatusKindOf<299>>().toEqualTypeOf<'success'>()
    expectTypeOf<StatusKindOf<418>>().toEqualTypeOf<'clientError'>()
    expectTypeOf<StatusKindOf<600>>().toEqualTypeOf<'serverError'>()
  })

  it('groups kinds by class', () => {
    expectTypeOf<'imUsed'>().toExtend<SuccessKind>()
    expectTypeOf<'success'>().toExtend<SuccessKind>()
    expectTypeOf<'notFound'>().not.toExtend<SuccessKind>()
    expectTypeOf<'tooEarly'>().toExtend<ClientErrorKind>()
    expectTypeOf<'loopDetected'>().toExtend<ServerErrorKind>()
    expectTypeOf<'ok'>().not.toExtend<ServerErrorKind>()
  })

  it('knows exactly the registered codes', () => {
    expectTypeOf<425>().toExtend<StatusCode>()
    expectTypeOf<418>().not.toExtend<StatusCode>()
    expectTypeOf<'teapot'>().not.toExtend<StatusKind>()
  })
})

// Hand-written rather than `destr` (ofetch's JSON parser): destr accepts non-JSON such as
// `NaN` or `undefined`, and in strict mode it throws on a `__proto__` key instead of dropping it. We need
// strict JSON with the dangerous keys removed, which is JSON.parse plus a pass over the result that only
// runs when a cheap scan finds a suspect key (or an escape that could spell one), so honest bodies pay
// nothing extra.
const SUSPECT_KEY = /"(?:__proto__|constructor)"\s*:|\\u00/

/**
 * Removes `__proto__` members and `constructor.prototype` at every depth, in place. A loop over an explicit
 * stack, not a `JSON.parse` reviver: the reviver recursed once per level and overflowed at about 2,700,
 * so deep valid JSON with one such key was reported as malformed (issue 13). JSON.parse itself does not
 * recurse on the call stack, so the pass must not either.
 */
function dropDangerousKeys(root: unknown): void {
  const pending: unknown[] = [root]
  while (pending.length > 0) {
    const value = pending.pop()
    if (typeof value !== 'object' || value === null) continue
    if (Array.isArray(value)) {
      for (const item of value) if (typeof item === 'object' && item !== null) pending.push(item)
      continue
    }
    const record = value as Record<string, unknown>
    // JSON.parse defines `__proto__` as an own data property (it does not set the prototype); it is
    // removed because code that copies the value with `Object.assign` or a spread would set it.
    if (Object.hasOwn(record, '__proto__')) Reflect.deleteProperty(record, '__proto__')
    const ctor = Object.hasOwn(record, 'constructor') ? record.constructor : undefined
    if (typeof ctor === 'object' && ctor !== null && Object.hasOwn(ctor, 'prototype')) {
      delete (ctor as Record<string, unknown>).prototype
    }
    for (const key of Object.keys(record)) {
      const member = record[key]
      if (typeof member === 'object' && member !== null) pending.push(member)
    }
  }
}

/**
 * Parses JSON text strictly. Keys `__proto__` and `constructor.prototype` are dropped, so the value can be
 * merged into other objects without prototype pollution. Throws `SyntaxError` on invalid JSON.
 */
export function parseJson(text: string): unknown {
  const value: unknown = JSON.parse(text)
  if (SUSPECT_KEY.test(text)) dropDangerousKeys(value)
  return value
}

// Hand-written rather than `destr` (already in the tree through ofetch): destr accepts non-JSON such as
// `NaN` or `undefined`, and in strict mode it throws on a `__proto__` key instead of dropping it. We need
// strict JSON with the dangerous keys removed, which is JSON.parse plus a reviver that only runs when a
// cheap scan finds a suspect key, so honest bodies pay nothing extra.
const SUSPECT_KEY = /"(?:__proto__|constructor)"\s*:|\\u00/

function dropDangerousKeys(this: unknown, key: string, value: unknown): unknown {
  if (key === '__proto__') return undefined
  if (key === 'constructor' && typeof value === 'object' && value !== null && 'prototype' in value) {
    const { prototype: _dropped, ...rest } = value as Record<string, unknown>
    return rest
  }
  return value
}

/**
 * Parses JSON text strictly. Keys `__proto__` and `constructor.prototype` are dropped, so the value can be
 * merged into other objects without prototype pollution. Throws `SyntaxError` on invalid JSON.
 */
export function parseJson(text: string): unknown {
  return SUSPECT_KEY.test(text) ? JSON.parse(text, dropDangerousKeys) : JSON.parse(text)
}

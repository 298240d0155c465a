// Small helpers for writing TypeScript source: property keys, string literals, indentation and JSDoc.

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/

/** A property key as written in an object literal: bare when it is an identifier, quoted otherwise. */
export function key(name: string): string {
  return IDENTIFIER.test(name) ? name : str(name)
}

/** A string literal in the module's quote style. */
export function str(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r')}'`
}

/** A literal for a JSON value (enum members, `const`). */
export function literal(value: unknown): string {
  return typeof value === 'string' ? str(value) : JSON.stringify(value)
}

/** A JSON value as a TypeScript literal in the module's style (an example body). */
export function valueLiteral(value: unknown): string {
  if (Array.isArray(value)) return arrayLiteral(value.map(valueLiteral))
  if (typeof value === 'object' && value !== null)
    return objectLiteral(Object.entries(value).map(([name, item]) => `${key(name)}: ${valueLiteral(item)}`))
  return literal(value)
}

/** Indents every line after the first by two spaces, for a block nested one level deeper. */
export function indent(text: string): string {
  return text.replace(/\n/g, '\n  ')
}

/** `{ a: x, b: y }` on one line when short, else one member per line. */
export function objectLiteral(members: readonly string[]): string {
  if (members.length === 0) return '{}'
  const flat = `{ ${members.join(', ')} }`
  if (flat.length <= 80 && !flat.includes('\n')) return flat
  return `{\n  ${members.map(indent).join(',\n  ')},\n}`
}

/** `f(a, b)` on one line when short, else one argument per line. */
export function call(callee: string, args: readonly string[]): string {
  const flat = `${callee}(${args.join(', ')})`
  if (flat.length <= 80 && !flat.includes('\n')) return flat
  if (args.length === 1) return flat
  return `${callee}(\n  ${args.map(indent).join(',\n  ')},\n)`
}

/** `[a, b]` on one line when short, else one element per line. */
export function arrayLiteral(items: readonly string[]): string {
  const flat = `[${items.join(', ')}]`
  if (flat.length <= 80 && !flat.includes('\n')) return flat
  return `[\n  ${items.map(indent).join(',\n  ')},\n]`
}

/** A JSDoc block from description lines; `*\/` inside the text is broken so it cannot end the comment. */
export function jsdoc(lines: readonly string[]): string {
  const text = lines
    .flatMap((line) => line.split(/\r?\n/))
    .map((line) => line.replace(/\*\//g, '*\\/').trimEnd())
  while (text.length > 0 && text[text.length - 1] === '') text.pop()
  if (text.length === 0) return ''
  if (text.length === 1) return `/** ${text[0]} */\n`
  return `/**\n${text.map((line) => (line === '' ? ' *' : ` * ${line}`)).join('\n')}\n */\n`
}

/** `source.optional()`, a call that spans lines laid out as the formatter lays out such a chain. */
export function optional(source: string): string {
  if (!source.includes('\n') || !/^z\.\w+\(/.test(source)) return `${source}.optional()`
  return `z\n  .${indent(source.slice(2))}\n  .optional()`
}

/** RFC 9110 §5.6.2: a token, the syntax of a method (§9.1) and of a field name (§5.1). */
export const TOKEN: RegExp = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/

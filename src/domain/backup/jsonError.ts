/**
 * Where JSON text first goes wrong, as a character offset (-1 if it is valid). Engines word
 * their JSON.parse errors differently and some give no position at all, so when parsing fails
 * this small scanner finds the place to name in the message. It keeps its own stack instead of
 * recursing, so deeply nested input cannot overflow.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0
  const stack: string[] = []
  const skipSpace = () => { while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++ }
  const string = (): boolean => {
    i++
    while (i < text.length) {
      const c = text[i]!
      if (c === '"') { i++; return true }
      if (c < ' ') return false
      if (c === '\\') {
        const escape = /^\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/.exec(text.slice(i, i + 6))
        if (!escape) return false
        i += escape[0].length
      } else i++
    }
    i = text.length
    return false
  }
  const scalar = (): boolean => {
    const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400))
    if (!m) return false
    i += m[0].length
    return true
  }
  const key = (): boolean => {
    skipSpace()
    if (text[i] !== '"' || !string()) return false
    skipSpace()
    if (text[i] !== ':') return false
    i++
    return true
  }
  for (;;) {
    skipSpace()
    const c = text[i]
    if (c === '{') {
      i++; skipSpace()
      if (text[i] === '}') i++
      else { stack.push('}'); if (!key()) return i; continue }
    } else if (c === '[') {
      i++; skipSpace()
      if (text[i] === ']') i++
      else { stack.push(']'); continue }
    } else if (c === '"') {
      if (!string()) return i
    } else if (!scalar()) return i
    // After a value: close containers, or a comma and the next value.
    for (;;) {
      skipSpace()
      const close = stack[stack.length - 1]
      if (close === undefined) return i < text.length ? i : -1
      if (text[i] === close) { stack.pop(); i++; continue }
      if (text[i] !== ',') return i
      i++
      if (close === '}' && !key()) return i
      break
    }
  }
}

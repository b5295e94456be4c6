/**
 * Where JSON text first goes wrong, as a character offset (-1 if it is valid). Engines word
 * their JSON.parse errors differently and some give no position at all, so when parsing fails
 * this small scanner finds the place to name in the message. It keeps its own stack instead of
 * recursing, so deeply nested input cannot overflow.
 *
 * When the text stops inside a token (`tr`, `fals`, `nul`, `1.`, `-`, `2e+`, a string or an
 * escape left open) the offset is the text's length: the file was cut off there, it was not
 * edited into something wrong. Every proper prefix of valid JSON therefore fails at its end.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0
  const stack: string[] = []
  const skipSpace = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++
  }
  const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9'
  const isHex = (c: string | undefined) => c !== undefined && /^[0-9a-fA-F]$/.test(c)
  const string = (): boolean => {
    i++
    while (i < text.length) {
      const c = text[i]!
      if (c === '"') {
        i++
        return true
      }
      if (c < ' ') return false
      if (c === '\\') {
        i++
        const e = text[i]
        if (e === 'u') {
          i++
          for (let k = 0; k < 4; k++, i++) if (!isHex(text[i])) return false
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i++
        else return false
      } else i++
    }
    return false
  }
  /** Digits, at least one; fails where the first is missing (at the end when the text stops there). */
  const digits = (): boolean => {
    if (!isDigit(text[i])) return false
    while (isDigit(text[i])) i++
    return true
  }
  const number = (): boolean => {
    if (text[i] === '-') i++
    if (text[i] === '0') i++
    else if (!digits()) return false
    if (text[i] === '.') {
      i++
      if (!digits()) return false
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++
      if (text[i] === '+' || text[i] === '-') i++
      if (!digits()) return false
    }
    return true
  }
  /** `true`, `false` or `null`; fails at the first character that differs. */
  const literal = (): boolean => {
    const word = ['true', 'false', 'null'].find((w) => w[0] === text[i])
    if (!word) return false
    for (const expected of word) {
      if (text[i] !== expected) return false
      i++
    }
    return true
  }
  const scalar = (): boolean => (text[i] === '-' || isDigit(text[i]) ? number() : literal())
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
      i++
      skipSpace()
      if (text[i] === '}') i++
      else {
        stack.push('}')
        if (!key()) return i
        continue
      }
    } else if (c === '[') {
      i++
      skipSpace()
      if (text[i] === ']') i++
      else {
        stack.push(']')
        continue
      }
    } else if (c === '"') {
      if (!string()) return i
    } else if (!scalar()) return i
    // After a value: close containers, or a comma and the next value.
    for (;;) {
      skipSpace()
      const close = stack[stack.length - 1]
      if (close === undefined) return i < text.length ? i : -1
      if (text[i] === close) {
        stack.pop()
        i++
        continue
      }
      if (text[i] !== ',') return i
      i++
      if (close === '}' && !key()) return i
      break
    }
  }
}

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { jsonErrorOffset, parseBackupJson } from '@/domain/backup'

const validJson = (text: string) => {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

describe('where JSON text goes wrong', () => {
  it('puts the error at the end when the text stops inside a token', () => {
    for (const cut of ['{"a": tr', '{"a": fals', '[nul', '{"a": 1.', '{"a": -', '[1e', '[2E+', '["\\', '["\\u00', '{"a', '{"a" ', '[1, ']) {
      expect(jsonErrorOffset(cut), cut).toBe(cut.length)
    }
  })

  it('puts the error at the wrong character when the text is damaged, not cut', () => {
    expect(jsonErrorOffset('{"a": trux}')).toBe(9)
    expect(jsonErrorOffset('[1.x]')).toBe(3)
    expect(jsonErrorOffset('[-a]')).toBe(2)
    expect(jsonErrorOffset('["\\q"]')).toBe(3)
    expect(jsonErrorOffset('[01]')).toBe(2)
    expect(jsonErrorOffset('{"a": nul }')).toBe(9)
  })

  it('fails every proper prefix of any JSON text at its end, unless the prefix is itself JSON', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 3 }), fc.nat({ max: 2 }), (value, indent) => {
        const text = JSON.stringify(JSON.parse(value), null, indent)
        expect(jsonErrorOffset(text)).toBe(-1)
        for (let at = 1; at < text.length; at++) {
          const prefix = text.slice(0, at)
          if (validJson(prefix))
            expect(jsonErrorOffset(prefix)).toBe(-1) // "12" of "123"
          else expect(jsonErrorOffset(prefix), JSON.stringify(prefix)).toBe(prefix.length)
        }
      }),
      { numRuns: 150, seed: 12 },
    )
  })

  it('words a cut-off file as cut off and a damaged one as not valid JSON', () => {
    expect(() => parseBackupJson('{"format": "x", "done": fa')).toThrow(/stops in the middle of the data: it was probably cut off/)
    expect(() => parseBackupJson('{"format": "x", "hours": 1.')).toThrow(/cut off/)
    expect(() => parseBackupJson('{"format": "x", "done": fase}')).toThrow(/not valid JSON \(the first error is at line 1, column 27\)/)
  })
})

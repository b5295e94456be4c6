import { describe, expect, it } from 'vitest'
import type { Figure } from '@/domain/cycles/programMeasures'
import { figureValueText, programHeadline } from '@/domain/cycles/programWording'

const shown = (value: number): Figure<number> => ({ value, covers: '', withheld: false, reason: null })
const withheld: Figure<number> = { value: null, covers: '', withheld: true, reason: 'Withheld: …' }
const empty: Figure<number> = { value: null, covers: '', withheld: false, reason: 'No cycle has met its goal yet.' }

describe('program wording', () => {
  it('says how many goals were set and met, one goal in the singular', () => {
    expect(programHeadline({ goalsSet: shown(3), met: shown(2), minTeachers: 3 })).toBe('3 goals set, 2 met.')
    expect(programHeadline({ goalsSet: shown(1), met: shown(0), minTeachers: 3 })).toBe('1 goal set, 0 met.')
  })

  it('says in words when a part is withheld', () => {
    expect(programHeadline({ goalsSet: withheld, met: withheld, minTeachers: 3 })).toBe(
      'Goals set and met: withheld (fewer than 3 teachers).',
    )
    expect(programHeadline({ goalsSet: shown(4), met: withheld, minTeachers: 5 })).toBe(
      '4 goals set; met: withheld (fewer than 5 teachers).',
    )
    expect(programHeadline({ goalsSet: withheld, met: shown(3), minTeachers: 3 })).toBe(
      'Goals set: withheld (fewer than 3 teachers); 3 met.',
    )
  })

  it('reads a figure as its number, Withheld or Not measured yet', () => {
    expect(figureValueText(shown(0))).toBe('0')
    expect(figureValueText(withheld)).toBe('Withheld')
    expect(figureValueText(empty)).toBe('Not measured yet')
    // The coach's own view keeps a withheld figure's number.
    expect(figureValueText({ value: 2, covers: '', withheld: true, reason: 'Left out …' })).toBe('2')
  })
})

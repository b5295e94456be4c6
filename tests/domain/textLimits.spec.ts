import { describe, expect, it } from 'vitest'
import { SECTION_SCHEMAS } from '@/domain/agreementSections'
import { decisionSchema, weekNoteSchema } from '@/domain/schemas'
import { allFit, charactersOver, sectionTextLimit, TEXT_LIMITS, textLimitMessage } from '@/domain/textLimits'

describe('text limits', () => {
  it('come from the schemas that check the saved records', () => {
    expect(TEXT_LIMITS.decisionNote.max).toBe(decisionSchema.shape.note.maxLength)
    expect(TEXT_LIMITS.weekNote.max).toBe(weekNoteSchema.shape.note.maxLength)
    expect(sectionTextLimit('understanding', ['frequency'])?.max).toBe(SECTION_SCHEMAS.understanding.shape.frequency.maxLength)
    expect(sectionTextLimit('principles', ['praxis', 'note'])?.max).toBe(500)
    expect(sectionTextLimit('support', ['commitments', '0', 'text'])?.max).toBe(300)
    expect(sectionTextLimit('understanding', ['cycle'])).toBeNull()
  })

  it('measure like the schema: trimmed where the schema trims', () => {
    expect(TEXT_LIMITS.insteadBy.trims).toBe(true)
    expect(TEXT_LIMITS.decisionNote.trims).toBe(false)
    expect(charactersOver(`  ${'x'.repeat(120)}  `, TEXT_LIMITS.insteadBy)).toBe(0)
    expect(charactersOver('x'.repeat(1005), TEXT_LIMITS.decisionNote)).toBe(5)
    // Every text one past its limit is refused by its schema, and the limit itself is accepted.
    expect(decisionSchema.shape.note.safeParse('x'.repeat(TEXT_LIMITS.decisionNote.max)).success).toBe(true)
    expect(decisionSchema.shape.note.safeParse('x'.repeat(TEXT_LIMITS.decisionNote.max + 1)).success).toBe(false)
  })

  it('say the limit and how much is over, in a sentence', () => {
    expect(textLimitMessage('Note', 'x'.repeat(10_000), TEXT_LIMITS.decisionNote)).toBe(
      '“Note” can be at most 1,000 characters: this text is 9,000 over. Shorten it and it will be saved; nothing is saved until it fits.',
    )
    expect(textLimitMessage('Note', 'short', TEXT_LIMITS.decisionNote)).toBeNull()
    expect(
      allFit([
        ['ok', TEXT_LIMITS.taskTitle],
        ['x'.repeat(121), TEXT_LIMITS.taskTitle],
      ]),
    ).toBe(false)
  })
})

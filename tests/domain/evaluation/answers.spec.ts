import { describe, expect, it } from 'vitest'
import { answerProblems, MISSING_ANSWER, parseSubmission } from '@/domain/evaluation/answers'
import { askedItems, defaultForm, ITEM_BANK, OPEN_QUESTION_WORDING } from '@/domain/evaluation/itemBank'
import { addDistrictItem, editItemWording, FormFrozenError, setItemHidden, wordingProblems } from '@/domain/evaluation/formEdits'
import { evaluationRoundSchema } from '@/domain/schemas/evaluation'

const form = defaultForm()
const all = (value: unknown) => Object.fromEntries(form.items.map((i) => [i.id, value]))

describe('the item bank', () => {
  it('words every item three ways, one per rater group, in six domains', () => {
    expect(new Set(ITEM_BANK.map((i) => i.domain)).size).toBe(6)
    expect(new Set(ITEM_BANK.map((i) => i.id)).size).toBe(ITEM_BANK.length)
    for (const item of ITEM_BANK) {
      expect(item.wording.teacher).toMatch(/\b(my|I|me)\b/i)
      expect(item.wording.self).toMatch(/\b(I|me|my|our)\b/)
      expect(item.wording.administrator).not.toMatch(/\bMy coach\b/)
    }
    expect(OPEN_QUESTION_WORDING.keepDoing.teacher).toBe('What should your coach keep doing?')
  })
})

describe('answers against the form', () => {
  it('accepts a full set, with “not able to judge” as an answer', () => {
    expect(answerProblems(form, { answers: { ...all(4), listens: 'na' }, keepDoing: '', doDifferently: '' })).toEqual({})
  })
  it('names each missing or off-scale answer at its item', () => {
    const answers = { ...all(4), listens: undefined, questions: 6, goal: 0 }
    const problems = answerProblems(form, { answers, keepDoing: '', doDifferently: 'x'.repeat(2001) })
    expect(problems.listens).toBe(MISSING_ANSWER)
    expect(problems.questions).toBe('Choose a point from 1 to 5, or “not able to judge”.')
    expect(problems.goal).toBeDefined()
    expect(problems.doDifferently).toMatch(/2,000/)
    expect(Object.keys(problems)).toHaveLength(4)
  })
  it('does not ask hidden items and refuses answers to items not on the form', () => {
    const hidden = setItemHidden({ frozenAt: null, form }, 'recommend', true)
    const answers = all(3)
    expect(answerProblems(hidden, { answers, keepDoing: '', doDifferently: '' })).toEqual({
      recommend: 'This question is not on the round’s form.',
    })
    delete answers.recommend
    expect(answerProblems(hidden, { answers, keepDoing: '', doDifferently: '' })).toEqual({})
    expect(askedItems(hidden).some((i) => i.id === 'recommend')).toBe(false)
  })
  it('parses a payload from outside, refusing a wrong shape or answers that do not fit', () => {
    expect(parseSubmission(form, { group: 'teacher', answers: all(5), keepDoing: 'a', doDifferently: '' }).ok).toBe(true)
    expect(parseSubmission(form, { group: 'principal', answers: all(5), keepDoing: '', doDifferently: '' })).toEqual({
      ok: false,
      message: 'The answers in this file are not in the form’s shape.',
    })
    expect(parseSubmission(form, { group: 'teacher', answers: { listens: 4 }, keepDoing: '', doDifferently: '' })).toEqual({
      ok: false,
      message: `The answers do not fit this round’s form (${form.items.length - 1} problems).`,
    })
  })
})

describe('adapting the form', () => {
  const wording = { teacher: 'My coach answers my messages.', administrator: 'The coach answers messages.', self: 'I answer messages.' }
  it('adds, rewords and hides items until the form is frozen', () => {
    const added = addDistrictItem({ frozenAt: null, form }, 'partnership', wording, 'district-1')
    expect(added.items.at(-1)).toMatchObject({ id: 'district-1', origin: 'district', hidden: false })
    const edited = editItemWording({ frozenAt: null, form: added }, 'listens', wording)
    expect(edited.items.find((i) => i.id === 'listens')!.wording).toEqual(wording)
    expect(() => addDistrictItem({ frozenAt: 1, form }, 'partnership', wording, 'd2')).toThrow(FormFrozenError)
    expect(() => editItemWording({ frozenAt: 1, form }, 'listens', wording)).toThrow(/frozen/)
    expect(() => setItemHidden({ frozenAt: 1, form }, 'listens', true)).toThrow(/frozen/)
  })
  it('refuses an empty wording at its field and hiding the last question', () => {
    expect(wordingProblems({ ...wording, self: '  ' })).toEqual({ self: 'Write the self wording.' })
    const one = { items: [form.items[0]!] }
    expect(() => setItemHidden({ frozenAt: null, form: one }, one.items[0]!.id, true)).toThrow('Keep at least one question on the form.')
  })
  it('keeps a round’s closing date on or after its opening and its teacher threshold at three or more', () => {
    const round = {
      id: 'r',
      schoolYearId: 'y',
      schoolIds: ['s'],
      label: 'Spring round',
      openedOn: '2027-03-01',
      closingDate: '2027-03-19',
      form,
      frozenAt: null,
      createdAt: 1,
      updatedAt: 1,
    }
    expect(evaluationRoundSchema.safeParse(round).success).toBe(true)
    const early = evaluationRoundSchema.safeParse({ ...round, closingDate: '2027-02-28' })
    expect(early.error?.issues[0]).toMatchObject({ path: ['closingDate'], message: 'The closing date cannot come before the round opens.' })
    expect(evaluationRoundSchema.safeParse({ ...round, minTeachers: 2 }).error?.issues[0]?.message).toBe(
      'At least 3 teachers must answer before their results show.',
    )
  })
})

// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { mapModelText, type PdfDocumentModel } from '@/pdf/document/model'
import { evaluationResultsDocument } from '@/pdf/evaluationResultsDocument'
import { CHOICE_MARK, paperFormDocument } from '@/pdf/paperFormDocument'
import { renderEvaluationResultsPdf, renderPaperFormPdf } from '@/pdf/exportEvaluationPdf'
import { defaultForm, OPEN_QUESTION_WORDING, SCALE_LABELS } from '@/domain/evaluation/itemBank'
import type { EvaluationResponse, RaterGroup } from '@/domain/schemas/evaluation'
import { evaluationResponse, evaluationRound, teacherResponses } from '../support/evaluationFixtures'
import { readPdf, testFonts } from '../support/pdfDocument'

/** Every piece of text in a model, in order. */
function texts(model: PdfDocumentModel): string[] {
  const out: string[] = []
  mapModelText(model, (t) => {
    out.push(t)
    return t
  })
  return out
}
const allText = (model: PdfDocumentModel) => texts(model).join('\n')

const round = evaluationRound()
const TEACHER_COMMENTS = [{ keepDoing: 'Listening closely' }, { doDifferently: 'Visit more often' }, { keepDoing: 'Bringing snacks' }]
// Self rates 5, teachers 3: every domain and item is a blind spot once teachers show.
function responses(teachers: number): EvaluationResponse[] {
  return [
    ...teacherResponses(teachers, 3, TEACHER_COMMENTS),
    evaluationResponse('self', 5, { keepDoing: 'Asking questions' }),
    evaluationResponse('administrator', 4, { doDifferently: 'Meet the team monthly' }),
  ]
}
const results = (teachers: number, extra = {}) =>
  evaluationResultsDocument({ round, responses: responses(teachers), coachName: 'Renée Okafor', madeOn: '2026-12-12', ...extra })

describe('the 360° results PDF', () => {
  it('names the round, the coach, the dates, who answered, what the figures cover, and that the coach may share it', () => {
    const doc = results(3)
    const text = allText(doc)
    expect(doc.title).toBe('360° evaluation: Fall 2026')
    for (const t of [
      '360° evaluation: Fall 2026',
      'Renée Okafor',
      'Nov 2, 2026',
      'Dec 11, 2026',
      'Who answered',
      '3 answers',
      'Administrator',
      'Self-evaluation',
      'left out of every mean',
      'SD',
      'By domain',
      'Partnership in practice',
      'The coach lets teachers decide what they work on.',
      'Asking questions',
      'Meet the team monthly',
    ])
      expect(text).toContain(t)
    expect(doc.footer).toContain('may choose to share these results with their evaluator')
    expect(texts(results(3, { coachName: undefined }))).not.toContain('Coach')
  })

  it('with two teachers carries no teacher figure, column or comment, only the sentence saying more are needed', () => {
    const doc = results(2)
    const text = allText(doc)
    expect(text).toContain('Teacher results and comments stay hidden until at least 3 teachers have answered')
    expect(text).toContain('2 answers')
    for (const comment of ['Listening closely', 'Visit more often']) expect(text).not.toContain(comment)
    expect(text).not.toContain('Blind spot')
    expect(text).not.toContain('3.00')
    const tables = doc.blocks.filter((b) => b.kind === 'table').slice(1)
    for (const t of tables) expect(t.kind === 'table' && t.columns.map((c) => c.header)).not.toContain('Teachers')
    // The self and administrator figures are still there.
    expect(text).toContain('5.00')
    expect(text).toContain('4.00')
  })

  it('with three teachers shows their figures, the gaps in words and their comments sorted by text', () => {
    const doc = results(3)
    const text = allText(doc)
    expect(text).not.toContain('stay hidden until')
    expect(text).toContain('3.00\nSD 0.00, 3 raters')
    expect(text).toContain('Blind spot: self 2.00 above teachers')
    const list = doc.blocks.find((b) => b.kind === 'list' && b.items.includes('Listening closely'))
    expect(list).toMatchObject({ items: ['Bringing snacks', 'Listening closely'] })
    expect(text).toContain('Visit more often')
  })

  it('withholds the teachers at the round’s own raised minimum', () => {
    const raised = evaluationRound({ minTeachers: 4 })
    const doc = evaluationResultsDocument({ round: raised, responses: responses(3), madeOn: '2026-12-12' })
    const text = allText(doc)
    expect(text).toContain('until at least 4 teachers have answered')
    expect(text).not.toContain('Listening closely')
  })

  it('renders to a PDF whose text carries the figures and comments', { timeout: 90_000 }, async () => {
    const { bytes } = await renderEvaluationResultsPdf(
      { round, responses: responses(3), coachName: 'Renée Okafor', madeOn: '2026-12-12' },
      testFonts,
    )
    const { pages } = await readPdf(bytes)
    const all = pages.join('\n')
    for (const t of ['360° evaluation: Fall 2026', 'Blind spot', 'Listening closely', 'Page 1 of']) expect(all).toContain(t)
  })
})

describe('the paper form PDF', () => {
  const form = defaultForm()
  form.items[1] = { ...form.items[1]!, hidden: true }
  const withHidden = evaluationRound({ form })
  const hidden = form.items[1]!

  it.each<RaterGroup>(['teacher', 'administrator', 'self'])('asks every asked item in the %s wording, and no hidden item', (group) => {
    const doc = paperFormDocument(withHidden, group)
    const text = texts(doc)
    for (const item of form.items.filter((i) => !i.hidden)) expect(text).toContain(item.wording[group])
    for (const g of ['teacher', 'administrator', 'self'] as const) expect(text).not.toContain(hidden.wording[g])
    const other = group === 'teacher' ? 'administrator' : 'teacher'
    expect(text).not.toContain(form.items[0]!.wording[other])
    expect(text).toContain(OPEN_QUESTION_WORDING.keepDoing[group])
    expect(text).toContain(OPEN_QUESTION_WORDING.doDifferently[group])
    expect(allText(doc)).toContain('Fall 2026')
    expect(allText(doc)).toContain('Dec 11, 2026')
    expect(allText(doc)).toContain('Circle one answer for each statement')
  })

  it('has one column per answer to circle in every domain table, with a box in each row', () => {
    const doc = paperFormDocument(withHidden, 'teacher')
    const tables = doc.blocks.filter((b) => b.kind === 'table' && b.columns.length > 1)
    expect(tables).toHaveLength(6)
    for (const t of tables) {
      if (t.kind !== 'table') continue
      expect(t.columns.map((c) => c.header)).toEqual(['Statement', ...Object.values(SCALE_LABELS), 'Not able to judge'])
      for (const r of t.rows) expect(r.cells.slice(1)).toEqual(Array(6).fill(CHOICE_MARK))
    }
    const first = tables[0]
    expect(first?.kind === 'table' && first.rows).toHaveLength(2)
    expect(allText(doc)).toContain('anonymous')
    expect(allText(paperFormDocument(withHidden, 'administrator'))).not.toContain('anonymous')
  })

  it('renders on letter paper with the statements and the answers to circle', { timeout: 90_000 }, async () => {
    const { bytes, replaced } = await renderPaperFormPdf(withHidden, 'teacher', testFonts, 'letter')
    expect(replaced).toEqual([])
    const { pages } = await readPdf(bytes)
    expect(pages.length).toBeLessThanOrEqual(3)
    const all = pages.join('\n')
    for (const t of ['My coach lets me decide what we work on.', 'Strongly disagree', 'Not able to judge', CHOICE_MARK])
      expect(all).toContain(t)
    expect(all).not.toContain(hidden.wording.teacher)
  })
})

/**
 * A blank paper form of one round for one rater group, in that group's wording (pure): the items
 * the round asks (hidden ones left out), a table per domain with one row per statement and one
 * column per answer to circle, then the two open questions with room to write. The coach enters
 * a returned sheet with the paper entry on the round's page.
 */
import { formatLongDate } from '@/domain/dates'
import { askedItems, DOMAIN_LABELS, NOT_ABLE_TO_JUDGE_LABEL, OPEN_QUESTION_WORDING, SCALE_LABELS } from '@/domain/evaluation/itemBank'
import { EVALUATION_DOMAINS, OPEN_QUESTIONS, SCALE_POINTS, type EvaluationRound, type RaterGroup } from '@/domain/schemas/evaluation'
import type { Block, PdfDocumentModel, TableColumn } from './document/model'

/** Who the form is for, as its title says it. */
export const PAPER_FORM_FOR: Record<RaterGroup, string> = {
  teacher: 'For teachers',
  administrator: 'For the administrator',
  self: 'Self-evaluation for the coach',
}

/** The mark printed in each answer box, to circle. */
export const CHOICE_MARK = '○'

/** Room to write an answer to an open question. */
const WRITING_SPACE = '\n'.repeat(7)

export function paperFormInstructions(group: RaterGroup, closingDate: string): string[] {
  const by = `Please answer by ${formatLongDate(closingDate)}.`
  const common = 'Circle one answer for each statement. Circle “Not able to judge” when you have not seen enough to say.'
  if (group === 'teacher')
    return [
      common,
      'Your answers are anonymous: do not write your name on this sheet. Teacher results are shown only as group figures, and only once enough teachers have answered.',
      `${by} Hand the sheet back to the coach, folded if you like.`,
    ]
  if (group === 'administrator') return [common, `${by} Hand the sheet back to the coach.`]
  return [common, `${by} Keep the sheet with the round and enter it yourself.`]
}

export function paperFormDocument(round: EvaluationRound, group: RaterGroup): PdfDocumentModel {
  const items = askedItems(round.form)
  const title = `360° evaluation: ${round.label}`
  const choices: TableColumn[] = [
    ...SCALE_POINTS.map((p) => ({ header: SCALE_LABELS[p], weight: 1 })),
    { header: NOT_ABLE_TO_JUDGE_LABEL, weight: 1 },
  ]
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: title },
    { kind: 'paragraph', lead: true, text: `${PAPER_FORM_FOR[group]} · Closing date ${formatLongDate(round.closingDate)}` },
    { kind: 'list', items: paperFormInstructions(group, round.closingDate) },
  ]
  for (const domain of EVALUATION_DOMAINS) {
    const inDomain = items.filter((i) => i.domain === domain)
    if (!inDomain.length) continue
    blocks.push(
      { kind: 'heading', level: 2, text: DOMAIN_LABELS[domain] },
      {
        kind: 'table',
        columns: [{ header: 'Statement', weight: 2.4 }, ...choices],
        rows: inDomain.map((item) => ({ cells: [item.wording[group], ...choices.map(() => CHOICE_MARK)] })),
      },
    )
  }
  blocks.push({ kind: 'heading', level: 2, text: 'In your own words' })
  for (const q of OPEN_QUESTIONS) {
    blocks.push({ kind: 'table', columns: [{ header: OPEN_QUESTION_WORDING[q][group] }], rows: [{ cells: [WRITING_SPACE] }] })
  }
  return {
    title: `${title} (paper form, ${PAPER_FORM_FOR[group].toLowerCase()})`,
    author: 'Coach Role Planner',
    subject: 'A blank paper form of the coach’s 360° evaluation',
    header: { left: title, right: PAPER_FORM_FOR[group] },
    footer: `Closing date ${formatLongDate(round.closingDate)}${group === 'self' ? '' : ' · Hand this sheet back to the coach'}`,
    blocks,
  }
}

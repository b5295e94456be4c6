/**
 * The results of one 360° round as a document model (pure), for the coach to keep and, if they
 * choose, to share with their evaluator. It reads only the round and the responses it is handed
 * and works them out with `roundResults`, the same function the screen uses, so the teacher
 * threshold holds here exactly as on screen: while fewer than the round's minimum of teachers
 * answered there is no teacher column, figure or comment, only the sentence saying how many more
 * are needed. Individual answers never appear; comments are sorted by their text.
 *
 * Items read in the administrator's wording ("The coach ..."), as on screen: it fits the three
 * groups' figures side by side and reads right for an evaluator.
 */
import { formatLongDate, type IsoDate } from '@/domain/dates'
import { DOMAIN_LABELS, RATER_GROUP_LABELS } from '@/domain/evaluation/itemBank'
import { GAP_POINTS, roundResults, type Gap, type GroupFigure, type Row, type RoundResults } from '@/domain/evaluation/results'
import { figureDetail, formatMean, notAbleText, teachersNeededText } from '@/domain/evaluation/figureWording'
import { formatScore } from '@/domain/evaluation/scoreFormat'
import { OPEN_QUESTIONS, RATER_GROUPS, type EvaluationResponse, type EvaluationRound, type RaterGroup } from '@/domain/schemas/evaluation'
import type { Block, PdfDocumentModel, TableColumn, TableRow } from './document/model'

export interface EvaluationResultsInput {
  round: EvaluationRound
  responses: readonly EvaluationResponse[]
  coachName?: string
  /** The day the PDF is made, printed in the footer. */
  madeOn: IsoDate
}

export const QUESTION_LABELS: Record<(typeof OPEN_QUESTIONS)[number], string> = {
  keepDoing: 'Keep doing',
  doDifferently: 'Do differently',
}

export const SHARING_NOTE =
  'These results are the coach’s own. The coach may choose to share them with their evaluator; nothing here is sent anywhere.'

const answers = (n: number) => (n === 1 ? '1 answer' : `${n} answers`)

/** A figure as it reads in a cell: the mean, then spread and raters, then "not able to judge"; or why there is none. */
export function figureCell(figure: GroupFigure): string {
  const lines =
    figure.mean !== null ? [formatMean(figure.mean), figureDetail(figure)] : [figure.withheld ? 'Hidden' : '–', figure.reason ?? '']
  return [...lines, notAbleText(figure)].filter(Boolean).join('\n')
}

export function gapCell(gap: Gap | null): string {
  if (!gap) return `No gap of ${GAP_POINTS} point or more`
  const points = formatScore(Math.abs(gap.points))
  return gap.kind === 'blind-spot' ? `Blind spot: self ${points} above teachers` : `Hidden strength: self ${points} below teachers`
}

function figuresCover(results: RoundResults): string {
  const min = results.minTeachers
  return (
    'Figures are means on the agreement scale from 1 (strongly disagree) to 5 (strongly agree). Under each mean: the spread (SD, the ' +
    'standard deviation between raters) and how many raters it covers (N). “Not able to judge” answers are left out of every mean and ' +
    'counted on their own. A domain’s figure averages each rater’s answers in that domain first, so every rater weighs the same. ' +
    `Teacher figures need at least ${min} teachers, and an item’s teacher figure needs ${min} teachers who rated it. ` +
    'The self-evaluation and the administrator’s answers are shown as they were given.'
  )
}

function figuresTable(first: string, rows: Array<{ label: string; row: Row }>, teachersShown: boolean): Block {
  // While teacher results are withheld there is no teacher or gap column at all, as on screen.
  const groups: RaterGroup[] = teachersShown ? ['self', 'administrator', 'teacher'] : ['self', 'administrator']
  const columns: TableColumn[] = [
    { header: first, weight: 2.8 },
    ...groups.map((g) => ({ header: RATER_GROUP_LABELS[g], weight: 1.9 })),
    ...(teachersShown ? [{ header: 'Self and teachers', weight: 2 }] : []),
  ]
  const tableRows: TableRow[] = rows.map((r) => ({
    cells: [r.label, ...groups.map((g) => figureCell(r.row.byGroup[g])), ...(teachersShown ? [gapCell(r.row.gap)] : [])],
  }))
  return { kind: 'table', columns, rows: tableRows }
}

function commentBlocks(results: RoundResults): Block[] {
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: 'Comments' },
    { kind: 'paragraph', small: true, tone: 'muted', text: 'Sorted by their text, so neither the order nor the date they came in shows.' },
  ]
  for (const g of RATER_GROUPS) {
    blocks.push({ kind: 'heading', level: 3, text: RATER_GROUP_LABELS[g] })
    if (g === 'teacher' && !results.teachersShown) {
      blocks.push({ kind: 'paragraph', tone: 'muted', text: teachersNeededText(results.responses.teacher, results.minTeachers) })
      continue
    }
    if (results.responses[g] === 0) {
      blocks.push({ kind: 'paragraph', tone: 'muted', text: 'No answer from this group yet.' })
      continue
    }
    for (const q of OPEN_QUESTIONS) {
      const texts = [...results.comments[g][q]].sort((a, b) => a.localeCompare(b))
      blocks.push(
        { kind: 'paragraph', bold: true, text: QUESTION_LABELS[q] },
        texts.length ? { kind: 'list', items: texts } : { kind: 'paragraph', small: true, tone: 'muted', text: 'No comment.' },
      )
    }
  }
  return blocks
}

export function evaluationResultsDocument(input: EvaluationResultsInput): PdfDocumentModel {
  const { round } = input
  const results = roundResults(round.form, input.responses, { minTeachers: round.minTeachers })
  const title = `360° evaluation: ${round.label}`
  const coach = input.coachName?.trim() ?? ''
  const wording = new Map(round.form.items.map((i) => [i.id, i.wording.administrator]))
  const needed = results.teachersShown ? null : teachersNeededText(results.responses.teacher, results.minTeachers)

  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: title },
    {
      kind: 'facts',
      rows: [
        ...(coach ? [['Coach', coach] as [string, string]] : []),
        ['Round', round.label],
        ['Opened', formatLongDate(round.openedOn)],
        ['Closing date', formatLongDate(round.closingDate)],
      ],
    },
    { kind: 'paragraph', small: true, text: SHARING_NOTE },
    { kind: 'heading', level: 2, text: 'Who answered' },
    {
      kind: 'table',
      columns: [
        { header: 'Rater group', weight: 3 },
        { header: 'Answers', align: 'right', weight: 1 },
      ],
      rows: RATER_GROUPS.map((g) => ({ cells: [RATER_GROUP_LABELS[g], answers(results.responses[g])] })),
    },
    ...(needed ? [{ kind: 'paragraph', tone: 'alert', text: needed } as Block] : []),
    { kind: 'heading', level: 3, text: 'What the figures cover' },
    { kind: 'paragraph', small: true, text: figuresCover(results) },
    { kind: 'heading', level: 2, text: 'By domain' },
    figuresTable(
      'Domain',
      results.domains.map((d) => ({ label: DOMAIN_LABELS[d.domain], row: d })),
      results.teachersShown,
    ),
  ]
  if (results.teachersShown) {
    blocks.push({
      kind: 'list',
      small: true,
      items: [
        `Blind spot: the self-rating is ${GAP_POINTS} point or more above the teachers’ mean.`,
        `Hidden strength: the self-rating is ${GAP_POINTS} point or more below the teachers’ mean.`,
      ],
    })
  }
  blocks.push({ kind: 'heading', level: 2, text: 'By item' })
  for (const d of results.domains) {
    blocks.push(
      { kind: 'heading', level: 3, text: DOMAIN_LABELS[d.domain] },
      figuresTable(
        'Item',
        results.items.filter((i) => i.domain === d.domain).map((i) => ({ label: wording.get(i.itemId) ?? i.itemId, row: i })),
        results.teachersShown,
      ),
    )
  }
  blocks.push(...commentBlocks(results))

  return {
    title,
    author: coach || 'Coach Role Planner',
    subject: 'Results of the coach’s 360° evaluation by rater group',
    header: { left: `${coach ? `${coach} · ` : ''}${title}`, right: `Closing date ${formatLongDate(round.closingDate)}` },
    footer: `Made on ${formatLongDate(input.madeOn)} · The coach may choose to share these results with their evaluator`,
    blocks,
  }
}

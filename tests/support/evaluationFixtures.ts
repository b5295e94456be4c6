import { defaultForm } from '@/domain/evaluation/itemBank'
import type { EvaluationResponse, EvaluationRound, RaterGroup, ScaleAnswer } from '@/domain/schemas/evaluation'

/**
 * Rounds and responses of the coach's 360° evaluation for tests: a round asking the app's whole
 * item bank (defaultForm()), and responses that answer every asked item with one score, or a
 * score per item id.
 */

export function evaluationRound(extra: Partial<EvaluationRound> = {}): EvaluationRound {
  return {
    id: 'round-2026',
    schoolYearId: 'year-2026',
    schoolIds: ['lincoln'],
    label: 'Fall 2026',
    openedOn: '2026-11-02',
    closingDate: '2026-12-11',
    form: defaultForm(),
    frozenAt: null,
    createdAt: 1,
    updatedAt: 1,
    ...extra,
  }
}

let counter = 0
export type Score = ScaleAnswer | ((itemId: string) => ScaleAnswer)

export function evaluationResponse(
  group: RaterGroup,
  score: Score,
  extra: Partial<Omit<EvaluationResponse, 'answers' | 'group'>> = {},
  round: EvaluationRound = evaluationRound(),
): EvaluationResponse {
  counter += 1
  const ids = round.form.items.filter((i) => !i.hidden).map((i) => i.id)
  return {
    id: `response-${counter}`,
    roundId: round.id,
    group,
    answers: Object.fromEntries(ids.map((id) => [id, typeof score === 'function' ? score(id) : score])),
    keepDoing: '',
    doDifferently: '',
    source: 'file',
    fingerprint: null,
    receivedOn: '2026-11-20',
    createdAt: counter,
    updatedAt: counter,
    ...extra,
  }
}

/** `count` teacher responses with the given score, each with its own comments if given. */
export function teacherResponses(
  count: number,
  score: Score,
  comments: Array<Partial<Pick<EvaluationResponse, 'keepDoing' | 'doDifferently'>>> = [],
  round: EvaluationRound = evaluationRound(),
): EvaluationResponse[] {
  return Array.from({ length: count }, (_, i) => evaluationResponse('teacher', score, comments[i] ?? {}, round))
}

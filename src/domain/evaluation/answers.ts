import { z } from '../zod'
import { RATER_GROUPS, scaleAnswerSchema, type EvaluationForm, type ScaleAnswer } from '../schemas/evaluation'
import { askedItems } from './itemBank'

/**
 * What a rater hands in, checked against the round's form: every asked item answered on the
 * scale (or "not able to judge"), no answer to an item the form does not ask. Used before a
 * response file is made, when one is imported and when a paper sheet is typed in, so the three
 * routes accept exactly the same answers.
 */

export const submittedAnswersSchema = z.object({
  group: z.enum(RATER_GROUPS, 'A response is from the coach, an administrator or a teacher.'),
  answers: z.record(z.string().max(40), scaleAnswerSchema),
  keepDoing: z.string().max(2000, 'The answer is too long (2,000 characters at most).'),
  doDifferently: z.string().max(2000, 'The answer is too long (2,000 characters at most).'),
})
export type SubmittedAnswers = z.infer<typeof submittedAnswersSchema>

export const MISSING_ANSWER = 'Choose an answer, or “not able to judge”.'

/** Problems by field: an item id, "keepDoing" or "doDifferently". Empty when the answers can be saved. */
export function answerProblems(
  form: EvaluationForm,
  submitted: { answers: Record<string, unknown>; keepDoing: string; doDifferently: string },
): Record<string, string> {
  const problems: Record<string, string> = {}
  const asked = askedItems(form)
  const askedIds = new Set(asked.map((i) => i.id))
  for (const item of asked) {
    const value = submitted.answers[item.id]
    if (value === undefined || value === null || value === '') problems[item.id] = MISSING_ANSWER
    else if (!scaleAnswerSchema.safeParse(value).success) problems[item.id] = 'Choose a point from 1 to 5, or “not able to judge”.'
  }
  for (const id of Object.keys(submitted.answers)) {
    if (!askedIds.has(id)) problems[id] = 'This question is not on the round’s form.'
  }
  for (const key of ['keepDoing', 'doDifferently'] as const) {
    if (submitted[key].length > 2000) problems[key] = 'The answer is too long (2,000 characters at most).'
  }
  return problems
}

/** Checks a payload from outside (a response file, a typed sheet) against the form. */
export function parseSubmission(
  form: EvaluationForm,
  value: unknown,
): { ok: true; value: SubmittedAnswers } | { ok: false; message: string } {
  const parsed = submittedAnswersSchema.safeParse(value)
  if (!parsed.success) return { ok: false, message: 'The answers in this file are not in the form’s shape.' }
  const problems = answerProblems(form, parsed.data)
  const count = Object.keys(problems).length
  if (count > 0)
    return { ok: false, message: `The answers do not fit this round’s form (${count === 1 ? '1 problem' : `${count} problems`}).` }
  return { ok: true, value: parsed.data }
}

export type AnswerDraft = Record<string, ScaleAnswer | undefined>

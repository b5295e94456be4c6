import { z } from '../zod'
import { idSchema, isoDateSchema, stamps } from './common'
import { wrappedPrivateKeySchema } from '../evaluation/coachKeys'

/**
 * The coach's 360° evaluation: a round (one school year, a closing date) asks teachers, the
 * administrator and the coach the same items, each in the wording of its rater group. The form
 * travels with the round and is frozen once the first answer arrives, so every answer of a round
 * was given to the same questions.
 */

export const RATER_GROUPS = ['self', 'administrator', 'teacher'] as const
export const EVALUATION_DOMAINS = ['partnership', 'conversations', 'cycle', 'strategies', 'trust', 'impact'] as const
/** The agreement scale runs 1 (strongly disagree) to 5 (strongly agree); 'na' is "not able to judge". */
export const SCALE_POINTS = [1, 2, 3, 4, 5] as const
export const NOT_ABLE_TO_JUDGE = 'na' as const
export const RESPONSE_SOURCES = ['file', 'device', 'paper'] as const
/** The two open questions every form ends with. */
export const OPEN_QUESTIONS = ['keepDoing', 'doDifferently'] as const
/** Fewer teachers than this never see their results shown; the coach may raise it, never lower it. */
export const MIN_TEACHER_RESPONSES = 3

const text = (max: number, what: string) => z.string().max(max, `${what} is too long (${max} characters at most).`)
const wording = (what: string) =>
  z.string().trim().min(1, `Write the ${what} wording.`).max(300, `The ${what} wording is too long (300 characters at most).`)

export const evaluationItemSchema = z.object({
  id: z.string().min(1, 'An item id is missing.').max(40, 'An item id is at most 40 characters.'),
  domain: z.enum(EVALUATION_DOMAINS, 'An item belongs to one of the form’s domains.'),
  /** "My coach …", "The coach …", "I …": the same item as each rater group reads it. */
  wording: z.object({ teacher: wording('teacher'), administrator: wording('administrator'), self: wording('self') }),
  /** Hidden items stay in the form (answers already given keep their meaning) but are not asked. */
  hidden: z.boolean(),
  origin: z.enum(['bank', 'district'], 'An item comes from the app’s bank or was written for the district.'),
})

export const evaluationFormSchema = z.object({
  items: z.array(evaluationItemSchema).min(1, 'A form asks at least one item.').max(80, 'A form asks at most 80 items.'),
})

export const evaluationRoundSchema = z
  .object({
    id: idSchema,
    schoolYearId: idSchema,
    /** The schools taking part; answers are pooled across them. */
    schoolIds: z.array(idSchema).min(1, 'Choose at least one school.').max(20),
    label: z.string().trim().min(1, 'Name the round.').max(60, 'The round’s name is too long (60 characters at most).'),
    openedOn: isoDateSchema,
    closingDate: isoDateSchema,
    form: evaluationFormSchema,
    /** Set when the first answer arrives: from then on the form cannot change. */
    frozenAt: z.number().int().nonnegative().nullable(),
    /** Smallest number of teacher answers before teacher results show; absent means 3. */
    minTeachers: z
      .number()
      .int('Enter a whole number.')
      .min(MIN_TEACHER_RESPONSES, 'At least 3 teachers must answer before their results show.')
      .max(30, 'At most 30.')
      .optional(),
    ...stamps,
  })
  .superRefine((round, ctx) => {
    if (round.closingDate < round.openedOn)
      ctx.addIssue({ code: 'custom', path: ['closingDate'], message: 'The closing date cannot come before the round opens.' })
    const ids = new Set<string>()
    round.form.items.forEach((item, i) => {
      if (ids.has(item.id)) ctx.addIssue({ code: 'custom', path: ['form', 'items', i, 'id'], message: 'Two items share an id.' })
      ids.add(item.id)
    })
  })

export const scaleAnswerSchema = z.union(
  [z.literal(SCALE_POINTS), z.literal(NOT_ABLE_TO_JUDGE)],
  'Choose a point from 1 to 5, or “not able to judge”.',
)

/**
 * One rater's answers. Teacher answers carry no name, no device and no time of day: `receivedOn`
 * is the date it was entered or imported, which the results never show.
 */
export const evaluationResponseSchema = z.object({
  id: idSchema,
  roundId: idSchema,
  group: z.enum(RATER_GROUPS, 'A response is from the coach, an administrator or a teacher.'),
  answers: z.record(z.string().max(40), scaleAnswerSchema),
  keepDoing: text(2000, 'The answer'),
  doDifferently: text(2000, 'The answer'),
  source: z.enum(RESPONSE_SOURCES, 'A response arrives as a file, on this device or on paper.'),
  /** A response file's fingerprint, so the same file is never counted twice; null otherwise. */
  fingerprint: z.string().max(100).nullable(),
  receivedOn: isoDateSchema,
  ...stamps,
})

export type RaterGroup = (typeof RATER_GROUPS)[number]
export type EvaluationDomain = (typeof EVALUATION_DOMAINS)[number]
export type ScaleAnswer = z.infer<typeof scaleAnswerSchema>
export type EvaluationItem = z.infer<typeof evaluationItemSchema>
export type EvaluationForm = z.infer<typeof evaluationFormSchema>
export type EvaluationRound = z.infer<typeof evaluationRoundSchema>
export type EvaluationResponse = z.infer<typeof evaluationResponseSchema>

/**
 * The coach's key for response files: the public key (in every invitation) and the private key
 * wrapped with the coach's passphrase. Only this wrapped form is ever backed up; the key that
 * opens files is kept unwrapped on this device alone (see the database's device-only tables).
 */
export const coachKeySchema = z.object({
  id: idSchema,
  publicKey: z.string().min(16).max(200),
  keyId: z.string().min(8).max(64),
  wrapped: wrappedPrivateKeySchema,
  ...stamps,
})
export type CoachKey = z.infer<typeof coachKeySchema>

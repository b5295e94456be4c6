import { z } from './zod'
import { isIsoDate } from './dates'
import { CYCLES, PRINCIPLES, type Principle } from './agreementWording'

/**
 * The shape of each of the seven sections, as stored and as a snapshot holds them. Only the
 * schemas and their ids live here, so the first screen (which checks every stored record)
 * carries none of the agreement's wording; agreementSections.ts has the words and defaults.
 */

export const SECTION_IDS = ['understanding', 'principles', 'roleAndTime', 'support', 'learning', 'confidentiality', 'evaluation'] as const
export type SectionId = (typeof SECTION_IDS)[number]

const text = (max: number, what = 'This text') => z.string().max(max, `${what} is too long (${max} characters at most).`)

// 1. Understanding coaching
export const understandingSchema = z.object({
  cycle: z.enum(CYCLES),
  ownCycle: text(600, 'The description of your cycle'),
  frequency: text(300, 'How often'),
  /** Edition 2 onward: the skills and knowledge behind the cycle. */
  skills: text(1000, 'What coaching rests on').optional(),
  note: text(1000, 'The note'),
  /** The edition of the app's words this version reads in (absent: edition 1, see agreementWording.ts). */
  edition: z.literal(2).optional(),
})

// 2. Partnership principles: each undecided (null) until the two mark it agreed or not.
const principleSchema = z.object({ agreed: z.boolean().nullable(), note: text(500, 'The note') })
export const principlesSchema = z.object(
  Object.fromEntries(PRINCIPLES.map((p) => [p, principleSchema])) as Record<Principle, typeof principleSchema>,
)

// 3. Role and time: decisions and targets come from their own records; only priorities live here.
export const roleAndTimeSchema = z.object({
  priorities: text(1000, 'The priorities'),
  newRequests: text(1000, 'How new requests are handled').optional(),
  /** yyyy-mm-dd, or empty until the two set one. */
  reviewDate: z
    .string()
    .refine((v) => v === '' || isIsoDate(v), 'The review date must be a real date (yyyy-mm-dd).')
    .optional(),
})

// 4. Principal support
export const commitmentSchema = z.object({
  id: z.string().min(1, 'A commitment is missing its id.').max(64, 'A commitment’s id is at most 64 characters.'),
  text: z.string().trim().min(1, 'Write the commitment or remove it.').max(300, 'A commitment is at most 300 characters.'),
  checked: z.boolean(),
  /** Written by the two of them rather than offered by the app. */
  custom: z.boolean(),
})
export type Commitment = z.infer<typeof commitmentSchema>
export const supportSchema = z.object({ commitments: z.array(commitmentSchema).max(40, 'An agreement holds at most 40 commitments.') })

// 5. The coach's professional learning (the share of time is the agreement's learning target)
export const learningSchema = z.object({
  coachOfCoaches: text(200, 'Who coaches the coach'),
  activities: text(1000, 'The learning plan'),
  playbookPlan: text(1000, 'The playbook plan'),
  protectedTime: text(300, 'The protected time').optional(),
  funding: text(500, 'How it is funded').optional(),
})

// 6. Confidentiality
export const POLICIES = ['nothing-shared', 'what-and-whom', 'own'] as const
export type Policy = (typeof POLICIES)[number]
/**
 * Under "own policy" the coach chooses what the principal's report carries, and the choice is
 * kept with the agreement (inside its sections, so no schema change). Absent means no task
 * names: the cautious reading of a policy that has not said.
 */
export const REPORT_TASK_NAMES = ['none', 'all'] as const
export type ReportTaskNames = (typeof REPORT_TASK_NAMES)[number]
/** What the program section says about coaching cycles: counts and rates only, or also who and on what. */
export const REPORT_CYCLES = ['counts', 'what-and-whom'] as const
export type ReportCycles = (typeof REPORT_CYCLES)[number]
export const reportContentSchema = z.object({
  taskNames: z.enum(REPORT_TASK_NAMES),
  /** Absent in agreements made before cycles existed: counts only, the stricter reading. */
  cycles: z.enum(REPORT_CYCLES).optional(),
})
export type ReportContent = z.infer<typeof reportContentSchema>
export const confidentialitySchema = z.object({
  /** Null until the two choose one: signing waits for it. */
  policy: z.enum(POLICIES).nullable(),
  ownWording: text(1500, 'Your policy'),
  report: reportContentSchema.optional(),
  toldTeachers: text(600, 'How teachers are told').optional(),
  exceptions: text(600, 'The exceptions').optional(),
  videoOwnership: text(600, 'Who owns classroom video').optional(),
})

// 7. Evaluation
export const evaluationSchema = z.object({
  byTeachers: z.boolean(),
  byAdministrator: z.boolean(),
  selfEvaluation: z.boolean(),
  tool: text(300, 'The evaluation tool'),
  when: text(300, 'When'),
  programByGoals: z.boolean(),
  programBySupport: z.boolean(),
  programNote: text(1000, 'The note'),
})

export const SECTION_SCHEMAS = {
  understanding: understandingSchema,
  principles: principlesSchema,
  roleAndTime: roleAndTimeSchema,
  support: supportSchema,
  learning: learningSchema,
  confidentiality: confidentialitySchema,
  evaluation: evaluationSchema,
} as const

export type Sections = { [K in SectionId]: z.infer<(typeof SECTION_SCHEMAS)[K]> }
export type Understanding = Sections['understanding']
export type Principles = Sections['principles']
export type Support = Sections['support']
export type Learning = Sections['learning']
export type Confidentiality = Sections['confidentiality']
export type Evaluation = Sections['evaluation']

import { z } from 'zod'
import { isIsoDate } from './dates'
import { CURRENT_EDITION, CYCLES, DEFAULT_COMMITMENTS, PRINCIPLES, type Principle } from './agreementWording'

export { CYCLES, DEFAULT_COMMITMENTS, PRINCIPLES, PRINCIPLE_LABELS, editionOf, type Edition, type Principle } from './agreementWording'

/**
 * The seven parts of the role agreement. Each section is stored under its id in
 * `Agreement.sections` and read back through `readSections`, which falls back to the
 * defaults for anything missing or written by an older version of the app. Role and time
 * stores only its priorities: the decisions and targets it shows live in their own records.
 */

export const SECTION_IDS = ['understanding', 'principles', 'roleAndTime', 'support', 'learning', 'confidentiality', 'evaluation'] as const
export type SectionId = (typeof SECTION_IDS)[number]

export const SECTION_TITLES: Record<SectionId, string> = {
  understanding: 'Understanding coaching',
  principles: 'Partnership principles',
  roleAndTime: 'Role and time',
  support: 'How the principal supports coaching',
  learning: 'The coach’s professional learning',
  confidentiality: 'Confidentiality',
  evaluation: 'Evaluation',
}

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
  reviewDate: z.string().refine((v) => v === '' || isIsoDate(v), 'The review date must be a real date (yyyy-mm-dd).').optional(),
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
export const POLICY_LABELS: Record<Policy, string> = {
  'nothing-shared': 'The coach shares nothing about coaching with administrators',
  'what-and-whom': 'The coach shares what they work on and with whom, but nothing evaluative',
  own: 'Our own policy, in our own words',
}
/** The policy as it reads in the agreement: plain enough to repeat to any teacher. */
export const POLICY_STATEMENTS: Record<Exclude<Policy, 'own'>, string> = {
  'nothing-shared': 'What happens in coaching stays between the coach and the teacher. The coach does not tell the principal or any other administrator who is being coached, what they are working on, or how it is going.',
  'what-and-whom': 'The coach may tell the principal which teachers they are working with and what those teachers are working on. The coach never shares anything evaluative: no judgements about a teacher’s skill, effort or progress, and nothing that could be used in a teacher’s evaluation.',
}
/**
 * Under "own policy" the coach chooses what the principal's report carries, and the choice is
 * kept with the agreement (inside its sections, so no schema change). Absent means no task
 * names: the cautious reading of a policy that has not said.
 */
export const REPORT_TASK_NAMES = ['none', 'all'] as const
export type ReportTaskNames = (typeof REPORT_TASK_NAMES)[number]
export const REPORT_TASK_NAMES_LABELS: Record<ReportTaskNames, string> = {
  none: 'Hours and shares by bucket, flags and hours on won’t-do tasks only: no task names',
  all: 'The same, plus the names of the tasks time went to (never notes)',
}
export const reportContentSchema = z.object({ taskNames: z.enum(REPORT_TASK_NAMES) })
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

export function defaultSections(): Sections {
  return {
    understanding: {
      cycle: 'impact',
      ownCycle: '',
      frequency: 'Each teacher in a cycle meets the coach about once a week. We estimate a full cycle at six to ten weeks; it depends on the goal.',
      skills: 'Coaching conversations built on listening and good questions; gathering classroom data the teacher trusts; and high-impact teaching strategies, explained clearly.',
      note: '',
      edition: CURRENT_EDITION,
    },
    principles: Object.fromEntries(PRINCIPLES.map((p) => [p, { agreed: null, note: '' }])) as Principles,
    roleAndTime: {
      priorities: 'When time is short, the tasks that most affect student learning and well-being come first.',
      newRequests: 'A task asked of the coach during the year waits for the next coach–principal meeting, where the two weigh it against this agreement before the coach takes it on.',
      reviewDate: '',
    },
    support: { commitments: DEFAULT_COMMITMENTS.map((c) => ({ ...c, checked: false, custom: false })) },
    learning: {
      coachOfCoaches: '',
      activities: 'Time each week for reading, visiting other coaches, and recording and reviewing coaching conversations.',
      playbookPlan: 'Build an instructional playbook: choose the few highest-impact strategies, write a one-page description of each, and make a checklist teachers can use to get ready.',
      protectedTime: '',
      funding: '',
    },
    confidentiality: {
      policy: null,
      ownWording: '',
      toldTeachers: 'The principal and the coach explain the policy together at a staff meeting early in the year, and the coach repeats it at the start of every cycle.',
      exceptions: 'The coach shares what a teacher said only when a student or adult may be at risk of harm, or when the law requires a report (mandated reporting).',
      videoOwnership: 'Video of a lesson belongs to the teacher who taught it: it is used only for their coaching, shown to no one else without their consent, and deleted when they ask.',
    },
    evaluation: {
      byTeachers: true,
      byAdministrator: true,
      selfEvaluation: true,
      tool: 'An evaluation form made for instructional coaches, the same form for every rater.',
      when: 'A mid-year conversation in January and the full evaluation in May.',
      programByGoals: true,
      programBySupport: true,
      programNote: '',
    },
  }
}

/**
 * Stored sections to the full, typed set. Missing fields take their default; a section
 * that still does not fit (old or damaged data) is replaced by its default. Stored values are
 * never changed: a principle stored as agreed stays agreed. `defaults` are the current ones
 * unless the version was made under an earlier edition (see agreementLegacy.ts).
 */
export function readSections(stored: Record<string, unknown> | undefined, defaults: Sections = defaultSections()): Sections {
  const out = { ...defaults } as Record<SectionId, unknown>
  for (const id of SECTION_IDS) {
    const raw = stored?.[id]
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) continue
    const merged = id === 'principles'
      ? Object.fromEntries(PRINCIPLES.map((p) => [p, { ...defaults.principles[p], ...((raw as Record<string, object>)[p] ?? {}) }]))
      : { ...(defaults[id] as object), ...(raw as object) }
    const parsed = SECTION_SCHEMAS[id].safeParse(merged)
    if (parsed.success) out[id] = parsed.data
  }
  return out as Sections
}

/** The policy's name as it reads in the agreement, or that none is chosen yet. */
export function policyLabel(c: Confidentiality): string {
  return c.policy ? POLICY_LABELS[c.policy] : 'Not chosen yet'
}

/**
 * Whether the principal's report may name tasks under this policy: "what and with whom" does,
 * "nothing shared" never does, "own policy" as the coach chose (no names until chosen), and no
 * policy chosen yet names none.
 */
export function reportTaskNamesOf(c: Confidentiality): ReportTaskNames {
  if (c.policy === 'what-and-whom') return 'all'
  if (c.policy === 'nothing-shared' || c.policy === null) return 'none'
  return c.report?.taskNames ?? 'none'
}

/** The plain statement of the chosen confidentiality policy (empty while none is chosen). */
export function policyStatement(c: Confidentiality): string {
  if (c.policy === null) return ''
  return c.policy === 'own' ? c.ownWording.trim() : POLICY_STATEMENTS[c.policy]
}

import { z } from 'zod'

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
export const CYCLES = ['impact', 'own'] as const
export const CYCLE_LABELS: Record<(typeof CYCLES)[number], string> = {
  impact: 'The impact cycle: identify a goal, learn a strategy, improve until the goal is met',
  own: 'A coaching cycle we describe ourselves',
}
export const understandingSchema = z.object({
  cycle: z.enum(CYCLES),
  ownCycle: text(600, 'The description of your cycle'),
  frequency: text(300, 'How often'),
  note: text(1000, 'The note'),
})

// 2. Partnership principles
export const PRINCIPLES = ['equality', 'choice', 'voice', 'dialogue', 'reflection', 'praxis', 'reciprocity'] as const
export type Principle = (typeof PRINCIPLES)[number]
export const PRINCIPLE_LABELS: Record<Principle, string> = {
  equality: 'Equality',
  choice: 'Choice',
  voice: 'Voice',
  dialogue: 'Dialogue',
  reflection: 'Reflection',
  praxis: 'Praxis',
  reciprocity: 'Reciprocity',
}
export const PRINCIPLE_MEANINGS: Record<Principle, string> = {
  equality: 'Teachers and coach are partners; neither is the other’s boss.',
  choice: 'Teachers choose their goals and the strategies they try.',
  voice: 'Teachers’ views shape the coaching and are taken seriously.',
  dialogue: 'Conversations think things through together rather than tell.',
  reflection: 'Teachers have room to consider ideas and decide for themselves.',
  praxis: 'What is learned gets used in real lessons with real students.',
  reciprocity: 'The coach learns from teachers as much as teachers learn from the coach.',
}
const principleSchema = z.object({ agreed: z.boolean(), note: text(500, 'The note') })
export const principlesSchema = z.object(
  Object.fromEntries(PRINCIPLES.map((p) => [p, principleSchema])) as Record<Principle, typeof principleSchema>,
)

// 3. Role and time: decisions and targets come from their own records; only priorities live here.
export const roleAndTimeSchema = z.object({ priorities: text(1000, 'The priorities') })

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
export const confidentialitySchema = z.object({ policy: z.enum(POLICIES), ownWording: text(1500, 'Your policy'), report: reportContentSchema.optional() })

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

export const DEFAULT_COMMITMENTS: ReadonlyArray<{ id: string; text: string }> = [
  { id: 'say-publicly', text: 'Say publicly, at staff meetings and in newsletters, that coaching matters and why.' },
  { id: 'observe-model-lessons', text: 'Observe some of the coach’s model lessons.' },
  { id: 'invite-sharing', text: 'Invite teachers to share their coaching experiences with colleagues.' },
  { id: 'be-coached', text: 'Be coached too, for example on video of a lesson the principal teaches.' },
  { id: 'protect-time', text: 'Protect coaching time: do not ask for the tasks agreed as won’t-do, and help the coach say no to them.' },
  { id: 'meet-regularly', text: 'Meet with the coach regularly to review the time log and remove obstacles.' },
  { id: 'learn-coaching', text: 'Learn how coaching works: the coaching cycle, listening and questioning, and high-impact teaching.' },
]

export function defaultSections(): Sections {
  return {
    understanding: {
      cycle: 'impact',
      ownCycle: '',
      frequency: 'Each teacher in a cycle meets the coach every week; a full cycle usually takes six to ten weeks.',
      note: '',
    },
    principles: Object.fromEntries(PRINCIPLES.map((p) => [p, { agreed: true, note: '' }])) as Principles,
    roleAndTime: { priorities: 'When time is short, the tasks that most affect student learning and well-being come first.' },
    support: { commitments: DEFAULT_COMMITMENTS.map((c) => ({ ...c, checked: true, custom: false })) },
    learning: {
      coachOfCoaches: '',
      activities: 'Time each week for reading, visiting other coaches, and recording and reviewing coaching conversations.',
      playbookPlan: 'Build an instructional playbook: choose the few highest-impact strategies, write a one-page description of each, and make a checklist teachers can use to get ready.',
    },
    confidentiality: { policy: 'what-and-whom', ownWording: '' },
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
 * that still does not fit (old or damaged data) is replaced by its default.
 */
export function readSections(stored: Record<string, unknown> | undefined): Sections {
  const defaults = defaultSections()
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

/**
 * Whether the principal's report may name tasks under this policy: "what and with whom" does,
 * "nothing shared" never does, "own policy" as the coach chose (no names until chosen).
 */
export function reportTaskNamesOf(c: Confidentiality): ReportTaskNames {
  if (c.policy === 'what-and-whom') return 'all'
  if (c.policy === 'nothing-shared') return 'none'
  return c.report?.taskNames ?? 'none'
}

/** The plain statement of the chosen confidentiality policy. */
export function policyStatement(c: Confidentiality): string {
  return c.policy === 'own' ? c.ownWording.trim() : POLICY_STATEMENTS[c.policy]
}

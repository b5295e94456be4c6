import { CURRENT_EDITION, PRINCIPLES } from './agreementWording'
import {
  SECTION_IDS,
  SECTION_SCHEMAS,
  type Confidentiality,
  type Policy,
  type Principles,
  type ReportCycles,
  type ReportTaskNames,
  type SectionId,
  type Sections,
} from './agreementSchemas'

export * from './agreementSchemas'
export { CYCLES, PRINCIPLES, PRINCIPLE_LABELS, editionOf, type Edition, type Principle } from './agreementWording'

/**
 * The seven parts of the role agreement. Each section is stored under its id in
 * `Agreement.sections` and read back through `readSections`, which falls back to the
 * defaults for anything missing or written by an older version of the app. Role and time
 * stores only its priorities: the decisions and targets it shows live in their own records.
 */

export const SECTION_TITLES: Record<SectionId, string> = {
  understanding: 'Understanding coaching',
  principles: 'Partnership principles',
  roleAndTime: 'Role and time',
  support: 'How the principal supports coaching',
  learning: 'The coach’s professional learning',
  confidentiality: 'Confidentiality',
  evaluation: 'Evaluation',
}

export const POLICY_LABELS: Record<Policy, string> = {
  'nothing-shared': 'The coach shares nothing about coaching with administrators',
  'what-and-whom': 'The coach shares what they work on and with whom, but nothing evaluative',
  own: 'Our own policy, in our own words',
}

/** The policy as it reads in the agreement: plain enough to repeat to any teacher. */
export const POLICY_STATEMENTS: Record<Exclude<Policy, 'own'>, string> = {
  'nothing-shared':
    'What happens in coaching stays between the coach and the teacher. The coach does not tell the principal or any other administrator who is being coached, what they are working on, or how it is going.',
  'what-and-whom':
    'The coach may tell the principal which teachers they are working with and what those teachers are working on. The coach never shares anything evaluative: no judgements about a teacher’s skill, effort or progress, and nothing that could be used in a teacher’s evaluation.',
}

export const REPORT_TASK_NAMES_LABELS: Record<ReportTaskNames, string> = {
  none: 'Hours and shares by bucket, flags and hours on won’t-do tasks only: no task names',
  all: 'The same, plus the names of the tasks time went to (never notes)',
}

export const REPORT_CYCLES_LABELS: Record<ReportCycles, string> = {
  counts: 'Counts and rates of coaching cycles only: no teacher and no goal',
  'what-and-whom': 'The same, plus each cycle’s teacher label and goal topic (never measures, progress or outcomes)',
}

/** What the principal may commit to; none is ticked until the two agree on it. */
export const DEFAULT_COMMITMENTS: ReadonlyArray<{ id: string; text: string }> = [
  { id: 'say-publicly', text: 'Say publicly, at staff meetings and in newsletters, that coaching matters and why.' },
  { id: 'observe-model-lessons', text: 'Observe some of the coach’s model lessons.' },
  { id: 'invite-sharing', text: 'Invite teachers to share their coaching experiences with colleagues.' },
  { id: 'be-coached', text: 'Be coached too, for example on video of a lesson the principal teaches.' },
  { id: 'protect-time', text: 'Protect coaching time: do not ask for the tasks agreed as won’t-do, and help the coach say no to them.' },
  { id: 'meet-regularly', text: 'Meet with the coach regularly to review the time log and remove obstacles.' },
  { id: 'learn-coaching', text: 'Learn how coaching works: the coaching cycle, listening and questioning, and high-impact teaching.' },
  { id: 'not-a-consequence', text: 'Never present coaching as a consequence or a remedy for poor performance.' },
  { id: 'no-evaluative-questions', text: 'Never ask the coach for evaluative information about teachers.' },
  { id: 'coaching-training', text: 'Take part in training on coaching.' },
]

export function defaultSections(): Sections {
  return {
    understanding: {
      cycle: 'impact',
      ownCycle: '',
      frequency: 'Each teacher in a cycle meets the coach about once a week; we estimate a cycle at six to ten weeks.',
      skills: 'Conversations built on listening and good questions; classroom data the teacher trusts; high-impact teaching strategies.',
      note: '',
      edition: CURRENT_EDITION,
    },
    principles: Object.fromEntries(PRINCIPLES.map((p) => [p, { agreed: null, note: '' }])) as Principles,
    roleAndTime: {
      priorities: 'When time is short, the tasks that most affect student learning and well-being come first.',
      newRequests:
        'A new task asked of the coach waits for the next coach–principal meeting, where the two weigh it against this agreement.',
      reviewDate: '',
    },
    support: { commitments: DEFAULT_COMMITMENTS.map((c) => ({ ...c, checked: false, custom: false })) },
    learning: {
      coachOfCoaches: '',
      activities: 'Time each week for reading, visiting other coaches, and recording and reviewing coaching conversations.',
      playbookPlan:
        'Build an instructional playbook: choose the few highest-impact strategies, write a one-page description of each, and make a checklist teachers can use to get ready.',
      protectedTime: '',
      funding: '',
    },
    confidentiality: {
      policy: null,
      ownWording: '',
      toldTeachers: 'Principal and coach explain it together at an early staff meeting; the coach repeats it at the start of each cycle.',
      exceptions: 'The coach shares only when someone may be at risk of harm, or when the law requires a report (mandated reporting).',
      videoOwnership:
        'Video of a lesson belongs to the teacher who taught it: used only for their coaching, shown to no one else without consent, deleted when they ask.',
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
export function readSections(stored: Record<string, unknown> | undefined, edition?: Sections): Sections {
  const defaults = edition ?? defaultSections()
  const out = { ...defaults } as Record<SectionId, unknown>
  for (const id of SECTION_IDS) {
    const raw = stored?.[id]
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) continue
    const merged =
      id === 'principles'
        ? Object.fromEntries(PRINCIPLES.map((p) => [p, { ...defaults.principles[p], ...((raw as Record<string, object>)[p] ?? {}) }]))
        : { ...(defaults[id] as object), ...(raw as object) }
    const parsed = SECTION_SCHEMAS[id].safeParse(merged)
    if (parsed.success) out[id] = parsed.data
  }
  const sections = out as Sections
  // Built-in commitments added since a draft was made join its list unticked (they cannot be
  // removed, so a missing one was never there). Only for today's edition: a version frozen
  // under an earlier one keeps its list, and signed versions are read from their snapshot.
  if (!edition) {
    const have = new Set(sections.support.commitments.map((c) => c.id))
    const missing = DEFAULT_COMMITMENTS.filter((c) => !have.has(c.id)).map((c) => ({ ...c, checked: false, custom: false }))
    if (missing.length) sections.support = { ...sections.support, commitments: [...sections.support.commitments, ...missing] }
  }
  return sections
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

/** What the program section of the principal's report may say about coaching cycles under a policy. */
export function reportCyclesOf(c: Confidentiality): ReportCycles {
  if (c.policy === 'what-and-whom') return 'what-and-whom'
  if (c.policy === 'nothing-shared' || c.policy === null) return 'counts'
  return c.report?.cycles ?? 'counts'
}

/** The plain statement of the chosen confidentiality policy (empty while none is chosen). */
export function policyStatement(c: Confidentiality): string {
  if (c.policy === null) return ''
  return c.policy === 'own' ? c.ownWording.trim() : POLICY_STATEMENTS[c.policy]
}

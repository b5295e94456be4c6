import { z } from '../zod'
import { cycleRuleProblems } from '../cycles/cycleRules'
import { idSchema, isoDateSchema, personName, stamps } from './common'

/**
 * Coaching cycles (Identify, Learn, Improve), their sessions, the school's playbook of
 * strategies and the termly review of how the school supports coaching. The shape only: rules
 * that read the clock or other records (a check in the future, a day outside the school year)
 * live with the writes that apply them.
 */

/** How the coach and teacher saw current reality. */
export const CYCLE_EVIDENCE = ['video', 'observation', 'student-work', 'conversation'] as const
/** The five PEERS checks of a goal. */
export const PEERS_CHECKS = ['powerful', 'easy', 'emotional', 'reachable', 'studentFocused'] as const
export const MEASURE_KINDS = ['percent', 'number'] as const
export const CYCLE_RESULTS = ['met', 'partly-met', 'not-met', 'stopped'] as const
export const SESSION_KINDS = ['meeting', 'observation', 'modeling', 'video-review'] as const
export const SUPPORT_STATUSES = ['done', 'partly', 'not-yet'] as const

const text = (max: number, what: string) => z.string().max(max, `${what} is too long (${max} characters at most).`)
const measureValue = z.number('Enter a number.').refine(Number.isFinite, 'Enter a number.')

export const measureSchema = z.object({
  /** What is counted: "students at mastery on exit tickets". */
  what: text(200, 'What the goal measures'),
  /** 'percent' runs from 0 to 100; 'number' from `min` to `max` when they are set. */
  kind: z.enum(MEASURE_KINDS, 'A measure is a percentage or a number.'),
  unitLabel: text(40, 'The unit'),
  min: measureValue.nullable(),
  max: measureValue.nullable(),
})

export const measurePointSchema = z.object({ value: measureValue, date: isoDateSchema })

export const progressCheckSchema = z.object({
  id: idSchema,
  date: isoDateSchema,
  value: measureValue,
  note: text(300, 'The note'),
})

export const adaptationSchema = z.object({
  date: isoDateSchema,
  note: text(500, 'The change to the strategy').min(1, 'Say how the strategy changed.'),
})

export const cycleStrategySchema = z.object({
  /** The playbook entry it came from; null when typed in. */
  playbookId: idSchema.nullable(),
  name: z.string().trim().min(1, 'Name the strategy.').max(120, 'A strategy’s name is too long (120 characters at most).'),
})

export const cycleOutcomeSchema = z.object({
  result: z.enum(CYCLE_RESULTS, 'The outcome is met, partly met, not met or stopped early.'),
  date: isoDateSchema,
  reason: text(500, 'The reason'),
})

export const coachingCycleSchema = z
  .object({
    id: idSchema,
    schoolId: idSchema,
    schoolYearId: idSchema,
    /** Kept on this device only. */
    teacherName: personName('the teacher’s name'),
    /** Initials or a pseudonym: the only name of the teacher that may leave the device. */
    teacherLabel: text(40, 'The label'),
    gradeOrSubject: text(80, 'The grade or subject'),
    startDate: isoDateSchema,
    evidence: z.array(z.enum(CYCLE_EVIDENCE, 'Unknown way of seeing current reality.')).max(CYCLE_EVIDENCE.length),
    /** Private: never in a principal output. */
    currentReality: text(2000, 'Current reality'),
    goal: text(500, 'The goal'),
    /** Which PEERS checks the goal passes. */
    peers: z.array(z.enum(PEERS_CHECKS, 'Unknown goal check.')).max(PEERS_CHECKS.length),
    measure: measureSchema,
    baseline: measurePointSchema.nullable(),
    target: measurePointSchema.nullable(),
    strategies: z.array(cycleStrategySchema).max(20, 'A cycle holds at most 20 strategies.'),
    adaptations: z.array(adaptationSchema).max(100, 'A cycle holds at most 100 changes of strategy.'),
    progressChecks: z.array(progressCheckSchema).max(200, 'A cycle holds at most 200 progress checks.'),
    outcome: cycleOutcomeSchema.nullable(),
    /** The teacher's reflection: private. */
    reflection: text(2000, 'The reflection'),
    ...stamps,
  })
  .superRefine((cycle, ctx) => {
    for (const problem of cycleRuleProblems(cycle)) ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message })
  })

/** One meeting, observation, modeled lesson or video review of a cycle; its time lands in the week grid. */
export const cycleSessionSchema = z.object({
  id: idSchema,
  cycleId: idSchema,
  schoolId: idSchema,
  schoolYearId: idSchema,
  date: isoDateSchema,
  minutes: z
    .number('Enter the minutes as a number.')
    .int('Enter whole minutes.')
    .min(1, 'A session lasts at least 1 minute.')
    .max(600, 'A session lasts at most 600 minutes (10 hours).'),
  kind: z.enum(SESSION_KINDS, 'A session is a meeting, an observation, a modeled lesson or a video review.'),
  /** The timesheet row its time lands on: a coaching task id, or "bucket:coaching". */
  rowKey: z.string().min(1, 'A session must name its timesheet row.').max(80, 'A timesheet row key is at most 80 characters.'),
  note: text(300, 'The note'),
  ...stamps,
})

export const playbookStrategySchema = z.object({
  id: idSchema,
  schoolId: idSchema,
  name: z.string().trim().min(1, 'Name the strategy.').max(120, 'A strategy’s name is too long (120 characters at most).'),
  description: text(200, 'The description'),
  checklist: z
    .array(z.string().trim().min(1, 'A checklist item cannot be empty.').max(200, 'A checklist item is too long (200 characters at most).'))
    .max(20, 'A strategy holds at most 20 checklist items.'),
  /** Hidden from new choices; cycles that used it keep its name. */
  retired: z.boolean(),
  ...stamps,
})

/** Coach and principal's review, once a term, of how the school supports or impedes coaching. */
export const supportReviewSchema = z.object({
  id: idSchema,
  schoolId: idSchema,
  schoolYearId: idSchema,
  /** "Fall term". */
  label: z.string().trim().min(1, 'Name the term.').max(40, 'The term’s name is too long (40 characters at most).'),
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  /** The principal's support commitments from the agreement, each with how far it was kept. */
  commitments: z
    .array(
      z.object({
        text: text(300, 'The commitment'),
        status: z.enum(SUPPORT_STATUSES, 'A commitment is done, partly done or not yet done.'),
      }),
    )
    .max(40),
  /** Checklist item id to its answer. */
  checklist: z.record(z.string().max(40), z.enum(SUPPORT_STATUSES, 'Each item is done, partly done or not yet done.')),
  note: text(1000, 'The note'),
  ...stamps,
})

export type CycleEvidence = (typeof CYCLE_EVIDENCE)[number]
export type PeersCheck = (typeof PEERS_CHECKS)[number]
export type CycleResult = (typeof CYCLE_RESULTS)[number]
export type SessionKind = (typeof SESSION_KINDS)[number]
export type SupportStatus = (typeof SUPPORT_STATUSES)[number]
export type Measure = z.infer<typeof measureSchema>
export type MeasurePoint = z.infer<typeof measurePointSchema>
export type ProgressCheck = z.infer<typeof progressCheckSchema>
export type CoachingCycle = z.infer<typeof coachingCycleSchema>
export type CycleSession = z.infer<typeof cycleSessionSchema>
export type PlaybookStrategy = z.infer<typeof playbookStrategySchema>
export type SupportReview = z.infer<typeof supportReviewSchema>

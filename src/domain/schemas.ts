import { z } from './zod'
import { SECTION_SCHEMAS } from './agreementSchemas'
import { BUCKETS } from './buckets'
import { isIsoDate, MAX_SCHOOL_YEAR_MONTHS, schoolYearRangeProblem } from './dates'
import { SETTINGS_ID } from './keys'
import { sentence } from './sentence'

/**
 * zod's own messages ("Invalid input: expected string, received number") are used wherever a
 * schema gives none; end them with a full stop like every other message, so a message joined
 * after another ("In time entry 3: ...") still reads as a sentence.
 */
const english = z.locales.en().localeError
z.config({
  customError: (issue) => {
    const message = english(issue)
    const text = typeof message === 'string' ? message : message?.message
    return text === undefined ? undefined : sentence(text)
  },
})

/**
 * One schema per stored record. Types are derived from these, and every write to the
 * database (and, later, every imported file) is checked against them, so the shape is
 * written down exactly once. Every message is a whole sentence ending with a full stop: forms show
 * it at the field, and restore puts it after the place in the file (tests/domain/messages.spec.ts).
 */

export const idSchema = z.string().min(1, 'An id is missing.').max(64, 'An id is at most 64 characters.')
export const isoDateSchema = z.string().refine(isIsoDate, 'The date must be a real date (yyyy-mm-dd).')
export const timestampSchema = z.number().int('A time must be a whole number of milliseconds.').nonnegative('A time cannot be negative.')
export const bucketSchema = z.enum(BUCKETS, 'The area must be coaching, learning or other.')

const personName = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `Enter ${what}.`)
    .max(120, `${what[0]?.toUpperCase()}${what.slice(1)} is too long (120 characters at most).`)

const stamps = { createdAt: timestampSchema, updatedAt: timestampSchema }

export const percentSchema = z
  .number('Enter a percentage from 0 to 100.')
  .min(0, 'A target cannot be below 0%.')
  .max(100, 'A target cannot be above 100%.')

export const targetsSchema = z
  .object({ coachingPct: percentSchema, learningPct: percentSchema })
  .refine((t) => t.coachingPct + t.learningPct <= 100, {
    message: 'Coaching and professional learning targets together cannot exceed 100%.',
    path: ['learningPct'],
  })

export const schoolSchema = z.object({
  id: idSchema,
  name: personName('the school’s name'),
  principalName: personName('the principal’s name'),
  /** Rows the coach added to this school's timesheet ("Add a row"): task ids or "bucket:<bucket>". */
  timesheetRows: z
    .array(z.string().min(1, 'A timesheet row is missing its key.').max(80, 'A timesheet row key is at most 80 characters.'))
    .max(200, 'A timesheet holds at most 200 added rows.')
    .optional(),
  ...stamps,
})

export const WEEK_MARK_KINDS = ['holiday', 'testing', 'other'] as const
export const weekMarkSchema = z.object({
  weekStart: isoDateSchema,
  kind: z.enum(WEEK_MARK_KINDS, 'A marked week must be a holiday, testing or other week.'),
  label: z.string().trim().max(80, 'A week’s label is too long (80 characters at most).'),
})

function checkSchoolYearRange(y: { startDate: string; endDate: string }, ctx: z.RefinementCtx) {
  if (!isIsoDate(y.startDate) || !isIsoDate(y.endDate)) return
  const problem = schoolYearRangeProblem(y.startDate, y.endDate)
  if (problem === 'end-before-start') {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'The last day must come after the first day.' })
  } else if (problem === 'too-long') {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: `A school year can be at most ${MAX_SCHOOL_YEAR_MONTHS} months long.` })
  }
}

export const schoolYearSchema = z
  .object({
    id: idSchema,
    label: z
      .string()
      .trim()
      .min(1, 'Enter a name for the school year.')
      .max(40, 'The school year’s name is too long (40 characters at most).'),
    startDate: isoDateSchema,
    endDate: isoDateSchema,
    /** 0 = Sunday, 1 = Monday (date-fns convention). */
    firstDayOfWeek: z.union([z.literal(0), z.literal(1)], 'The week must start on Sunday (0) or Monday (1).'),
    /** Weeks that are not ordinary school weeks: holidays, testing weeks and the like. */
    markedWeeks: z.array(weekMarkSchema),
    ...stamps,
  })
  .superRefine(checkSchoolYearRange)

export const taskSchema = z.object({
  id: idSchema,
  title: z.string().trim().min(1, 'Give the task a title.').max(120, 'Task titles are at most 120 characters.'),
  description: z.string().trim().max(600, 'Descriptions are at most 600 characters.'),
  bucket: bucketSchema,
  origin: z.enum(['catalog', 'custom']),
  /** Archived tasks leave the meeting list but keep their decisions and logged time. */
  archived: z.boolean(),
  sortOrder: z.number().int(),
  ...stamps,
})

export const DECISION_CHOICES = ['undecided', 'will', 'wont', 'discuss'] as const
export const decisionChoiceSchema = z.enum(DECISION_CHOICES)

export const MAX_WEEKLY_HOURS = 60
export const weeklyHoursSchema = z
  .number('Enter hours as a number.')
  .refine(Number.isFinite, 'Enter hours as a number.')
  .min(0, 'Hours cannot be negative.')
  .max(MAX_WEEKLY_HOURS, `A single task cannot take more than ${MAX_WEEKLY_HOURS} hours a week.`)

export const decisionSchema = z.object({
  id: idSchema,
  agreementId: idSchema,
  taskId: idSchema,
  choice: decisionChoiceSchema,
  note: z.string().max(1000, 'Notes are at most 1000 characters.'),
  /** For won't-do tasks: who does the task instead. */
  insteadBy: z.string().trim().max(120, 'Who does it instead is too long (120 characters at most).'),
  /** For will-do tasks: estimated hours per week. */
  weeklyHours: weeklyHoursSchema.nullable(),
  decidedAt: timestampSchema.nullable(),
  ...stamps,
})

export const signatureSchema = z.object({ name: personName('a name to sign with'), signedAt: timestampSchema })

/** Bumped if the snapshot's shape ever changes; old snapshots keep their number and their fingerprint. */
export const SNAPSHOT_FORMAT = 1

export const snapshotTaskSchema = z.object({
  taskId: z.string().min(1).max(64),
  title: z.string().max(120),
  description: z.string().max(600),
  bucket: bucketSchema,
  choice: decisionChoiceSchema,
  weeklyHours: weeklyHoursSchema.nullable(),
  insteadBy: z.string().max(120),
  note: z.string().max(1000),
})

const nameSchema = z.string().max(120)

export const agreementSnapshotSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  agreementId: z.string().min(1).max(64),
  version: z.number().int().min(1),
  status: z.enum(['draft', 'signed']),
  school: z.object({ name: nameSchema }),
  schoolYear: z.object({ label: z.string().max(40) }),
  meeting: z.object({ coachName: nameSchema, principalName: nameSchema, date: isoDateSchema.nullable() }),
  targets: targetsSchema,
  openItemsAccepted: z.boolean(),
  /** All seven sections, complete (defaults filled in when the version was read). */
  sections: z.object(SECTION_SCHEMAS),
  /**
   * Every task the version shows, in the order shown: each will-do and won't-do decision, and
   * each task still open (undecided or to discuss later), with the task's words as they were.
   */
  tasks: z.array(snapshotTaskSchema).max(2000),
  signatures: z.object({ coach: signatureSchema.nullable(), principal: signatureSchema.nullable() }),
  signedAt: timestampSchema.nullable(),
  /** Whether this version revises an earlier signed one. */
  revises: z.boolean(),
})

/** SHA-256 of a snapshot's canonical form, 64 lower-case hex digits (see `agreementSnapshot.ts`). */
export const fingerprintSchema = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'The fingerprint must be 64 hexadecimal digits (a SHA-256 fingerprint).')

/** The fields of an agreement version since the first format (no snapshot, no fingerprint): backup format 1 files are read with it. */
export const agreementV1Schema = z.object({
  id: idSchema,
  schoolId: idSchema,
  schoolYearId: idSchema,
  version: z.number().int('A version number is a whole number.').min(1, 'Version numbers start at 1.'),
  status: z.enum(['draft', 'signed']),
  meeting: z.object({
    coachName: z.string().trim().max(120, 'The coach’s name is too long (120 characters at most).'),
    principalName: z.string().trim().max(120, 'The principal’s name is too long (120 characters at most).'),
    date: isoDateSchema.nullable(),
  }),
  targets: targetsSchema,
  /** Undecided or discuss-later tasks both parties chose to leave open when signing. */
  openItemsAccepted: z.boolean(),
  /** The seven sections of the agreement beyond the task list; shaped by the agreement module. */
  sections: z.record(z.string(), z.unknown()),
  signatures: z.object({ coach: signatureSchema.nullable(), principal: signatureSchema.nullable() }),
  signedAt: timestampSchema.nullable(),
  /** The signed version this draft was revised from. */
  basedOnId: idSchema.nullable(),
  ...stamps,
})

export const agreementSchema = agreementV1Schema
  .extend({
    /** Signed versions only: everything the version shows, frozen at signing. Every view of a signed version reads this. */
    snapshot: agreementSnapshotSchema.optional(),
    /**
     * Signed versions only: the snapshot's fingerprint, stored at signing. Always present in the
     * database; absent only on the way in from a backup format that had no fingerprints.
     */
    fingerprint: fingerprintSchema.optional(),
  })
  .superRefine((a, ctx) => {
    if (a.status === 'draft') {
      if (a.snapshot) ctx.addIssue({ code: 'custom', path: ['snapshot'], message: 'A draft has no signed snapshot.' })
      if (a.fingerprint) ctx.addIssue({ code: 'custom', path: ['fingerprint'], message: 'A draft has no fingerprint.' })
      return
    }
    if (!a.snapshot) {
      ctx.addIssue({ code: 'custom', path: ['snapshot'], message: 'A signed version must carry the snapshot of what was signed.' })
      return
    }
    if (a.snapshot.status !== 'signed' || a.snapshot.agreementId !== a.id || a.snapshot.version !== a.version) {
      ctx.addIssue({ code: 'custom', path: ['snapshot'], message: 'The snapshot belongs to a different version.' })
    }
  })

export const MAX_DAILY_HOURS = 24
export const timeEntrySchema = z.object({
  id: idSchema,
  schoolId: idSchema,
  date: isoDateSchema,
  /** Null when time is logged on a bucket as a whole rather than a task. */
  taskId: idSchema.nullable(),
  bucket: bucketSchema,
  /** One entry per school, day and timesheet row: the task id, or "bucket:<bucket>". */
  rowKey: z.string().min(1, 'A time entry must name its timesheet row.'),
  hours: z
    .number('Enter hours as a number.')
    .refine(Number.isFinite, 'Enter hours as a number.')
    .positive('Hours must be more than zero.')
    .max(MAX_DAILY_HOURS, `A day holds no more than ${MAX_DAILY_HOURS} hours.`),
  ...stamps,
})

export const weekNoteSchema = z.object({
  id: idSchema,
  schoolId: idSchema,
  weekStart: isoDateSchema,
  note: z.string().max(500, 'Week notes are at most 500 characters.'),
  ...stamps,
})

/** Paper for the PDFs the app makes (both use the same). */
export const paperSizeSchema = z.enum(['letter', 'a4'])

export { SETTINGS_ID }
export const settingsSchema = z.object({
  id: z.literal(SETTINGS_ID),
  coachName: personName('the coach’s name'),
  defaultTargets: targetsSchema,
  activeSchoolId: idSchema.nullable(),
  activeSchoolYearId: idSchema.nullable(),
  lastBackupAt: timestampSchema.nullable(),
  /** Paper for both PDFs; absent means US Letter (older records and backups have no such field). */
  pdfPaper: paperSizeSchema.optional(),
  ...stamps,
})

export type School = z.infer<typeof schoolSchema>
export type WeekMark = z.infer<typeof weekMarkSchema>
export type SchoolYear = z.infer<typeof schoolYearSchema>
export type Task = z.infer<typeof taskSchema>
export type DecisionChoice = z.infer<typeof decisionChoiceSchema>
export type Decision = z.infer<typeof decisionSchema>
export type Signature = z.infer<typeof signatureSchema>
export type Agreement = z.infer<typeof agreementSchema>
export type AgreementSnapshot = z.infer<typeof agreementSnapshotSchema>
export type SnapshotTask = z.infer<typeof snapshotTaskSchema>
export type TimeEntry = z.infer<typeof timeEntrySchema>
export type WeekNote = z.infer<typeof weekNoteSchema>
export type Settings = z.infer<typeof settingsSchema>
export type PaperSize = z.infer<typeof paperSizeSchema>

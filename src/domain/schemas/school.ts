import { z } from '../zod'
import { isIsoDate, MAX_SCHOOL_YEAR_MONTHS, schoolYearRangeProblem } from '../dates'
import { idSchema, isoDateSchema, personName, stamps } from './common'

export const schoolSchema = z.object({
  id: idSchema,
  name: personName('the school’s name'),
  principalName: personName('the principal’s name'),
  /** Rows the coach added to this school's timesheet ("Add a row"): task ids or "bucket:<bucket>". */
  timesheetRows: z
    .array(z.string().min(1, 'A timesheet row is missing its key.').max(80, 'A timesheet row key is at most 80 characters.'))
    .max(200, 'A timesheet holds at most 200 added rows.')
    .optional(),
  /** The made-up sample school (see sampleSchool.ts); absent or false for a real one. */
  sample: z.boolean().optional(),
  ...stamps,
})

export const WEEK_MARK_KINDS = ['holiday', 'testing', 'other'] as const
export const weekMarkSchema = z.object({
  weekStart: isoDateSchema,
  kind: z.enum(WEEK_MARK_KINDS, 'A marked week must be a holiday, testing or other week.'),
  label: z.string().trim().max(80, 'A week’s label is too long (80 characters at most).'),
  /** The days of the week with no school (Thanksgiving Thursday and Friday, say); absent: the whole week. */
  days: z.array(isoDateSchema).max(7).optional(),
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

export type School = z.infer<typeof schoolSchema>
export type WeekMark = z.infer<typeof weekMarkSchema>
export type SchoolYear = z.infer<typeof schoolYearSchema>

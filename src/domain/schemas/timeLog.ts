import { z } from '../zod'
import { bucketSchema, idSchema, isoDateSchema, stamps } from './common'

export const MAX_DAILY_HOURS = 24
export const timeEntrySchema = z
  .object({
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
    /**
     * The part of `hours` that comes from coaching-cycle sessions on this day and row; the rest was
     * typed into the grid. Absent means none. Kept by the session writes, never typed.
     */
    sessionHours: z.number().min(0, 'Session hours cannot be negative.').max(MAX_DAILY_HOURS).optional(),
    ...stamps,
  })
  .refine((e) => e.sessionHours === undefined || e.sessionHours <= e.hours + 1e-9, {
    message: 'Session hours cannot be more than the hours logged.',
    path: ['sessionHours'],
  })

export const weekNoteSchema = z.object({
  id: idSchema,
  schoolId: idSchema,
  weekStart: isoDateSchema,
  note: z.string().max(500, 'Week notes are at most 500 characters.'),
  ...stamps,
})

export type TimeEntry = z.infer<typeof timeEntrySchema>
export type WeekNote = z.infer<typeof weekNoteSchema>

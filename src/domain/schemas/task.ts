import { z } from '../zod'
import { bucketSchema, idSchema, stamps, timestampSchema } from './common'

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

export type Task = z.infer<typeof taskSchema>
export type DecisionChoice = z.infer<typeof decisionChoiceSchema>
export type Decision = z.infer<typeof decisionSchema>

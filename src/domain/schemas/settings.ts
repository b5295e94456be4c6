import { z } from '../zod'
import { SETTINGS_ID } from '../keys'
import { idSchema, personName, stamps, targetsSchema, timestampSchema } from './common'

/** Paper for the PDFs the app makes (both use the same). */
export const paperSizeSchema = z.enum(['letter', 'a4'])

/** Smallest and largest group of teachers a program figure may describe (absent = the smallest). */
export const MIN_TEACHERS_RANGE = { min: 3, max: 30 } as const
const minTeachersMessage = `Enter a whole number of teachers from ${MIN_TEACHERS_RANGE.min} to ${MIN_TEACHERS_RANGE.max}.`

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
  /**
   * Program figures behind fewer teachers than this are withheld; absent means 3 (older records
   * and backups have no such field).
   */
  minTeachers: z
    .number(minTeachersMessage)
    .int(minTeachersMessage)
    .min(MIN_TEACHERS_RANGE.min, minTeachersMessage)
    .max(MIN_TEACHERS_RANGE.max, minTeachersMessage)
    .optional(),
  ...stamps,
})

export type Settings = z.infer<typeof settingsSchema>
export type PaperSize = z.infer<typeof paperSizeSchema>

import { z } from '../zod'
import { SETTINGS_ID } from '../keys'
import { idSchema, personName, stamps, targetsSchema, timestampSchema } from './common'

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

export type Settings = z.infer<typeof settingsSchema>
export type PaperSize = z.infer<typeof paperSizeSchema>

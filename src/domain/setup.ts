import { z } from './zod'
import { schoolSchema, schoolYearSchema, settingsSchema } from './schemas'

/** What the first-run form collects: enough for every later screen to have a school and a year. */
export const firstRunSchema = z
  .object({
    coachName: settingsSchema.shape.coachName,
    schoolName: schoolSchema.shape.name,
    principalName: schoolSchema.shape.principalName,
    startDate: z.string().min(1, 'Enter the first day of the school year.').pipe(schoolYearSchema.shape.startDate),
    endDate: z.string().min(1, 'Enter the last day of the school year.').pipe(schoolYearSchema.shape.endDate),
    firstDayOfWeek: schoolYearSchema.shape.firstDayOfWeek,
  })
  .superRefine((v, ctx) => {
    // Re-use the school-year range rule so the form and the database agree.
    const probe = schoolYearSchema.safeParse({
      id: 'probe',
      label: 'probe',
      startDate: v.startDate,
      endDate: v.endDate,
      firstDayOfWeek: v.firstDayOfWeek,
      markedWeeks: [],
      createdAt: 0,
      updatedAt: 0,
    })
    if (!probe.success) {
      for (const issue of probe.error.issues) {
        if (issue.path[0] === 'endDate' && issue.code === 'custom')
          ctx.addIssue({ code: 'custom', path: ['endDate'], message: issue.message })
      }
    }
  })

export type FirstRunInput = z.input<typeof firstRunSchema>
export type FirstRun = z.infer<typeof firstRunSchema>

/** A sensible default school year: this August to next June (northern-hemisphere calendar). */
export function suggestedSchoolYear(now: Date = new Date()): { startDate: string; endDate: string } {
  const y = now.getMonth() >= 6 ? now.getFullYear() : now.getFullYear() - 1
  return { startDate: `${y}-08-17`, endDate: `${y + 1}-06-11` }
}

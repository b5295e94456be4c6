import { completeFirstRun, getSettings } from '@/db/repository'
import { resetDatabase } from '../support/database'

/** A fresh database with first-run setup done: returns the active school and school year ids. */
export async function freshSetup(): Promise<{ schoolId: string; schoolYearId: string }> {
  await resetDatabase()
  await completeFirstRun({
    coachName: 'Renée Okafor',
    schoolName: 'Lincoln Elementary',
    principalName: 'José Martínez',
    startDate: '2026-08-17',
    endDate: '2027-06-11',
    firstDayOfWeek: 1,
  })
  const settings = await getSettings()
  return { schoolId: settings!.activeSchoolId!, schoolYearId: settings!.activeSchoolYearId! }
}

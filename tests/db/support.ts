import { resetDatabase } from '../support/database'
import { seedFirstRun } from '../support/seed'

/** A fresh database with first-run setup done: returns the active school and school year ids. */
export async function freshSetup(): Promise<{ schoolId: string; schoolYearId: string }> {
  await resetDatabase()
  const { schoolId, schoolYearId } = await seedFirstRun()
  return { schoolId, schoolYearId }
}

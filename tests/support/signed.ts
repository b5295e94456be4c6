import { db } from '@/db/database'
import { saveAgreement } from '@/db/repository'
import type { Agreement } from '@/domain/schemas'
import { sealedForTest } from './sealed'

/** Marks a stored draft signed, with the snapshot its records give now, through the repository. */
export async function markSigned(agreement: Agreement, patch: Partial<Agreement> = {}): Promise<Agreement> {
  const [decisions, tasks, school, schoolYear] = await Promise.all([
    db.decisions.where('agreementId').equals(agreement.id).toArray(),
    db.tasks.orderBy('sortOrder').toArray(),
    db.schools.get(agreement.schoolId),
    db.schoolYears.get(agreement.schoolYearId),
  ])
  return saveAgreement(sealedForTest(agreement, { decisions, tasks, school, schoolYear }, { signedAt: Date.now(), ...patch }))
}

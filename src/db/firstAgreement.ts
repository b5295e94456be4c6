/**
 * The versions of one school's agreement for a school year, and the one place a first agreement
 * is made. Kept apart from `agreements.ts` so the meeting screen does not load the agreement
 * sections and signing code.
 */
import { DEFAULT_TARGETS } from '@/domain/buckets'
import type { IsoDate } from '@/domain/dates'
import { newId } from '@/domain/ids'
import { SETTINGS_ID } from '@/domain/keys'
import { firstDraftAgreement } from '@/domain/meeting/firstDraft'
import { agreementSchema, type Agreement } from '@/domain/schemas'
import { validate } from '@/domain/validation'
import { db } from './database'

function byVersion(a: Agreement, b: Agreement) {
  return a.version - b.version
}

export async function listVersions(schoolId: string, schoolYearId: string): Promise<Agreement[]> {
  const rows = await db.agreements.where('[schoolId+schoolYearId]').equals([schoolId, schoolYearId]).toArray()
  return rows.sort(byVersion)
}

/**
 * The latest version of the agreement for a school and year, creating draft version 1 when there
 * is none yet: the one place a first agreement is made, for the meeting and the agreement page
 * alike. Names default to the coach and the school's principal, targets to the app defaults; the
 * meeting passes its day as the meeting date, the agreement page leaves it for the coach to fill.
 * Read and create happen in one transaction, so two calls at once make one version.
 */
export async function ensureAgreement(
  schoolId: string,
  schoolYearId: string,
  options: { meetingDate?: IsoDate | null; now?: number } = {},
): Promise<Agreement> {
  const now = options.now ?? Date.now()
  return db.transaction('rw', db.agreements, db.settings, db.schools, db.schoolYears, async () => {
    const latest = (await listVersions(schoolId, schoolYearId)).at(-1)
    if (latest) return latest
    const [settings, school, year] = await Promise.all([
      db.settings.get(SETTINGS_ID),
      db.schools.get(schoolId),
      db.schoolYears.get(schoolYearId),
    ])
    if (!school || !year) throw new Error('Choose a school and a school year in Settings first.')
    const draft = validate(
      agreementSchema,
      'agreement',
      firstDraftAgreement({
        id: newId(),
        schoolId,
        schoolYearId,
        coachName: settings?.coachName ?? '',
        principalName: school.principalName,
        targets: settings?.defaultTargets ?? DEFAULT_TARGETS,
        date: options.meetingDate ?? null,
        now,
      }),
    )
    await db.agreements.add(draft)
    return draft
  })
}

/** Live reads of the agreement page: its versions, and one version with what it shows (writes: agreements.ts). */
import { toValue, type MaybeRefOrGetter } from 'vue'
import { versionView, type LiveRecords, type VersionView } from '@/domain/agreementSnapshot'
import type { Agreement, Decision } from '@/domain/schemas'
import { db } from './database'
import { listVersions } from './firstAgreement'
import { useLiveQuery } from './live'

export interface AgreementDetail {
  agreement: Agreement
  decisions: Decision[]
  /** What the version shows: a signed version's snapshot, a draft read from its records now. */
  view: VersionView
}

/** The live records a draft is shown from; never read for a signed version. */
async function liveRecordsOf(agreement: Agreement, decisions: Decision[]): Promise<LiveRecords> {
  const [tasks, school, schoolYear] = await Promise.all([
    db.tasks.orderBy('sortOrder').toArray(),
    db.schools.get(agreement.schoolId),
    db.schoolYears.get(agreement.schoolYearId),
  ])
  return { decisions, tasks, school, schoolYear }
}

export async function loadAgreementDetail(agreementId: string): Promise<AgreementDetail | null> {
  const agreement = await db.agreements.get(agreementId)
  if (!agreement) return null
  const decisions = await db.decisions.where('agreementId').equals(agreementId).toArray()
  const live = agreement.snapshot ? null : await liveRecordsOf(agreement, decisions)
  return { agreement, decisions, view: versionView(agreement, () => live!) }
}

/** Every version for the school and year, oldest first; live. */
export function useAgreementVersions(schoolId: MaybeRefOrGetter<string | undefined>, schoolYearId: MaybeRefOrGetter<string | undefined>) {
  return useLiveQuery(
    () => ({ schoolId: toValue(schoolId), schoolYearId: toValue(schoolYearId) }),
    async ({ schoolId: s, schoolYearId: y }) => (s && y ? listVersions(s, y) : []),
  )
}

/** One version with its decisions; live. */
export function useAgreementDetail(agreementId: MaybeRefOrGetter<string | undefined>) {
  return useLiveQuery(agreementId, async (id) => (id ? loadAgreementDetail(id) : null))
}

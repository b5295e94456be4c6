/**
 * Live reads for the termly support review: the principal's support commitments from the
 * agreement in force, and what the term's time figures need from the time log.
 */
import { toValue, type MaybeRefOrGetter } from 'vue'
import { readSections } from '@/domain/agreementSections'
import { DEFAULT_TARGETS, type Targets } from '@/domain/buckets'
import type { Agreement } from '@/domain/schemas'
import type { LoggedTime } from '@/domain/shares'
import type { SchoolCalendar } from '@/domain/schoolWeeks'
import { agreementInForce } from '@/domain/timesheet'
import { wontDoTaskIds, type WontDoTasks } from '@/domain/wontDo'
import { db } from './database'
import { readLoggedTime } from './dayTotals'
import { useLiveQuery } from './live'

export interface SupportCommitments {
  /** The ticked commitments' words, in the agreement's order. */
  commitments: string[]
  /** Where they come from: the signed version, the draft, or no agreement at all. */
  source: 'signed' | 'draft' | 'none'
  version: number | null
}

/** The ticked support commitments of an agreement version: from its snapshot when signed. */
export function commitmentsOf(agreement: Agreement | null): SupportCommitments {
  if (!agreement) return { commitments: [], source: 'none', version: null }
  const signed = agreement.status === 'signed' && agreement.snapshot
  const sections = signed ? agreement.snapshot!.sections : readSections(agreement.sections)
  return {
    commitments: sections.support.commitments.filter((c) => c.checked).map((c) => c.text),
    source: signed ? 'signed' : 'draft',
    version: agreement.version,
  }
}

async function readVersions(schoolId: string, schoolYearId: string): Promise<Agreement[]> {
  return db.agreements.where('[schoolId+schoolYearId]').equals([schoolId, schoolYearId]).toArray()
}

export function readSupportCommitments(schoolId: string, schoolYearId: string): Promise<SupportCommitments> {
  return readVersions(schoolId, schoolYearId).then((versions) => commitmentsOf(agreementInForce(versions)))
}

export function useSupportCommitments(schoolId: MaybeRefOrGetter<string | undefined>, schoolYearId: MaybeRefOrGetter<string | undefined>) {
  return useLiveQuery(
    () => [toValue(schoolId), toValue(schoolYearId)] as const,
    async ([s, y]) => (s && y ? readSupportCommitments(s, y) : commitmentsOf(null)),
  )
}

export interface SupportTimeData {
  calendar: SchoolCalendar
  entries: LoggedTime[]
  targets: Targets
  wontDo: WontDoTasks
}

/** The school year's calendar, its logged time at the school, and the agreement's targets and won't-do tasks. */
export async function readSupportTimeData(schoolId: string, schoolYearId: string): Promise<SupportTimeData | null> {
  const year = await db.schoolYears.get(schoolYearId)
  if (!year) return null
  const versions = await db.agreements.where('[schoolId+schoolYearId]').equals([schoolId, schoolYearId]).toArray()
  const inForce = agreementInForce(versions)
  const decisions = inForce ? await db.decisions.where('agreementId').equals(inForce.id).toArray() : []
  // Last: a plain async helper, after which Dexie no longer sees the tables read next.
  const entries = await readLoggedTime(schoolId, year.startDate, year.endDate)
  return {
    calendar: { startDate: year.startDate, endDate: year.endDate, firstDayOfWeek: year.firstDayOfWeek, markedWeeks: year.markedWeeks },
    entries,
    targets: inForce?.targets ?? { ...DEFAULT_TARGETS },
    wontDo: new Map([[schoolId, wontDoTaskIds(decisions)]]),
  }
}

export function useSupportTimeData(schoolId: MaybeRefOrGetter<string | undefined>, schoolYearId: MaybeRefOrGetter<string | undefined>) {
  return useLiveQuery(
    () => [toValue(schoolId), toValue(schoolYearId)] as const,
    async ([s, y]) => (s && y ? readSupportTimeData(s, y) : null),
  )
}

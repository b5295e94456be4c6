/** Live reads for the time log, over the indexes made for them. */
import type { Ref } from 'vue'
import type { Targets } from '@/domain/buckets'
import type { IsoDate } from '@/domain/dates'
import type { Agreement, Decision, TimeEntry } from '@/domain/schemas'
import { agreementInForce } from '@/domain/timesheet'
import { db } from './database'
import { useLiveQuery } from './live'
import { readLoggedTime } from './dayTotals'

/**
 * Time entries between two dates (both included). One school through the `[schoolId+date]`
 * index, or every school (schoolId null, the combined view) through the `date` index.
 */
export function readTimeEntries(schoolId: string | null, from: IsoDate, to: IsoDate): Promise<TimeEntry[]> {
  if (schoolId === null) return db.timeEntries.where('date').between(from, to, true, true).toArray()
  return db.timeEntries.where('[schoolId+date]').between([schoolId, from], [schoolId, to], true, true).toArray()
}

export function useTimeEntries(schoolId: Ref<string | null>, from: Ref<IsoDate>, to: Ref<IsoDate>) {
  return useLiveQuery(() => readTimeEntries(schoolId.value, from.value, to.value), [schoolId, from, to])
}

/** Logged time between two dates from the day totals: for shares and flags over many weeks. */
export function useLoggedTime(schoolId: Ref<string | null>, from: Ref<IsoDate>, to: Ref<IsoDate>) {
  return useLiveQuery(() => readLoggedTime(schoolId.value, from.value, to.value), [schoolId, from, to])
}

export function useWeekNote(schoolId: Ref<string | null>, weekStart: Ref<IsoDate>) {
  return useLiveQuery(async () => {
    if (!schoolId.value) return null
    return (await db.weekNotes.where('[schoolId+weekStart]').equals([schoolId.value, weekStart.value]).first()) ?? null
  }, [schoolId, weekStart])
}

/** Every task, archived ones included (old entries may point at them), in catalog order. */
export function useTasks() {
  return useLiveQuery(() => db.tasks.orderBy('sortOrder').toArray())
}

export interface AgreementInForce {
  agreement: Agreement
  decisions: Decision[]
  targets: Targets
}

/** Per school id: the agreement in force for the school year with its decisions (schools without one are absent). */
export async function readAgreementsInForce(schoolYearId: string): Promise<Map<string, AgreementInForce>> {
  const schools = await db.schools.toArray()
  const result = new Map<string, AgreementInForce>()
  for (const school of schools) {
    const versions = await db.agreements.where('[schoolId+schoolYearId]').equals([school.id, schoolYearId]).toArray()
    const agreement = agreementInForce(versions)
    if (!agreement) continue
    const decisions = await db.decisions.where('agreementId').equals(agreement.id).toArray()
    result.set(school.id, { agreement, decisions, targets: agreement.targets })
  }
  return result
}

export function useAgreementsInForce(schoolYearId: Ref<string | null>) {
  return useLiveQuery(async () => (schoolYearId.value ? readAgreementsInForce(schoolYearId.value) : new Map<string, AgreementInForce>()), [schoolYearId])
}

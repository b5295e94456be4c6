/** Live reads for the time log, over the indexes made for them. */
import { toValue, type MaybeRefOrGetter } from 'vue'
import type { Targets } from '@/domain/buckets'
import type { IsoDate } from '@/domain/dates'
import type { Agreement, Decision, School, TimeEntry } from '@/domain/schemas'
import type { CycleSession } from '@/domain/schemas/cycle'
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

export function useTimeEntries(schoolId: MaybeRefOrGetter<string | null>, from: MaybeRefOrGetter<IsoDate>, to: MaybeRefOrGetter<IsoDate>) {
  return useLiveQuery(
    () => ({ schoolId: toValue(schoolId), from: toValue(from), to: toValue(to) }),
    (i) => readTimeEntries(i.schoolId, i.from, i.to),
  )
}

/** One school's coaching-cycle sessions between two dates: for the grid's "from cycle sessions" notes. */
export function useSessionsInGrid(schoolId: MaybeRefOrGetter<string>, from: MaybeRefOrGetter<IsoDate>, to: MaybeRefOrGetter<IsoDate>) {
  return useLiveQuery(
    () => ({ schoolId: toValue(schoolId), from: toValue(from), to: toValue(to) }),
    (i): Promise<CycleSession[]> =>
      db.cycleSessions.where('[schoolId+date]').between([i.schoolId, i.from], [i.schoolId, i.to], true, true).toArray(),
  )
}

/** Logged time between two dates from the day totals: for shares and flags over many weeks. */
export function useLoggedTime(schoolId: MaybeRefOrGetter<string | null>, from: MaybeRefOrGetter<IsoDate>, to: MaybeRefOrGetter<IsoDate>) {
  return useLiveQuery(
    () => ({ schoolId: toValue(schoolId), from: toValue(from), to: toValue(to) }),
    (i) => readLoggedTime(i.schoolId, i.from, i.to),
  )
}

/** The note of one school's week (null when there is none), live. */
export function useWeekNote(schoolId: MaybeRefOrGetter<string | null>, weekStart: MaybeRefOrGetter<IsoDate>) {
  return useLiveQuery(
    () => ({ schoolId: toValue(schoolId), weekStart: toValue(weekStart) }),
    async ({ schoolId: s, weekStart: w }) =>
      s ? ((await db.weekNotes.where('[schoolId+weekStart]').equals([s, w]).first()) ?? null) : null,
  )
}

export interface AgreementInForce {
  agreement: Agreement
  decisions: Decision[]
  targets: Targets
}

/**
 * Per school id: the agreement in force for the school year (from `versions`, every version
 * of every school) with its decisions, read side by side. Schools without one are absent.
 */
export async function agreementsInForceOf(
  versions: readonly Agreement[],
  schoolYearId: string,
  schools: readonly Pick<School, 'id'>[],
): Promise<Map<string, AgreementInForce>> {
  const inForce = schools
    .map((school) => agreementInForce(versions.filter((a) => a.schoolId === school.id && a.schoolYearId === schoolYearId)))
    .filter((a): a is Agreement => a !== null)
  const decisions = await Promise.all(inForce.map((a) => db.decisions.where('agreementId').equals(a.id).toArray()))
  return new Map(inForce.map((agreement, i) => [agreement.schoolId, { agreement, decisions: decisions[i]!, targets: agreement.targets }]))
}

export async function readAgreementsInForce(schoolYearId: string): Promise<Map<string, AgreementInForce>> {
  const [schools, versions] = await Promise.all([db.schools.toArray(), db.agreements.toArray()])
  return agreementsInForceOf(versions, schoolYearId, schools)
}

export function useAgreementsInForce(schoolYearId: MaybeRefOrGetter<string | null>) {
  return useLiveQuery(schoolYearId, async (id) => (id ? readAgreementsInForce(id) : new Map<string, AgreementInForce>()))
}

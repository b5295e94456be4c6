/**
 * Live read of the rows a cycle session can land on: the week's timesheet of the cycle's school,
 * built as the week grid builds it (the agreement in force, the rows the coach added, the rows
 * with time logged that week), narrowed to its coaching rows.
 */
import { toValue, type MaybeRefOrGetter } from 'vue'
import { isIsoDate, type IsoDate } from '@/domain/dates'
import { sessionRowChoices, type SessionRowChoice } from '@/domain/cycles/sessionRows'
import { addDaysIso, weekStartOf } from '@/domain/schoolWeeks'
import { agreementInForce, timesheetRows } from '@/domain/timesheet'
import { db } from './database'
import { useLiveQuery } from './live'

export interface SessionRowsInput {
  schoolId: string | null
  schoolYearId: string | null
  date: IsoDate
}

/** Every read is a Dexie promise awaited here, so the answer follows every table it reads. */
export async function readSessionRows({ schoolId, schoolYearId, date }: SessionRowsInput): Promise<SessionRowChoice[]> {
  if (!schoolId || !schoolYearId) return sessionRowChoices([])
  const year = await db.schoolYears.get(schoolYearId)
  const school = await db.schools.get(schoolId)
  const tasks = await db.tasks.orderBy('sortOrder').toArray()
  const versions = await db.agreements.where('[schoolId+schoolYearId]').equals([schoolId, schoolYearId]).toArray()
  const agreement = agreementInForce(versions)
  const decisions = agreement ? await db.decisions.where('agreementId').equals(agreement.id).toArray() : []
  let logged: string[] = []
  if (year && isIsoDate(date)) {
    const from = weekStartOf(date, year.firstDayOfWeek)
    const entries = await db.timeEntries
      .where('[schoolId+date]')
      .between([schoolId, from], [schoolId, addDaysIso(from, 6)], true, true)
      .toArray()
    logged = [...new Set(entries.map((e) => e.rowKey))]
  }
  const rows = timesheetRows({
    tasks,
    decisions,
    addedRowKeys: school?.timesheetRows ?? [],
    loggedRowKeys: logged,
    includeBucketRows: !agreement,
  })
  return sessionRowChoices(rows)
}

export function useSessionRows(
  schoolId: MaybeRefOrGetter<string | null>,
  schoolYearId: MaybeRefOrGetter<string | null>,
  date: MaybeRefOrGetter<IsoDate>,
) {
  return useLiveQuery(() => ({ schoolId: toValue(schoolId), schoolYearId: toValue(schoolYearId), date: toValue(date) }), readSessionRows)
}

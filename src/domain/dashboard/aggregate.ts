/**
 * One pass over the time entries the dashboard reads. Every chart is built from what this pass
 * returns, never from another scan of the raw entries, so 100,000 entries cost one loop.
 *
 * The pass condenses entries to one record per school, week and bucket (dated on the week's
 * first day). Shares are sums, so the share, flag and rolling functions of `shares.ts` and
 * `flags.ts` give the same answers on condensed records as on the raw entries, only faster.
 */
import type { Bucket } from '../buckets'
import type { IsoDate } from '../dates'
import type { LoggedTime } from '../shares'
import { isDrift, type WontDoTasks } from '../flags'
import { weekStartOf, type FirstDayOfWeek } from '../schoolWeeks'

export interface TaskTime {
  /** The task id, or null for time logged on a bucket as a whole. */
  taskId: string | null
  bucket: Bucket
  hours: number
}

export interface CondensedTime {
  /** Year start to period end, one record per school, week and bucket: rolling and year-to-date figures. */
  toDate: LoggedTime[]
  /** The same, only entries dated inside the period: the weekly bars and the CSV summary. */
  inPeriod: LoggedTime[]
  /** Entries inside the period on won't-do tasks, one record per school, week and task: drift. */
  drift: LoggedTime[]
  /** Hours inside the period per task (or bucket-only row) and week start: planned vs actual. */
  byTaskInPeriod: Map<IsoDate, TaskTime[]>
  /** Number of raw entries inside the period and their hours. */
  periodEntryCount: number
  periodHours: number
}

/** Hours are kept in whole quarter hours while adding, as the time log stores them. */
function addTo<K>(map: Map<K, { rec: LoggedTime; quarters: number }>, key: K, rec: () => LoggedTime, hours: number): void {
  const slot = map.get(key)
  if (slot) slot.quarters += Math.round(hours * 4)
  else map.set(key, { rec: rec(), quarters: Math.round(hours * 4) })
}

const settle = (map: Map<unknown, { rec: LoggedTime; quarters: number }>) => [...map.values()].map(({ rec, quarters }) => ({ ...rec, hours: quarters / 4 }))

export function condenseEntries(
  entries: readonly LoggedTime[], period: { from: IsoDate; to: IsoDate }, firstDayOfWeek: FirstDayOfWeek, wontDo: WontDoTasks,
): CondensedTime {
  // About 200 distinct days a year: remember each day's week instead of asking date-fns per entry.
  const weekOfDay = new Map<IsoDate, IsoDate>()
  const toDate = new Map<string, { rec: LoggedTime; quarters: number }>()
  const inPeriod = new Map<string, { rec: LoggedTime; quarters: number }>()
  const drift = new Map<string, { rec: LoggedTime; quarters: number }>()
  const byTask = new Map<string, { week: IsoDate; task: TaskTime; quarters: number }>()
  let periodEntryCount = 0
  let periodQuarters = 0

  for (const e of entries) {
    if (e.date > period.to) continue
    let week = weekOfDay.get(e.date)
    if (week === undefined) { week = weekStartOf(e.date, firstDayOfWeek); weekOfDay.set(e.date, week) }
    const bucketKey = `${e.schoolId}|${week}|${e.bucket}`
    const condensed = () => ({ schoolId: e.schoolId, date: week, taskId: null, bucket: e.bucket, hours: 0 })
    addTo(toDate, bucketKey, condensed, e.hours)
    if (e.date < period.from) continue

    periodEntryCount += 1
    periodQuarters += Math.round(e.hours * 4)
    addTo(inPeriod, bucketKey, condensed, e.hours)
    if (isDrift(e, wontDo)) {
      addTo(drift, `${e.schoolId}|${week}|${e.taskId}`, () => ({ schoolId: e.schoolId, date: week, taskId: e.taskId, bucket: e.bucket, hours: 0 }), e.hours)
    }
    const taskKey = `${week}|${e.taskId ?? `bucket:${e.bucket}`}`
    const slot = byTask.get(taskKey)
    if (slot) slot.quarters += Math.round(e.hours * 4)
    else byTask.set(taskKey, { week, task: { taskId: e.taskId, bucket: e.bucket, hours: 0 }, quarters: Math.round(e.hours * 4) })
  }

  const byTaskInPeriod = new Map<IsoDate, TaskTime[]>()
  for (const { week, task, quarters } of byTask.values()) {
    const list = byTaskInPeriod.get(week) ?? []
    list.push({ ...task, hours: quarters / 4 })
    byTaskInPeriod.set(week, list)
  }
  return {
    toDate: settle(toDate), inPeriod: settle(inPeriod), drift: settle(drift), byTaskInPeriod,
    periodEntryCount, periodHours: periodQuarters / 4,
  }
}

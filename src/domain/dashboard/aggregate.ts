/**
 * One pass over the time entries the dashboard reads. Every chart is built from what this pass
 * returns, never from another scan of the raw entries, so 100,000 entries cost one loop.
 *
 * The pass adds hours into arrays indexed by week of the school year (in quarter hours, as the
 * time log stores them), then turns them into condensed records: one per week and bucket (and
 * per school, for per-school figures), dated on the week's first day. Shares are sums, so the
 * share, flag, rolling and drift functions of `shares.ts` and `flags.ts` give the same answers
 * on condensed records as on the raw entries, only much faster.
 */
import { BUCKETS, type Bucket } from '../buckets'
import type { IsoDate } from '../dates'
import { fromQuarters, toQuarters } from '../hours'
import type { LoggedTime } from '../shares'
import { isDrift } from '../flags'
import type { WontDoTasks } from '../wontDo'
import { weekStartOf, type FirstDayOfWeek, type SchoolWeek } from '../schoolWeeks'

export interface TaskTime {
  /** The task id, or null for time logged on a bucket as a whole. */
  taskId: string | null
  bucket: Bucket
  hours: number
}

export interface CondensedTime {
  /** Year start to period end, every school in scope together: rolling and year-to-date figures. */
  toDate: LoggedTime[]
  /** Entries dated inside the period, every school together: the weekly bars. */
  inPeriod: LoggedTime[]
  /** Entries dated inside the period, per school (schoolId kept): per-school CSV rows. */
  inPeriodBySchool: LoggedTime[]
  /** Entries inside the period on won't-do tasks, one record per school, week and task: drift. */
  drift: LoggedTime[]
  /** Hours inside the period per task (or bucket-only row) and week start: planned vs actual. */
  byTaskInPeriod: Map<IsoDate, TaskTime[]>
  /** Number of raw entries inside the period and their hours. */
  periodEntryCount: number
  periodHours: number
}

const BUCKET_INDEX: Record<Bucket, number> = { coaching: 0, learning: 1, other: 2 }
const COMBINED = ''

interface TaskSlot {
  taskId: string | null
  bucket: Bucket
  quarters: Float64Array
}
interface DriftSlot {
  schoolId: string
  taskId: string
  bucket: Bucket
  quarters: Float64Array
}

/**
 * @param weeks every week of the school year, in order (from `weeksOfSchoolYear`)
 */
export function condenseEntries(
  entries: readonly LoggedTime[],
  period: { from: IsoDate; to: IsoDate },
  weeks: readonly SchoolWeek[],
  firstDayOfWeek: FirstDayOfWeek,
  wontDo: WontDoTasks,
): CondensedTime {
  const n = weeks.length
  const weekIndex = new Map(weeks.map((w, i) => [w.weekStart, i]))
  // About 200 distinct days a year: remember each day's week instead of asking date-fns per entry.
  const weekOfDay = new Map<IsoDate, number>()
  const toDate = new Map<string, Float64Array>()
  const inPeriod = new Map<string, Float64Array>()
  const byTask = new Map<string, TaskSlot>()
  const drift = new Map<string, DriftSlot>()
  const arrays = (map: Map<string, Float64Array>, schoolId: string) => {
    let a = map.get(schoolId)
    if (!a) {
      a = new Float64Array(n * 3)
      map.set(schoolId, a)
    }
    return a
  }
  let periodEntryCount = 0
  let periodQuarters = 0

  for (const e of entries) {
    if (e.date > period.to) continue
    let w = weekOfDay.get(e.date)
    if (w === undefined) {
      w = weekIndex.get(weekStartOf(e.date, firstDayOfWeek)) ?? -1
      weekOfDay.set(e.date, w)
    }
    if (w < 0) continue
    const q = toQuarters(e.hours)
    const slot = w * 3 + BUCKET_INDEX[e.bucket]
    arrays(toDate, e.schoolId)[slot]! += q
    if (e.date < period.from) continue

    periodEntryCount += 1
    periodQuarters += q
    arrays(inPeriod, e.schoolId)[slot]! += q
    const taskKey = e.taskId ?? e.bucket
    let t = byTask.get(taskKey)
    if (!t) {
      t = { taskId: e.taskId, bucket: e.bucket, quarters: new Float64Array(n) }
      byTask.set(taskKey, t)
    }
    t.quarters[w]! += q
    if (e.taskId !== null && isDrift(e, wontDo)) {
      const key = `${e.schoolId}|${e.taskId}`
      let d = drift.get(key)
      if (!d) {
        d = { schoolId: e.schoolId, taskId: e.taskId, bucket: e.bucket, quarters: new Float64Array(n) }
        drift.set(key, d)
      }
      d.quarters[w]! += q
    }
  }

  const records = (map: Map<string, Float64Array>, keepSchool: boolean): LoggedTime[] => {
    const sums = new Map<string, Float64Array>()
    for (const [schoolId, a] of map) {
      const key = keepSchool ? schoolId : COMBINED
      const target = sums.get(key) ?? new Float64Array(n * 3)
      for (let i = 0; i < a.length; i++) target[i]! += a[i]!
      sums.set(key, target)
    }
    const out: LoggedTime[] = []
    for (const [schoolId, a] of sums) {
      for (let w = 0; w < n; w++) {
        for (const bucket of BUCKETS) {
          const q = a[w * 3 + BUCKET_INDEX[bucket]]!
          if (q > 0) out.push({ schoolId, date: weeks[w]!.weekStart, taskId: null, bucket, hours: fromQuarters(q) })
        }
      }
    }
    return out
  }

  const byTaskInPeriod = new Map<IsoDate, TaskTime[]>()
  for (const t of byTask.values()) {
    for (let w = 0; w < n; w++) {
      const q = t.quarters[w]!
      if (q <= 0) continue
      const week = weeks[w]!.weekStart
      const list = byTaskInPeriod.get(week) ?? []
      list.push({ taskId: t.taskId, bucket: t.bucket, hours: fromQuarters(q) })
      byTaskInPeriod.set(week, list)
    }
  }
  const driftRecords: LoggedTime[] = []
  for (const d of drift.values()) {
    for (let w = 0; w < n; w++) {
      const q = d.quarters[w]!
      if (q > 0)
        driftRecords.push({ schoolId: d.schoolId, date: weeks[w]!.weekStart, taskId: d.taskId, bucket: d.bucket, hours: fromQuarters(q) })
    }
  }
  return {
    toDate: records(toDate, false),
    inPeriod: records(inPeriod, false),
    inPeriodBySchool: records(inPeriod, true),
    drift: driftRecords,
    byTaskInPeriod,
    periodEntryCount,
    periodHours: fromQuarters(periodQuarters),
  }
}

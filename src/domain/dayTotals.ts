/**
 * Day totals: one record per school and day holding the hours of each timesheet row that day.
 * They are derived from the time entries (never edited, never backed up) and kept beside them
 * so that summaries over a year, or ten, read a few hundred small records instead of every
 * entry. A day total carries exactly what the share, flag, drift and plan calculations read
 * (`LoggedTime`), nothing else: no ids, no timestamps, and like the entries no notes.
 */
import type { Bucket } from './buckets'
import type { IsoDate } from './dates'
import { fromQuarters, toQuarters } from './hours'
import type { LoggedTime } from './shares'

export interface DayRow {
  /** The task id, or null for time logged on a bucket as a whole. */
  taskId: string | null
  bucket: Bucket
  hours: number
}

export interface DayTotal {
  schoolId: string
  date: IsoDate
  /** One per row with time that day, in a stable order (bucket rows first, then by task id). */
  rows: DayRow[]
}

const rowKeyOf = (e: Pick<LoggedTime, 'taskId' | 'bucket'>) => `${e.taskId ?? ''}|${e.bucket}`

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

function compareRows(a: DayRow, b: DayRow): number {
  if (a.taskId !== b.taskId) return a.taskId === null ? -1 : b.taskId === null ? 1 : compareText(a.taskId, b.taskId)
  return compareText(a.bucket, b.bucket)
}

function rowsOf(entries: readonly LoggedTime[]): DayRow[] {
  // Sum in quarter hours, as the time log stores them, so totals never pick up float noise.
  const quarters = new Map<string, DayRow & { q: number }>()
  for (const e of entries) {
    const key = rowKeyOf(e)
    const row = quarters.get(key)
    if (row) row.q += toQuarters(e.hours)
    else quarters.set(key, { taskId: e.taskId, bucket: e.bucket, hours: 0, q: toQuarters(e.hours) })
  }
  return [...quarters.values()]
    .filter((r) => r.q > 0)
    .map(({ taskId, bucket, q }) => ({ taskId, bucket, hours: fromQuarters(q) }))
    .sort(compareRows)
}

/** The total of one school's day from that day's entries; null when nothing is logged. */
export function dayTotalOf(schoolId: string, date: IsoDate, entries: readonly LoggedTime[]): DayTotal | null {
  const rows = rowsOf(entries.filter((e) => e.schoolId === schoolId && e.date === date))
  return rows.length ? { schoolId, date, rows } : null
}

/** Every day total the entries make, ordered by school then date (the table's key order). */
export function dayTotalsOf(entries: readonly LoggedTime[]): DayTotal[] {
  const byDay = new Map<string, LoggedTime[]>()
  for (const e of entries) {
    const key = `${e.schoolId}\u0000${e.date}`
    const list = byDay.get(key)
    if (list) list.push(e)
    else byDay.set(key, [e])
  }
  const totals: DayTotal[] = []
  for (const list of byDay.values()) {
    const first = list[0]!
    const rows = rowsOf(list)
    if (rows.length) totals.push({ schoolId: first.schoolId, date: first.date, rows })
  }
  return totals.sort((a, b) => compareText(a.schoolId, b.schoolId) || compareText(a.date, b.date))
}

/** The logged time the totals stand for: one record per school, day and row. */
export function loggedTimeOf(totals: readonly DayTotal[]): LoggedTime[] {
  const out: LoggedTime[] = []
  for (const day of totals) {
    for (const row of day.rows)
      out.push({ schoolId: day.schoolId, date: day.date, taskId: row.taskId, bucket: row.bucket, hours: row.hours })
  }
  return out
}

/** The distinct (school, day) pairs a set of entries touches: the totals a write must refresh. */
export function daysTouched(entries: Iterable<Pick<LoggedTime, 'schoolId' | 'date'>>): Array<[string, IsoDate]> {
  const seen = new Map<string, [string, IsoDate]>()
  for (const e of entries) seen.set(`${e.schoolId}\u0000${e.date}`, [e.schoolId, e.date])
  return [...seen.values()]
}

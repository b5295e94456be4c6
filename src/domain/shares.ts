/**
 * How logged hours split between the three buckets. Pure functions over time entries so the
 * time log, the year view and the dashboard all count the same way.
 *
 * A share is the hours in a bucket divided by all hours logged in the same period. Shares are
 * computed per week, over the last four school weeks (skipping marked weeks such as holidays)
 * and over the school year to date (school weeks only). Pass the entries of one school for a
 * per-school view, or of every school for the combined view (see `entriesOfSchool` in schoolScope).
 */
import { BUCKETS, type Bucket } from './buckets'
import type { IsoDate } from './dates'
import { fromQuarters, toQuarters } from './hours'
import type { TimeEntry } from './schemas'
import { weeksOfSchoolYear, weekStartOf, type SchoolCalendar, type SchoolWeek } from './schoolWeeks'

/** The part of a time entry the calculations read. */
export type LoggedTime = Pick<TimeEntry, 'schoolId' | 'date' | 'taskId' | 'bucket' | 'hours'>

export type BucketHours = Record<Bucket, number>

export interface Shares {
  hours: BucketHours
  /** All hours logged in the period. */
  total: number
  /** Percent of the total per bucket (0–100, unrounded); null when nothing was logged. */
  percent: BucketHours | null
}

export interface WeekShares {
  week: SchoolWeek
  shares: Shares
}

export interface WindowShares {
  /** Start dates of the school weeks the window covers, oldest first. */
  weekStarts: IsoDate[]
  shares: Shares
}

/** How many school weeks the rolling window covers. */
export const ROLLING_WEEKS = 4

export function emptyBucketHours(): BucketHours {
  return { coaching: 0, learning: 0, other: 0 }
}

/** Hours per bucket. Sums in quarter hours so 0.1-style float error never creeps in. */
export function sumByBucket(entries: readonly Pick<LoggedTime, 'bucket' | 'hours'>[]): BucketHours {
  const quarters = emptyBucketHours()
  for (const e of entries) quarters[e.bucket] += toQuarters(e.hours)
  return { coaching: fromQuarters(quarters.coaching), learning: fromQuarters(quarters.learning), other: fromQuarters(quarters.other) }
}

export function sharesOf(hours: BucketHours): Shares {
  const total = BUCKETS.reduce((sum, b) => sum + hours[b], 0)
  if (total <= 0) return { hours, total: 0, percent: null }
  const percent = emptyBucketHours()
  for (const b of BUCKETS) percent[b] = (hours[b] / total) * 100
  return { hours, total, percent }
}

export function sharesOfEntries(entries: readonly Pick<LoggedTime, 'bucket' | 'hours'>[]): Shares {
  return sharesOf(sumByBucket(entries))
}

/** Groups entries by the start of the week they fall in. */
export function entriesByWeek<T extends Pick<LoggedTime, 'date'>>(entries: readonly T[], firstDayOfWeek: 0 | 1): Map<IsoDate, T[]> {
  const byWeek = new Map<IsoDate, T[]>()
  for (const e of entries) {
    const key = weekStartOf(e.date, firstDayOfWeek)
    const list = byWeek.get(key)
    if (list) list.push(e)
    else byWeek.set(key, [e])
  }
  return byWeek
}

/** Shares for every week of the school year (marked weeks included, with their mark). */
export function weeklyShares(entries: readonly LoggedTime[], year: SchoolCalendar): WeekShares[] {
  const byWeek = entriesByWeek(entries, year.firstDayOfWeek)
  return weeksOfSchoolYear(year).map((week) => ({ week, shares: sharesOfEntries(byWeek.get(week.weekStart) ?? []) }))
}

function windowOf(weeks: WeekShares[]): WindowShares {
  const hours = emptyBucketHours()
  for (const { shares } of weeks) for (const b of BUCKETS) hours[b] += shares.hours[b]
  return { weekStarts: weeks.map((w) => w.week.weekStart), shares: sharesOf(hours) }
}

/**
 * The last `count` school weeks up to and including the week starting asOfWeekStart. Marked
 * weeks (holidays, testing) are skipped, so the window reaches back past them.
 */
export function rollingShares(
  entries: readonly LoggedTime[],
  year: SchoolCalendar,
  asOfWeekStart: IsoDate,
  count = ROLLING_WEEKS,
): WindowShares {
  const schoolWeeks = weeklyShares(entries, year).filter((w) => w.week.isSchoolWeek && w.week.weekStart <= asOfWeekStart)
  return windowOf(schoolWeeks.slice(-count))
}

/** Every school week from the start of the year up to and including the week starting asOfWeekStart. */
export function yearToDateShares(entries: readonly LoggedTime[], year: SchoolCalendar, asOfWeekStart: IsoDate): WindowShares {
  return windowOf(weeklyShares(entries, year).filter((w) => w.week.isSchoolWeek && w.week.weekStart <= asOfWeekStart))
}

/** A share for display, floored to a tenth so a share below the target never reads as the target. */
export function formatPercent(percent: number): string {
  return `${Math.floor(percent * 10 + 1e-9) / 10}%`
}

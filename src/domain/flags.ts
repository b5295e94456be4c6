/**
 * The 60% / 10% flags and drift. Rules (issue 4):
 * - a share is the hours in a bucket / all hours logged in the period;
 * - coaching below its target and professional learning below its target are flagged;
 *   a share exactly at the target is not;
 * - a period with nothing logged says so and is not flagged;
 * - a week without ordinary school (a marked week) is not flagged;
 * - drift is time logged on tasks the agreement marked won't-do, per week and in total.
 */
import { BUCKET_LABELS, type Bucket, type Targets } from './buckets'
import type { IsoDate } from './dates'
import { fromQuarters, sumHours, toQuarters } from './hours'
import {
  entriesByWeek,
  formatPercent,
  rollingShares,
  weeklyShares,
  yearToDateShares,
  type LoggedTime,
  type Shares,
  type WeekShares,
  type WindowShares,
} from './shares'
import type { SchoolCalendar, SchoolWeek } from './schoolWeeks'
import type { WontDoTasks } from './wontDo'

export type FlaggedBucket = Extract<Bucket, 'coaching' | 'learning'>

export interface ShareFlag {
  bucket: FlaggedBucket
  /** The bucket's share of the period, in percent. */
  percent: number
  targetPct: number
  /** A sentence for the flag, e.g. "Coaching 55% is below the 60% target". */
  message: string
}

/**
 * - `below-target`: at least one flag
 * - `on-target`: hours logged, no flag
 * - `nothing-logged`: a school week (or window) with no hours
 * - `no-school`: a marked week (holiday, testing, other); never flagged
 */
export type ShareStatus = 'below-target' | 'on-target' | 'nothing-logged' | 'no-school'

export interface ShareAssessment {
  status: ShareStatus
  flags: ShareFlag[]
  shares: Shares
}

export interface WeekAssessment extends ShareAssessment {
  week: SchoolWeek
}

export const STATUS_LABELS: Record<ShareStatus, string> = {
  'below-target': 'Below target',
  'on-target': 'On target',
  'nothing-logged': 'Nothing logged',
  'no-school': 'No school',
}

/**
 * True when hours / total is strictly below targetPct percent. Compared in whole quarter
 * hours so a share exactly at the target is never flagged by float error.
 */
export function isBelowTarget(bucketHours: number, totalHours: number, targetPct: number): boolean {
  if (totalHours <= 0) return false
  const bucketQuarters = toQuarters(bucketHours)
  const totalQuarters = toQuarters(totalHours)
  return bucketQuarters * 100 < targetPct * totalQuarters - 1e-9
}

/** The flags for one period's shares; none when nothing was logged. */
export function shareFlags(shares: Shares, targets: Targets): ShareFlag[] {
  if (!shares.percent) return []
  const checks: Array<[FlaggedBucket, number]> = [
    ['coaching', targets.coachingPct],
    ['learning', targets.learningPct],
  ]
  return checks
    .filter(([bucket, target]) => isBelowTarget(shares.hours[bucket], shares.total, target))
    .map(([bucket, targetPct]) => {
      const percent = shares.percent?.[bucket] ?? 0
      return { bucket, percent, targetPct, message: `${BUCKET_LABELS[bucket]} ${formatPercent(percent)} is below the ${targetPct}% target` }
    })
}

/** Status and flags for any period (a week, the rolling window, the year to date). */
export function assessShares(shares: Shares, targets: Targets): ShareAssessment {
  if (shares.total <= 0) return { status: 'nothing-logged', flags: [], shares }
  const flags = shareFlags(shares, targets)
  return { status: flags.length ? 'below-target' : 'on-target', flags, shares }
}

/** Status and flags for one week; a marked week is `no-school` and never flagged. */
export function weekFlags(week: WeekShares, targets: Targets): WeekAssessment {
  if (!week.week.isSchoolWeek) return { week: week.week, status: 'no-school', flags: [], shares: week.shares }
  return { week: week.week, ...assessShares(week.shares, targets) }
}

/** Won't-do task ids per school id, from each school's agreement in force. */

export interface DriftTask {
  taskId: string
  hours: number
}
export interface DriftWeek {
  weekStart: IsoDate
  hours: number
  tasks: DriftTask[]
}
export interface Drift {
  /** Weeks with drift only, oldest first. */
  weeks: DriftWeek[]
  /** Drift per task over all weeks, most hours first. */
  tasks: DriftTask[]
  totalHours: number
}

function sumByTask(entries: readonly LoggedTime[]): DriftTask[] {
  const quarters = new Map<string, number>()
  for (const e of entries) if (e.taskId) quarters.set(e.taskId, (quarters.get(e.taskId) ?? 0) + toQuarters(e.hours))
  return [...quarters]
    .map(([taskId, q]) => ({ taskId, hours: fromQuarters(q) }))
    .sort((a, b) => b.hours - a.hours || a.taskId.localeCompare(b.taskId))
}

/** Entries logged on a task the entry's own school marked won't-do. */
export function isDrift(entry: Pick<LoggedTime, 'schoolId' | 'taskId'>, wontDo: WontDoTasks): boolean {
  return entry.taskId !== null && (wontDo.get(entry.schoolId)?.has(entry.taskId) ?? false)
}

/** Hours on won't-do tasks, per week and in total. Marked weeks count too: the time was still spent. */
export function driftByWeek(entries: readonly LoggedTime[], wontDo: WontDoTasks, firstDayOfWeek: 0 | 1): Drift {
  const drifting = entries.filter((e) => isDrift(e, wontDo))
  const weeks = [...entriesByWeek(drifting, firstDayOfWeek)]
    .map(([weekStart, list]) => ({ weekStart, hours: sumHours(list), tasks: sumByTask(list) }))
    .sort((a, b) => a.weekStart.localeCompare(b.weekStart))
  return { weeks, tasks: sumByTask(drifting), totalHours: sumHours(drifting) }
}

/** Targets for the combined view: shared targets when every school agreed on the same, else the defaults. */
export function combinedTargets(perSchool: readonly Targets[], defaults: Targets): Targets {
  const [first, ...rest] = perSchool
  if (!first) return defaults
  const same = rest.every((t) => t.coachingPct === first.coachingPct && t.learningPct === first.learningPct)
  return same ? first : defaults
}

export interface YearWeekRow extends WeekAssessment {
  /** School weeks from the start of the year to this week, as a running total. */
  yearToDate: WindowShares
  yearToDateAssessment: ShareAssessment
  driftHours: number
}

/**
 * One row per week of the school year with its shares, status, drift and the running
 * year-to-date shares: what the year view lists and the dashboard charts.
 */
export function yearOverview(entries: readonly LoggedTime[], year: SchoolCalendar, targets: Targets, wontDo: WontDoTasks): YearWeekRow[] {
  const drift = new Map(driftByWeek(entries, wontDo, year.firstDayOfWeek).weeks.map((w) => [w.weekStart, w.hours]))
  const weeks = weeklyShares(entries, year)
  const running = { coaching: 0, learning: 0, other: 0 }
  const runningWeeks: IsoDate[] = []
  return weeks.map((w) => {
    if (w.week.isSchoolWeek) {
      running.coaching += w.shares.hours.coaching
      running.learning += w.shares.hours.learning
      running.other += w.shares.hours.other
      runningWeeks.push(w.week.weekStart)
    }
    const total = running.coaching + running.learning + running.other
    const ytdShares: Shares = {
      hours: { ...running },
      total,
      percent:
        total > 0
          ? { coaching: (running.coaching / total) * 100, learning: (running.learning / total) * 100, other: (running.other / total) * 100 }
          : null,
    }
    return {
      ...weekFlags(w, targets),
      yearToDate: { weekStarts: [...runningWeeks], shares: ytdShares },
      yearToDateAssessment: assessShares(ytdShares, targets),
      driftHours: drift.get(w.week.weekStart) ?? 0,
    }
  })
}

export interface PeriodAssessments {
  week: WeekAssessment
  rolling: WindowShares & { assessment: ShareAssessment }
  yearToDate: WindowShares & { assessment: ShareAssessment }
}

/** The week, the last four school weeks and the year to date, as of one week: the time log's summary. */
export function assessAsOfWeek(
  entries: readonly LoggedTime[],
  year: SchoolCalendar,
  weekStart: IsoDate,
  targets: Targets,
): PeriodAssessments | null {
  const week = weeklyShares(entries, year).find((w) => w.week.weekStart === weekStart)
  if (!week) return null
  const rolling = rollingShares(entries, year, weekStart)
  const ytd = yearToDateShares(entries, year, weekStart)
  return {
    week: weekFlags(week, targets),
    rolling: { ...rolling, assessment: assessShares(rolling.shares, targets) },
    yearToDate: { ...ytd, assessment: assessShares(ytd.shares, targets) },
  }
}

/**
 * How many of the period's hours would have to move into the bucket to reach its target, in
 * quarter hours rounded up (0 when the bucket is at or above it): "1.25 h short".
 */
export function shortfallHours(shares: Shares, bucket: FlaggedBucket, targetPct: number): number {
  const needed = (targetPct / 100) * shares.total - shares.hours[bucket]
  return needed > 1e-9 ? Math.ceil(needed * 4 - 1e-9) / 4 : 0
}

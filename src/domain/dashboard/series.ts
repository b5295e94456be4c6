/**
 * The series every dashboard chart, table, summary, CSV row and report line is drawn from.
 * Shares, flags, the rolling window and drift come from `shares.ts` and `flags.ts`: this
 * module only decides which weeks a period shows and feeds them condensed records.
 */
import type { Targets } from '../buckets'
import type { IsoDate } from '../dates'
import { fromQuarters, toQuarters } from '../hours'
import { entriesOfSchool } from '../schoolScope'
import { assessShares, driftByWeek, weekFlags, type Drift, type ShareAssessment, type WeekAssessment } from '../flags'
import { anyWontDo, type WontDoTasks } from '../wontDo'
import { rollingShares, ROLLING_WEEKS, weeklyShares, yearToDateShares, type LoggedTime, type WindowShares } from '../shares'
import { condenseEntries, type CondensedTime } from './aggregate'
import { plannedVsActual, type PlannedTask, type PlannedVsActual, type ProjectPlan } from './plan'
import type { ResolvedPeriod, SchoolYearCalendar } from './period'
import { weekStartOf } from '../schoolWeeks'

export interface RollingPoint {
  weekStart: IsoDate
  /** The last four school weeks up to this one (holidays skipped), with their assessment. */
  window: WindowShares
  /** How many of the window's school weeks have time logged (an unlogged week adds no hours). */
  loggedWeeks: number
  assessment: ShareAssessment
}

/**
 * What the period's figures rest on. Shares count ordinary school weeks only; averages per week
 * are over the school weeks with time logged; a school week with nothing logged is a gap to
 * fill, never a zero averaged in; time in marked weeks is reported beside the shares.
 */
export interface PeriodCoverage {
  /** Ordinary school weeks of the period so far (never a week after today). */
  schoolWeeks: number
  /** Week starts of those with time logged, oldest first. */
  loggedSchoolWeeks: IsoDate[]
  /** Week starts of those with nothing logged: gaps to fill. */
  unloggedSchoolWeeks: IsoDate[]
  /** Hours in ordinary school weeks: the base of every share. */
  schoolWeekHours: number
  /** Hours in weeks marked as holiday, testing or other: not in the shares. */
  markedWeekHours: number
}

export interface DashboardSeries {
  period: ResolvedPeriod
  targets: Targets
  /** Every week of the period with its shares and flags (marked weeks are `no-school`). */
  weeks: WeekAssessment[]
  /** The rolling four-week shares as of each school week of the period that has begun. */
  rolling: RollingPoint[]
  /** The period as a whole (entries inside it, school weeks only). */
  periodShares: ShareAssessment
  /** What the figures rest on: school weeks logged and not, hours inside and outside the shares. */
  coverage: PeriodCoverage
  /** The year to date as of the period's last begun week; `loggedWeeks` of its school weeks have time logged. */
  yearToDate: WindowShares & { assessment: ShareAssessment; loggedWeeks: number }
  /** The last four school weeks as of the same week. */
  latestRolling: RollingPoint | null
  plan: PlannedVsActual
  drift: Drift
  entryCount: number
  totalHours: number
  /** Condensed records, kept for per-school breakdowns (CSV) without another pass. */
  condensed: CondensedTime
}

export interface DashboardInput {
  year: SchoolYearCalendar
  period: ResolvedPeriod
  /** Entries of the schools in scope, from the first day of the school year to the period's last day. */
  entries: readonly LoggedTime[]
  targets: Targets
  wontDo: WontDoTasks
  planned: readonly PlannedTask[]
  project: ProjectPlan
  taskTitle: (taskId: string) => string
}

const inPeriodWeeks = (period: ResolvedPeriod) => new Set(period.weeks.map((w) => w.weekStart))

/** Weekly shares and flags for the weeks of the period, from condensed (or raw) records. */
export function periodWeeks(
  records: readonly LoggedTime[],
  year: SchoolYearCalendar,
  period: ResolvedPeriod,
  targets: Targets,
): WeekAssessment[] {
  const wanted = inPeriodWeeks(period)
  return weeklyShares(records, year)
    .filter((w) => wanted.has(w.week.weekStart))
    .map((w) => weekFlags(w, targets))
}

/**
 * The rolling window as of every school week of the period up to the as-of week. Each window
 * comes from `rollingShares`; it is handed only the calendar and records from the window's
 * first school week on, which gives the same window without re-walking the whole year per point.
 */
export function rollingSeries(
  records: readonly LoggedTime[],
  year: SchoolYearCalendar,
  period: ResolvedPeriod,
  targets: Targets,
): RollingPoint[] {
  const logged = new Set(records.filter((r) => r.hours > 0).map((r) => weekStartOf(r.date, year.firstDayOfWeek)))
  const schoolWeeksOfYear = period.yearWeeks.filter((w) => w.isSchoolWeek)
  const position = new Map(schoolWeeksOfYear.map((w, i) => [w.weekStart, i]))
  return period.schoolWeeks
    .filter((w) => w.weekStart <= period.asOfWeekStart)
    .map((w) => {
      const first = schoolWeeksOfYear[Math.max(0, (position.get(w.weekStart) ?? 0) - ROLLING_WEEKS + 1)] ?? w
      const calendar = {
        ...year,
        startDate: first.weekStart > year.startDate ? first.weekStart : year.startDate,
        endDate: w.weekEnd < year.endDate ? w.weekEnd : year.endDate,
      }
      const window = rollingShares(
        records.filter((r) => r.date >= first.weekStart && r.date <= w.weekStart),
        calendar,
        w.weekStart,
      )
      const loggedWeeks = window.weekStarts.filter((ws) => logged.has(ws)).length
      return { weekStart: w.weekStart, window, loggedWeeks, assessment: assessShares(window.shares, targets) }
    })
}

export function buildDashboardSeries(input: DashboardInput): DashboardSeries {
  const { year, period, targets } = input
  const condensed = condenseEntries(input.entries, period, period.yearWeeks, year.firstDayOfWeek, input.wontDo)
  const weeks = periodWeeks(condensed.inPeriod, year, period, targets)
  const rolling = rollingSeries(condensed.toDate, year, period, targets)
  const ytd = yearToDateShares(condensed.toDate, year, period.asOfWeekStart)

  // The period's own split counts ordinary school weeks only, like the year to date.
  const schoolWeekStarts = new Set(period.schoolWeeks.map((w) => w.weekStart))
  const periodSchoolWeeks = weeks.filter((w) => schoolWeekStarts.has(w.week.weekStart))
  const hours = { coaching: 0, learning: 0, other: 0 }
  for (const w of periodSchoolWeeks) {
    hours.coaching += w.shares.hours.coaching
    hours.learning += w.shares.hours.learning
    hours.other += w.shares.hours.other
  }
  const total = hours.coaching + hours.learning + hours.other
  const periodShares = assessShares(
    {
      hours,
      total,
      percent:
        total > 0
          ? { coaching: (hours.coaching / total) * 100, learning: (hours.learning / total) * 100, other: (hours.other / total) * 100 }
          : null,
    },
    targets,
  )

  const loggedSchoolWeeks = periodSchoolWeeks.filter((w) => w.shares.total > 0).map((w) => w.week.weekStart)
  const coverage: PeriodCoverage = {
    schoolWeeks: period.schoolWeeks.length,
    loggedSchoolWeeks,
    unloggedSchoolWeeks: periodSchoolWeeks.filter((w) => w.shares.total <= 0).map((w) => w.week.weekStart),
    schoolWeekHours: total,
    markedWeekHours: fromQuarters(toQuarters(condensed.periodHours) - toQuarters(total)),
  }
  const loggedToDate = new Set(condensed.toDate.map((r) => r.date))
  const wontDoTaskIds = anyWontDo(input.wontDo)
  const plan = plannedVsActual({
    planned: input.planned,
    project: input.project,
    byTaskInPeriod: condensed.byTaskInPeriod,
    countedWeeks: loggedSchoolWeeks,
    wontDoTaskIds,
    taskTitle: input.taskTitle,
  })

  return {
    period,
    targets,
    weeks,
    rolling,
    periodShares,
    coverage,
    yearToDate: {
      ...ytd,
      assessment: assessShares(ytd.shares, targets),
      loggedWeeks: ytd.weekStarts.filter((w) => loggedToDate.has(w)).length,
    },
    latestRolling: rolling[rolling.length - 1] ?? null,
    plan,
    drift: driftByWeek(condensed.drift, input.wontDo, year.firstDayOfWeek),
    entryCount: condensed.periodEntryCount,
    totalHours: condensed.periodHours,
    condensed,
  }
}

/** Weekly shares of one school (or every school, null) from the condensed records: the CSV's per-school rows. */
export function schoolWeeks(
  series: DashboardSeries,
  year: SchoolYearCalendar,
  schoolId: string | null,
  targets: Targets,
): WeekAssessment[] {
  return periodWeeks(entriesOfSchool(series.condensed.inPeriodBySchool, schoolId), year, series.period, targets)
}

/**
 * The principal's time report: the one place its content is decided. The report may show time
 * by bucket and by task and nothing else, whatever confidentiality policy the agreement states:
 * no week notes, no decision notes, no "instead by" names, nothing written about teachers.
 * That holds by construction: `PrincipalReport` has no field that could carry free text from
 * the coach, and `buildPrincipalReport` copies figures field by field (never spreads a record).
 * The PDF is drawn from this object alone.
 */
import type { Bucket, Targets } from './buckets'
import type { IsoDate } from './dates'
import { STATUS_LABELS, type ShareStatus } from './flags'
import { WEEK_MARK_LABELS, weekRangeLabel } from './schoolWeeks'
import type { DashboardSeries } from './dashboard/series'
import type { PlanRowKind } from './dashboard/plan'
import { driftSummary, planSummary, rollingSummary, weeklySummary, yearToDateSummary } from './dashboard/summaries'

type BucketFigures = Readonly<Record<Bucket, number>>

export interface ReportShares {
  hours: BucketFigures
  total: number
  /** Percent per bucket, null when nothing was logged. */
  percent: BucketFigures | null
  status: ShareStatus
}

export interface ReportWeek {
  weekStart: IsoDate
  /** "14 – 18 Sep 2026". */
  range: string
  /** "School week", "Holiday", "Testing week", "No ordinary school". */
  kind: string
  shares: ReportShares
  statusLabel: string
  /** Generated sentences such as "Coaching 55% is below the 60% target". */
  flags: string[]
}

export interface ReportPlanRow { label: string; bucket: Bucket; plannedPerWeek: number | null; actualPerWeek: number; actualHours: number; kind: PlanRowKind }
export interface ReportDriftTask { task: string; hours: number }
export interface ReportDriftWeek { weekStart: IsoDate; range: string; hours: number }

export interface PrincipalReport {
  title: string
  coachName: string
  principalNames: string[]
  /** The school's name, or "All schools: A, B". */
  scope: string
  schoolYear: string
  period: string
  generatedOn: IsoDate
  targets: Targets
  weeks: ReportWeek[]
  rolling: { weeks: number; shares: ReportShares } | null
  yearToDate: { weeks: number; shares: ReportShares }
  periodShares: ReportShares
  plan: { weeksCounted: number; hasPlan: boolean; byBucket: ReportPlanRow[]; byTask: ReportPlanRow[]; plannedTotalPerWeek: number; actualTotalPerWeek: number }
  drift: { totalHours: number; weeks: ReportDriftWeek[]; tasks: ReportDriftTask[] }
  summaries: { weekly: string; rolling: string; yearToDate: string; plan: string; drift: string }
}

export interface ReportInput {
  series: DashboardSeries
  coachName: string
  principalNames: readonly string[]
  scope: string
  schoolYear: string
  generatedOn: IsoDate
  taskTitle: (taskId: string) => string
}

function sharesFigures(shares: { hours: BucketFigures; total: number; percent: BucketFigures | null }, status: ShareStatus): ReportShares {
  const copy = (f: BucketFigures) => ({ coaching: f.coaching, learning: f.learning, other: f.other })
  return { hours: copy(shares.hours), total: shares.total, percent: shares.percent ? copy(shares.percent) : null, status }
}

const planRow = (r: { label: string; bucket: Bucket; plannedPerWeek: number | null; actualPerWeek: number; actualHours: number; kind: PlanRowKind }): ReportPlanRow =>
  ({ label: r.label, bucket: r.bucket, plannedPerWeek: r.plannedPerWeek, actualPerWeek: r.actualPerWeek, actualHours: r.actualHours, kind: r.kind })

export function buildPrincipalReport(input: ReportInput): PrincipalReport {
  const { series } = input
  const rolling = series.latestRolling
  return {
    title: 'Coaching time report',
    coachName: input.coachName,
    principalNames: [...input.principalNames],
    scope: input.scope,
    schoolYear: input.schoolYear,
    period: series.period.label,
    generatedOn: input.generatedOn,
    targets: { coachingPct: series.targets.coachingPct, learningPct: series.targets.learningPct },
    weeks: series.weeks.map((w) => ({
      weekStart: w.week.weekStart,
      range: weekRangeLabel(w.week),
      kind: w.week.mark ? WEEK_MARK_LABELS[w.week.mark.kind] : 'School week',
      shares: sharesFigures(w.shares, w.status),
      statusLabel: STATUS_LABELS[w.status],
      flags: w.flags.map((f) => f.message),
    })),
    rolling: rolling ? { weeks: rolling.window.weekStarts.length, shares: sharesFigures(rolling.window.shares, rolling.assessment.status) } : null,
    yearToDate: { weeks: series.yearToDate.weekStarts.length, shares: sharesFigures(series.yearToDate.shares, series.yearToDate.assessment.status) },
    periodShares: sharesFigures(series.periodShares.shares, series.periodShares.status),
    plan: {
      weeksCounted: series.plan.weeksCounted, hasPlan: series.plan.hasPlan,
      byBucket: series.plan.byBucket.map(planRow), byTask: series.plan.byTask.map(planRow),
      plannedTotalPerWeek: series.plan.plannedTotalPerWeek, actualTotalPerWeek: series.plan.actualTotalPerWeek,
    },
    drift: {
      totalHours: series.drift.totalHours,
      weeks: series.drift.weeks.map((w) => {
        const week = series.period.weeks.find((pw) => pw.weekStart === w.weekStart)
        return { weekStart: w.weekStart, range: week ? weekRangeLabel(week) : w.weekStart, hours: w.hours }
      }),
      tasks: series.drift.tasks.map((t) => ({ task: input.taskTitle(t.taskId), hours: t.hours })),
    },
    summaries: {
      weekly: weeklySummary(series),
      rolling: rollingSummary(series),
      yearToDate: yearToDateSummary(series),
      plan: planSummary(series),
      drift: driftSummary(series, input.taskTitle),
    },
  }
}


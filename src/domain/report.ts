/**
 * The principal's time report: the one place its content is decided, per the agreed
 * confidentiality policy. Whatever the policy, it never holds week notes, decision notes,
 * "instead by" names or anything written about teachers: `PrincipalReport` has no field that
 * could carry free text from the coach, and `buildPrincipalReport` copies figures field by
 * field (never spreads a record). Task names (custom ones can name teachers or topics) appear
 * only where the policy allows them: "what and with whom" does; "nothing shared" carries bucket
 * totals, shares, flags and drift hours only, plus any task the coach explicitly picks for this
 * report; "own policy" carries what the coach chose with the agreement. The PDF and the
 * principal's CSV are drawn from this object alone.
 */
import type { Bucket, Targets } from './buckets'
import { policyLabel, policyStatement, reportTaskNamesOf, type Confidentiality } from './agreementSections'
import type { WeekAssessment } from './flags'
import type { IsoDate } from './dates'
import { STATUS_LABELS, type ShareStatus } from './flags'
import { WEEK_MARK_LABELS, weekRangeLabel } from './schoolWeeks'
import type { DashboardSeries } from './dashboard/series'
import type { PlanRowKind } from './dashboard/plan'
import {
  driftSummary,
  gapText,
  hoursBaseText,
  loggedWeeksText,
  planSummary,
  ROLLING_RULE,
  rollingSummary,
  weeklySummary,
  yearToDateSummary,
} from './dashboard/summaries'

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
  weekEnd: IsoDate
  /** "14 – 18 Sep 2026". */
  range: string
  /** "School week", "Holiday", "Testing week", "No ordinary school". */
  kind: string
  shares: ReportShares
  statusLabel: string
  /** Generated sentences such as "Coaching 55% is below the 60% target". */
  flags: string[]
  /** Hours on won't-do tasks that week (null in the per-school rows, which do not split drift). */
  driftHours: number | null
  /** Hours per named task that week: only tasks whose names the policy lets the report carry. */
  tasks: ReportTaskHours[]
}

export interface ReportTaskHours {
  task: string
  hours: number
}

/** One school's agreed policy as the report states it. */
export interface ReportPolicyLine {
  /** The school's name (for a report over several schools), else null. */
  school: string | null
  /** "The coach shares nothing about coaching with administrators", or that none is agreed. */
  label: string
  /** The policy in plain words, as agreed. */
  statement: string
}

/** What the policy lets the report carry, decided once and stated on the first page. */
export interface ReportPolicy {
  lines: ReportPolicyLine[]
  /** 'all': every task name; 'chosen': only the names the coach picked (maybe none). */
  taskNames: 'all' | 'chosen'
  /** The task names carried under 'chosen', in the order the coach sees them. */
  chosenTasks: string[]
  /** What the report carries, in one or two plain sentences. */
  carries: string
}

export interface ReportPlanRow {
  label: string
  bucket: Bucket
  plannedPerWeek: number | null
  actualPerWeek: number
  actualHours: number
  kind: PlanRowKind
}
export interface ReportDriftTask {
  task: string
  hours: number
}
export interface ReportDriftWeek {
  weekStart: IsoDate
  range: string
  hours: number
}

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
  policy: ReportPolicy
  /** "2 of 15 school weeks logged. 13 school weeks have nothing logged." and the hours base. */
  coverage: {
    schoolWeeks: number
    loggedSchoolWeeks: number
    unloggedSchoolWeeks: number
    schoolWeekHours: number
    markedWeekHours: number
    text: string
  }
  weeks: ReportWeek[]
  /** Per school, for a report over several schools (no task names: hours per bucket only). */
  bySchool: { school: string; weeks: ReportWeek[] }[]
  rolling: { weeks: number; loggedWeeks: number; shares: ReportShares } | null
  yearToDate: { weeks: number; loggedWeeks: number; shares: ReportShares }
  periodShares: ReportShares
  plan: {
    weeksCounted: number
    hasPlan: boolean
    byBucket: ReportPlanRow[]
    byTask: ReportPlanRow[]
    plannedTotalPerWeek: number
    actualTotalPerWeek: number
  }
  drift: { totalHours: number; weeks: ReportDriftWeek[]; tasks: ReportDriftTask[] }
  summaries: { weekly: string; rolling: string; rollingRule: string; yearToDate: string; plan: string; drift: string }
}

/** One school's agreed confidentiality (null when it has no agreement yet). */
export interface ReportPolicySource {
  school: string
  confidentiality: Confidentiality | null
}

export interface ReportInput {
  series: DashboardSeries
  coachName: string
  principalNames: readonly string[]
  scope: string
  schoolYear: string
  generatedOn: IsoDate
  taskTitle: (taskId: string) => string
  /** The policy of every school the report covers. */
  policies: readonly ReportPolicySource[]
  /** Task ids the coach explicitly picked for this report when the policy carries no names. */
  chosenTaskIds?: ReadonlySet<string>
  /** Per-school weeks, for a report over several schools. */
  schoolWeeks?: readonly { school: string; weeks: readonly WeekAssessment[] }[]
}

const NO_NOTES = 'It holds no notes about teachers, coaching conversations or meetings.'

/** The policy lines, and which task names the report may carry: all only when every school's policy allows them. */
export function reportPolicy(policies: readonly ReportPolicySource[], chosenTitles: readonly string[]): ReportPolicy {
  const several = policies.length > 1
  const lines = policies.map(({ school, confidentiality: c }): ReportPolicyLine =>
    c?.policy
      ? { school: several ? school : null, label: policyLabel(c), statement: policyStatement(c) }
      : {
          school: several ? school : null,
          label: 'No confidentiality policy is agreed yet',
          statement: 'Until one is agreed, this report carries no task names.',
        },
  )
  const all = policies.length > 0 && policies.every((p) => p.confidentiality !== null && reportTaskNamesOf(p.confidentiality) === 'all')
  const carries = all
    ? `As the policy allows, this report shows hours and shares by bucket, flags, hours on won’t-do tasks and the names of the tasks time went to. ${NO_NOTES}`
    : chosenTitles.length
      ? `As the policy asks, this report shows hours and shares by bucket, flags and hours on won’t-do tasks, and names only the tasks the coach chose to include: ${chosenTitles.join('; ')}. ${NO_NOTES}`
      : `As the policy asks, this report shows hours and shares by bucket, flags and hours on won’t-do tasks only. It names no task. ${NO_NOTES}`
  return { lines, taskNames: all ? 'all' : 'chosen', chosenTasks: all ? [] : [...chosenTitles], carries }
}

function sharesFigures(shares: { hours: BucketFigures; total: number; percent: BucketFigures | null }, status: ShareStatus): ReportShares {
  const copy = (f: BucketFigures) => ({ coaching: f.coaching, learning: f.learning, other: f.other })
  return { hours: copy(shares.hours), total: shares.total, percent: shares.percent ? copy(shares.percent) : null, status }
}

const planRow = (r: {
  label: string
  bucket: Bucket
  plannedPerWeek: number | null
  actualPerWeek: number
  actualHours: number
  kind: PlanRowKind
}): ReportPlanRow => ({
  label: r.label,
  bucket: r.bucket,
  plannedPerWeek: r.plannedPerWeek,
  actualPerWeek: r.actualPerWeek,
  actualHours: r.actualHours,
  kind: r.kind,
})

export function buildPrincipalReport(input: ReportInput): PrincipalReport {
  const { series } = input
  const rolling = series.latestRolling
  const chosen = input.chosenTaskIds ?? new Set<string>()
  const everyName =
    input.policies.length > 0 && input.policies.every((p) => p.confidentiality !== null && reportTaskNamesOf(p.confidentiality) === 'all')
  /** The one gate for task names: every name in the report passes through here. */
  const mayName = (taskId: string | null): taskId is string => taskId !== null && (everyName || chosen.has(taskId))
  const chosenTitles = everyName ? [] : [...chosen].map(input.taskTitle).sort((a, b) => a.localeCompare(b))
  const policy = reportPolicy(input.policies, chosenTitles)
  const driftByWeek = new Map(series.drift.weeks.map((w) => [w.weekStart, w.hours]))
  const reportWeek = (w: WeekAssessment, withTasks: boolean): ReportWeek => ({
    weekStart: w.week.weekStart,
    weekEnd: w.week.weekEnd,
    range: weekRangeLabel(w.week),
    kind: w.week.mark ? WEEK_MARK_LABELS[w.week.mark.kind] : 'School week',
    shares: sharesFigures(w.shares, w.status),
    statusLabel: STATUS_LABELS[w.status],
    flags: w.flags.map((f) => f.message),
    driftHours: withTasks ? (driftByWeek.get(w.week.weekStart) ?? 0) : null,
    tasks: withTasks
      ? (series.condensed.byTaskInPeriod.get(w.week.weekStart) ?? [])
          .filter((t) => mayName(t.taskId))
          .map((t) => ({ task: input.taskTitle(t.taskId!), hours: t.hours }))
          .sort((a, b) => b.hours - a.hours || a.task.localeCompare(b.task))
      : [],
  })
  const { coverage } = series
  const gap = gapText(coverage.unloggedSchoolWeeks.length)
  return {
    title: 'Coaching time report',
    coachName: input.coachName,
    principalNames: [...input.principalNames],
    scope: input.scope,
    schoolYear: input.schoolYear,
    period: series.period.label,
    generatedOn: input.generatedOn,
    targets: { coachingPct: series.targets.coachingPct, learningPct: series.targets.learningPct },
    policy,
    coverage: {
      schoolWeeks: coverage.schoolWeeks,
      loggedSchoolWeeks: coverage.loggedSchoolWeeks.length,
      unloggedSchoolWeeks: coverage.unloggedSchoolWeeks.length,
      schoolWeekHours: coverage.schoolWeekHours,
      markedWeekHours: coverage.markedWeekHours,
      text: `${loggedWeeksText(coverage.loggedSchoolWeeks.length, coverage.schoolWeeks)}${gap ? `; ${gap}` : ''}. Shares are over ${hoursBaseText(coverage)}. Weeks after today are not counted.`,
    },
    weeks: series.weeks.map((w) => reportWeek(w, true)),
    bySchool: (input.schoolWeeks ?? []).map((b) => ({ school: b.school, weeks: b.weeks.map((w) => reportWeek(w, false)) })),
    rolling: rolling
      ? {
          weeks: rolling.window.weekStarts.length,
          loggedWeeks: rolling.loggedWeeks,
          shares: sharesFigures(rolling.window.shares, rolling.assessment.status),
        }
      : null,
    yearToDate: {
      weeks: series.yearToDate.weekStarts.length,
      loggedWeeks: series.yearToDate.loggedWeeks,
      shares: sharesFigures(series.yearToDate.shares, series.yearToDate.assessment.status),
    },
    periodShares: sharesFigures(series.periodShares.shares, series.periodShares.status),
    plan: {
      weeksCounted: series.plan.weeksCounted,
      hasPlan: series.plan.hasPlan,
      byBucket: series.plan.byBucket.map(planRow),
      // Rows of time logged on a bucket alone name no task; they go with the task rows when names may be shown.
      byTask: series.plan.byTask.filter((r) => mayName(r.taskId) || (everyName && r.taskId === null)).map(planRow),
      plannedTotalPerWeek: series.plan.plannedTotalPerWeek,
      actualTotalPerWeek: series.plan.actualTotalPerWeek,
    },
    drift: {
      totalHours: series.drift.totalHours,
      weeks: series.drift.weeks.map((w) => {
        const week = series.period.weeks.find((pw) => pw.weekStart === w.weekStart)
        return { weekStart: w.weekStart, range: week ? weekRangeLabel(week) : w.weekStart, hours: w.hours }
      }),
      tasks: series.drift.tasks.filter((t) => mayName(t.taskId)).map((t) => ({ task: input.taskTitle(t.taskId), hours: t.hours })),
    },
    summaries: {
      weekly: weeklySummary(series),
      rolling: rollingSummary(series),
      rollingRule: ROLLING_RULE,
      yearToDate: yearToDateSummary(series),
      plan: planSummary(series),
      drift: driftSummary(series, (id) => (mayName(id) ? input.taskTitle(id) : null)),
    },
  }
}

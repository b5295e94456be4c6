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
import type { WeekAssessment } from '../flags'
import { STATUS_LABELS, type ShareStatus } from '../flags'
import { WEEK_MARK_LABELS } from '../schoolWeeks'
import { weekRangeLabel } from '../dateRange'
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
} from '../dashboard/summaries'
import { everyPolicyNamesTasks, reportPolicy } from './policy'
import { buildProgramSection } from './program'
import type { BucketFigures, PrincipalReport, ReportInput, ReportPlanRow, ReportShares, ReportWeek } from './types'

function sharesFigures(shares: { hours: BucketFigures; total: number; percent: BucketFigures | null }, status: ShareStatus): ReportShares {
  const copy = (f: BucketFigures) => ({ coaching: f.coaching, learning: f.learning, other: f.other })
  return { hours: copy(shares.hours), total: shares.total, percent: shares.percent ? copy(shares.percent) : null, status }
}

// Copies the report's fields only (the dashboard row also carries a task id).
const planRow = (r: ReportPlanRow): ReportPlanRow => ({
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
  const everyName = everyPolicyNamesTasks(input.policies)
  /** The one gate for task names: every name in the report passes through here. */
  const mayName = (taskId: string | null): taskId is string => taskId !== null && (everyName || chosen.has(taskId))
  const chosenTitles = everyName ? [] : [...chosen].map(input.taskTitle).sort((a, b) => a.localeCompare(b))
  const policy = reportPolicy(input.policies, chosenTitles)
  const driftByWeek = new Map(series.drift.weeks.map((w) => [w.weekStart, w.hours]))
  const reportWeek = (w: WeekAssessment, withTasks: boolean): ReportWeek => ({
    weekStart: w.week.weekStart,
    weekEnd: w.week.weekEnd,
    range: weekRangeLabel(w.week),
    kind: w.week.mark && !w.week.isSchoolWeek ? WEEK_MARK_LABELS[w.week.mark.kind] : 'School week',
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
    program: buildProgramSection(input.cycles ?? [], input.cycleSessions ?? [], input.policies, { minTeachers: input.minTeachers }),
  }
}

/**
 * One or two plain sentences per chart, so the figures can be read without the picture (and
 * are what a screen reader announces). Shares are floored to a tenth like everywhere else, so a
 * share below a target never reads as the target.
 */
import { BUCKET_LABELS, type Targets } from '../buckets'
import { formatHours } from '../hours'
import { formatPercent, ROLLING_WEEKS } from '../shares'
import type { DashboardSeries } from './series'
import type { PlanActualRow } from './plan'

const floorTenth = (p: number) => Math.floor(p * 10 + 1e-9) / 10
const points = (n: number) => `${Math.round(n * 10) / 10} ${Math.round(n * 10) === 10 ? 'point' : 'points'}`
const weeksWord = (n: number) => `${n} school ${n === 1 ? 'week' : 'weeks'}`

/** "6 points under target", "4 points above target", "exactly on target". */
export function againstTarget(percent: number, targetPct: number): string {
  const diff = floorTenth(percent) - targetPct
  if (Math.abs(diff) < 0.05) return `exactly on the ${targetPct}% target`
  return diff < 0 ? `${points(-diff)} under the ${targetPct}% target` : `${points(diff)} above the ${targetPct}% target`
}

export function rollingSummary(series: Pick<DashboardSeries, 'latestRolling' | 'targets'>): string {
  const latest = series.latestRolling
  if (!latest || !latest.window.shares.percent) return `Nothing is logged in the last ${ROLLING_WEEKS} school weeks of this period.`
  const n = latest.window.weekStarts.length
  const coaching = latest.window.shares.percent.coaching
  const learning = latest.window.shares.percent.learning
  return `Coaching averaged ${formatPercent(coaching)} over the last ${weeksWord(n)}, ${againstTarget(coaching, series.targets.coachingPct)}. ` +
    `Professional learning averaged ${formatPercent(learning)}, ${againstTarget(learning, series.targets.learningPct)}.`
}

export function weeklySummary(series: Pick<DashboardSeries, 'weeks' | 'targets' | 'periodShares'>): string {
  const logged = series.weeks.filter((w) => w.status === 'on-target' || w.status === 'below-target')
  if (logged.length === 0) return 'No school week in this period has time logged.'
  const coachingShort = logged.filter((w) => w.flags.some((f) => f.bucket === 'coaching')).length
  const learningShort = logged.filter((w) => w.flags.some((f) => f.bucket === 'learning')).length
  const p = series.periodShares.shares.percent
  const split = p ? ` Over the period: coaching ${formatPercent(p.coaching)}, professional learning ${formatPercent(p.learning)}, other duties ${formatPercent(p.other)}.` : ''
  const flagged = coachingShort === 0 && learningShort === 0
    ? `All ${logged.length} school weeks with time logged met both targets.`
    : `Of ${logged.length} school ${logged.length === 1 ? 'week' : 'weeks'} with time logged, coaching was below ${series.targets.coachingPct}% in ${coachingShort} and professional learning below ${series.targets.learningPct}% in ${learningShort}.`
  return flagged + split
}

export function yearToDateSummary(series: Pick<DashboardSeries, 'yearToDate' | 'targets'>): string {
  const { shares, weekStarts } = series.yearToDate
  if (!shares.percent) return 'Nothing is logged in the school year so far.'
  const p = shares.percent
  return `Year to date (${weeksWord(weekStarts.length)}, ${formatHours(shares.total)} h): coaching ${formatPercent(p.coaching)}, ${againstTarget(p.coaching, series.targets.coachingPct)}; ` +
    `professional learning ${formatPercent(p.learning)}, ${againstTarget(p.learning, series.targets.learningPct)}; other duties ${formatPercent(p.other)}.`
}

function planLine(row: PlanActualRow): string {
  const actual = `${formatHours(row.actualPerWeek)} h a week`
  if (row.plannedPerWeek === null) return `${row.label}: ${actual} (not estimated in the plan)`
  const diff = Math.round((row.actualPerWeek - row.plannedPerWeek) * 100) / 100
  const delta = diff === 0 ? 'as planned' : `${formatHours(Math.abs(diff))} h ${diff < 0 ? 'less' : 'more'} than planned`
  return `${row.label}: planned ${formatHours(row.plannedPerWeek)} h, logged ${actual}, ${delta}`
}

export function planSummary(series: Pick<DashboardSeries, 'plan'>): string {
  const plan = series.plan
  if (!plan.hasPlan) return 'The agreement has no hour estimates for its will-do tasks yet, so there is no plan to compare with. Estimates are added in the meeting.'
  if (plan.weeksCounted === 0) return 'No school week of this period has begun yet.'
  return `Average per school week over ${weeksWord(plan.weeksCounted)}. ` + plan.byBucket.map(planLine).join('. ') + '.'
}

export function driftSummary(series: Pick<DashboardSeries, 'drift'>, taskTitle: (taskId: string) => string): string {
  const { drift } = series
  if (drift.totalHours <= 0) return 'No time went to tasks the agreement marked won’t-do in this period.'
  const top = drift.tasks[0]
  const weeks = drift.weeks.length
  return `${formatHours(drift.totalHours)} h went to won’t-do tasks in ${weeks} ${weeks === 1 ? 'week' : 'weeks'} of this period` +
    (top ? `; the most on “${taskTitle(top.taskId)}” (${formatHours(top.hours)} h).` : '.')
}

/** The headline figures shown first on the dashboard. */
export interface HeadlineFigure { id: 'rolling' | 'ytd' | 'period' | 'drift'; label: string; value: string; detail: string; below: boolean }

export function headlineFigures(series: DashboardSeries, targets: Targets): HeadlineFigure[] {
  const rolling = series.latestRolling?.window.shares.percent
  const ytd = series.yearToDate.shares.percent
  const period = series.periodShares.shares.percent
  return [
    {
      id: 'rolling', label: `Coaching, last ${ROLLING_WEEKS} school weeks`, value: rolling ? formatPercent(rolling.coaching) : '–',
      detail: rolling ? againstTarget(rolling.coaching, targets.coachingPct) : 'nothing logged', below: series.latestRolling?.assessment.status === 'below-target',
    },
    {
      id: 'ytd', label: 'Coaching, year to date', value: ytd ? formatPercent(ytd.coaching) : '–',
      detail: ytd ? `${BUCKET_LABELS.learning.toLowerCase()} ${formatPercent(ytd.learning)}` : 'nothing logged', below: series.yearToDate.assessment.status === 'below-target',
    },
    {
      id: 'period', label: 'Coaching, this period', value: period ? formatPercent(period.coaching) : '–',
      detail: `${formatHours(series.totalHours)} h logged in total`, below: series.periodShares.status === 'below-target',
    },
    {
      id: 'drift', label: 'On won’t-do tasks', value: `${formatHours(series.drift.totalHours)} h`,
      detail: 'in this period', below: series.drift.totalHours > 0,
    },
  ]
}

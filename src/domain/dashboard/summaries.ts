/**
 * One or two plain sentences per chart, so the figures can be read without the picture (and
 * are what a screen reader announces). Shares are floored to a tenth like everywhere else, so a
 * share below a target never reads as the target.
 */
import { BUCKET_LABELS, type Targets } from '../buckets'
import { formatHours } from '../hours'
import { formatPercent, ROLLING_WEEKS } from '../shares'
import type { DashboardSeries, PeriodCoverage } from './series'
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

/** "2 of 15 school weeks logged". */
export function loggedWeeksText(logged: number, of: number): string {
  return `${logged} of ${weeksWord(of)} logged`
}

/** "13 school weeks have nothing logged", or null when there is no gap. */
export function gapText(unlogged: number): string | null {
  if (unlogged <= 0) return null
  return `${weeksWord(unlogged)} ${unlogged === 1 ? 'has' : 'have'} nothing logged`
}

/** "80 h in school weeks, plus 3 h in marked weeks": the hours the shares rest on, and the rest. */
export function hoursBaseText(coverage: PeriodCoverage): string {
  const base = `${formatHours(coverage.schoolWeekHours)} h in school weeks`
  return coverage.markedWeekHours > 0 ? `${base}, plus ${formatHours(coverage.markedWeekHours)} h in marked weeks` : base
}

/** How an unlogged school week counts in the rolling window, said the same way on screen and in the report. */
export const ROLLING_RULE = `The rolling figure covers the last ${ROLLING_WEEKS} school weeks, holiday and testing weeks skipped. A school week with nothing logged stays in those ${ROLLING_WEEKS} as a gap: it adds no hours, so it neither lowers nor raises the shares, and the figure says how many of the ${ROLLING_WEEKS} weeks have time logged.`

export function rollingSummary(series: Pick<DashboardSeries, 'latestRolling' | 'targets'>): string {
  const latest = series.latestRolling
  if (!latest || !latest.window.shares.percent) return `Nothing is logged in the last ${ROLLING_WEEKS} school weeks of this period.`
  const n = latest.window.weekStarts.length
  const coaching = latest.window.shares.percent.coaching
  const learning = latest.window.shares.percent.learning
  return (
    `Over the last ${weeksWord(n)} (${latest.loggedWeeks} of them logged, ${formatHours(latest.window.shares.total)} h), coaching was ${formatPercent(coaching)}, ${againstTarget(coaching, series.targets.coachingPct)}, ` +
    `and professional learning ${formatPercent(learning)}, ${againstTarget(learning, series.targets.learningPct)}.`
  )
}

export function weeklySummary(series: Pick<DashboardSeries, 'weeks' | 'targets' | 'periodShares' | 'coverage'>): string {
  const { coverage } = series
  const base = `${loggedWeeksText(coverage.loggedSchoolWeeks.length, coverage.schoolWeeks)}.`
  const gap = gapText(coverage.unloggedSchoolWeeks.length)
  const gapSentence = gap ? ` ${gap[0]!.toUpperCase()}${gap.slice(1)}: a gap to fill, not counted as zero.` : ''
  const logged = series.weeks.filter((w) => w.status === 'on-target' || w.status === 'below-target')
  if (logged.length === 0) return `No school week in this period has time logged. ${base}`
  const coachingShort = logged.filter((w) => w.flags.some((f) => f.bucket === 'coaching')).length
  const learningShort = logged.filter((w) => w.flags.some((f) => f.bucket === 'learning')).length
  const p = series.periodShares.shares.percent
  const split = p
    ? ` Over ${hoursBaseText(coverage)}: coaching ${formatPercent(p.coaching)}, professional learning ${formatPercent(p.learning)}, other duties ${formatPercent(p.other)}.`
    : ''
  const flagged =
    coachingShort === 0 && learningShort === 0
      ? `All ${logged.length} school weeks with time logged met both targets.`
      : `Of ${logged.length} school ${logged.length === 1 ? 'week' : 'weeks'} with time logged, coaching was below ${series.targets.coachingPct}% in ${coachingShort} and professional learning below ${series.targets.learningPct}% in ${learningShort}.`
  return `${base}${gapSentence} ${flagged}${split}`
}

export function yearToDateSummary(series: Pick<DashboardSeries, 'yearToDate' | 'targets'>): string {
  const { shares, weekStarts, loggedWeeks } = series.yearToDate
  if (!shares.percent) return `Nothing is logged in the school year so far (${weeksWord(weekStarts.length)}).`
  const p = shares.percent
  return (
    `Year to date (${loggedWeeksText(loggedWeeks, weekStarts.length)}, ${formatHours(shares.total)} h): coaching ${formatPercent(p.coaching)}, ${againstTarget(p.coaching, series.targets.coachingPct)}; ` +
    `professional learning ${formatPercent(p.learning)}, ${againstTarget(p.learning, series.targets.learningPct)}; other duties ${formatPercent(p.other)}.`
  )
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
  if (!plan.hasPlan)
    return 'The agreement has no hour estimates for its will-do tasks yet, so there is no plan to compare with. Estimates are added in the meeting.'
  if (plan.weeksCounted === 0) return 'No school week of this period has time logged yet, so there is nothing to compare with the plan.'
  return `Average per week over the ${weeksWord(plan.weeksCounted)} with time logged. ` + plan.byBucket.map(planLine).join('. ') + '.'
}

/** `taskTitle` returns null for a task whose name may not be shown: the sentence then names none. */
export function driftSummary(series: Pick<DashboardSeries, 'drift'>, taskTitle: (taskId: string) => string | null): string {
  const { drift } = series
  if (drift.totalHours <= 0) return 'No time went to tasks the agreement marked won’t-do in this period.'
  const top = drift.tasks[0]
  const title = top ? taskTitle(top.taskId) : null
  const weeks = drift.weeks.length
  return (
    `${formatHours(drift.totalHours)} h went to won’t-do tasks in ${weeks} ${weeks === 1 ? 'week' : 'weeks'} of this period` +
    (top && title !== null ? `; the most on “${title}” (${formatHours(top.hours)} h).` : '.')
  )
}

/**
 * The headline figures shown first on the dashboard. Each card warns about its own measure only:
 * the coaching cards about coaching, the professional learning card about professional learning,
 * the weeks card about gaps in the log, the drift card about won't-do time.
 */
export type HeadlineId = 'logged' | 'coaching' | 'learning' | 'rolling' | 'ytd' | 'drift'
export interface HeadlineFigure {
  id: HeadlineId
  label: string
  value: string
  detail: string
  below: boolean
  warning: string | null
}

const flagged = (a: { flags: readonly { bucket: string }[] }, bucket: 'coaching' | 'learning') => a.flags.some((f) => f.bucket === bucket)

export function headlineFigures(series: DashboardSeries, targets: Targets): HeadlineFigure[] {
  const { coverage } = series
  const period = series.periodShares.shares.percent
  const rolling = series.latestRolling
  const rollingPct = rolling?.window.shares.percent
  const ytd = series.yearToDate
  const gap = gapText(coverage.unloggedSchoolWeeks.length)
  const coachingBelow = flagged(series.periodShares, 'coaching')
  const learningBelow = flagged(series.periodShares, 'learning')
  const rollingBelow = rolling ? flagged(rolling.assessment, 'coaching') : false
  const ytdBelow = flagged(ytd.assessment, 'coaching')
  return [
    {
      id: 'logged',
      label: 'School weeks logged, this period',
      value: `${coverage.loggedSchoolWeeks.length} of ${coverage.schoolWeeks}`,
      detail: gap ? `${gap}: a gap to fill, not counted as zero` : 'every school week so far has time logged',
      below: gap !== null,
      warning: gap ? 'Gaps in the log' : null,
    },
    {
      id: 'coaching',
      label: `${BUCKET_LABELS.coaching}, this period`,
      value: period ? formatPercent(period.coaching) : '–',
      detail: period
        ? `${againstTarget(period.coaching, targets.coachingPct)}, over ${hoursBaseText(coverage)}`
        : 'nothing logged in school weeks',
      below: coachingBelow,
      warning: coachingBelow ? `Below the ${targets.coachingPct}% target` : null,
    },
    {
      id: 'learning',
      label: `${BUCKET_LABELS.learning}, this period`,
      value: period ? formatPercent(period.learning) : '–',
      detail: period
        ? `${againstTarget(period.learning, targets.learningPct)}, over ${formatHours(coverage.schoolWeekHours)} h logged in school weeks`
        : 'nothing logged in school weeks',
      below: learningBelow,
      warning: learningBelow ? `Below the ${targets.learningPct}% target` : null,
    },
    {
      id: 'rolling',
      label: `${BUCKET_LABELS.coaching}, last ${ROLLING_WEEKS} school weeks`,
      value: rollingPct ? formatPercent(rollingPct.coaching) : '–',
      detail: rolling
        ? `${loggedWeeksText(rolling.loggedWeeks, rolling.window.weekStarts.length)}${rollingPct ? `, ${againstTarget(rollingPct.coaching, targets.coachingPct)}` : ''}`
        : 'nothing logged',
      below: rollingBelow,
      warning: rollingBelow ? `Below the ${targets.coachingPct}% target` : null,
    },
    {
      id: 'ytd',
      label: `${BUCKET_LABELS.coaching}, year to date`,
      value: ytd.shares.percent ? formatPercent(ytd.shares.percent.coaching) : '–',
      detail: `${loggedWeeksText(ytd.loggedWeeks, ytd.weekStarts.length)}${ytd.shares.percent ? `, ${againstTarget(ytd.shares.percent.coaching, targets.coachingPct)}` : ''}`,
      below: ytdBelow,
      warning: ytdBelow ? `Below the ${targets.coachingPct}% target` : null,
    },
    {
      id: 'drift',
      label: 'On won’t-do tasks, this period',
      value: `${formatHours(series.drift.totalHours)} h`,
      detail:
        series.drift.totalHours > 0
          ? `in ${series.drift.weeks.length} ${series.drift.weeks.length === 1 ? 'week' : 'weeks'}`
          : 'none in this period',
      below: series.drift.totalHours > 0,
      warning: series.drift.totalHours > 0 ? 'Time on won’t-do tasks' : null,
    },
  ]
}

/** How to read the weekly chart: the dashboard's key and the report's caption say the same. */
export function weeklyChartKey(targets: Targets): string {
  return (
    `Two lines, each against its own target: ${BUCKET_LABELS.coaching.toLowerCase()} (solid line, circles) with its ${targets.coachingPct}% target (dashed), ` +
    `and ${BUCKET_LABELS.learning.toLowerCase()} (broken line, squares) with its ${targets.learningPct}% target (dotted). ` +
    'A triangle marks a week below that line’s target; a gap in a line is a school week with nothing logged; shaded weeks had no ordinary school.'
  )
}

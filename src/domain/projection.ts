import { BUCKETS, BUCKET_LABELS, type Bucket, type Targets } from './buckets'
import type { Decision, Task } from './schemas'
import { formatHoursWithUnit } from './hours'
import { formatPercent } from './shares'

/** One will-do task's estimate: the input of the projection. */
export interface PlannedHours {
  bucket: Bucket
  /** Estimated hours per week; null while nobody has estimated it yet. */
  weeklyHours: number | null
}

export type SplitWarningKind = 'coaching-short' | 'learning-short' | 'other-over'

export interface SplitWarning {
  kind: SplitWarningKind
  bucket: Bucket
  /**
   * Hours per week to move into (for coaching and learning) or out of (for other duties) the
   * bucket, keeping the planned week the same length, for the plan to meet the target.
   */
  hoursPerWeek: number
  /** A sentence to show next to a warning icon. */
  message: string
}

export interface ProjectedSplit {
  /** Sum of all estimated will-do hours per week. */
  totalHours: number
  hours: Record<Bucket, number>
  /** Share of the planned week per bucket, 0–100 (all 0 when nothing is planned). */
  percent: Record<Bucket, number>
  targets: Targets
  /** The most other duties may take once both targets are met (100 − coaching − learning). */
  otherLimitPct: number
  /** 'no-hours': nothing estimated yet; 'meets': both targets met; 'short': at least one warning. */
  status: 'no-hours' | 'meets' | 'short'
  warnings: SplitWarning[]
  /** Will-do tasks without an hours estimate: they count for nothing until estimated. */
  unestimatedCount: number
}

// Comparisons allow for float noise, so exactly 60% counts as meeting a 60% target.
const EPSILON = 1e-9

/**
 * A shortfall in the one hours format, rounded *up* to the hundredth it is shown with, so a
 * real shortfall never reads as "0 h" and a quarter-hour gap reads exactly (1.25 h, not 1.3 h).
 */
function shortfallHours(hours: number): string {
  return formatHoursWithUnit(Math.ceil(hours * 100 - 1e-6) / 100)
}

/**
 * The projected weekly split of the coach's planned time, and whether that plan can meet the
 * targets. Pure: pass the will-do tasks' estimates (see `plannedHoursFromDecisions`).
 */
export function projectSplit(planned: readonly PlannedHours[], targets: Targets): ProjectedSplit {
  const hours: Record<Bucket, number> = { coaching: 0, learning: 0, other: 0 }
  let unestimatedCount = 0
  for (const item of planned) {
    if (item.weeklyHours === null) unestimatedCount += 1
    else hours[item.bucket] += item.weeklyHours
  }
  const totalHours = hours.coaching + hours.learning + hours.other
  const percent: Record<Bucket, number> = { coaching: 0, learning: 0, other: 0 }
  if (totalHours > 0) for (const b of BUCKETS) percent[b] = (hours[b] / totalHours) * 100
  const otherLimitPct = Math.max(0, 100 - targets.coachingPct - targets.learningPct)
  const result = { totalHours, hours, percent, targets: { ...targets }, otherLimitPct, unestimatedCount }
  if (totalHours <= 0) return { ...result, status: 'no-hours', warnings: [] }

  const warnings: SplitWarning[] = []
  const shortOf = (bucket: Bucket, pct: number) => (pct / 100) * totalHours - hours[bucket]
  // Coaching and learning fall short of their targets the same way; only the words differ.
  const warnShort = (kind: 'coaching-short' | 'learning-short', bucket: 'coaching' | 'learning', label: string, pct: number) => {
    const short = shortOf(bucket, pct)
    if (short <= EPSILON) return
    warnings.push({
      kind,
      bucket,
      hoursPerWeek: short,
      message: `${label} is ${shortfallHours(short)} a week short of ${pct}% (${formatPercent(percent[bucket])} planned).`,
    })
  }
  warnShort('coaching-short', 'coaching', 'Coaching', targets.coachingPct)
  warnShort('learning-short', 'learning', 'Professional learning', targets.learningPct)
  const otherOver = hours.other - (otherLimitPct / 100) * totalHours
  if (otherOver > EPSILON) {
    warnings.push({
      kind: 'other-over',
      bucket: 'other',
      hoursPerWeek: otherOver,
      message: `${BUCKET_LABELS.other} take ${shortfallHours(otherOver)} a week more than the ${otherLimitPct}% left for them (${formatPercent(percent.other)} planned).`,
    })
  }
  return { ...result, status: warnings.length ? 'short' : 'meets', warnings }
}

/**
 * The will-do decisions of one agreement as projection input. Decisions keep their hours when
 * the choice changes (so switching back loses nothing), so only 'will' choices count here.
 * Tasks not in `tasksById` (deleted or filtered out by the caller) are skipped.
 */
export function plannedHoursFromDecisions(
  decisions: readonly Decision[],
  tasksById: ReadonlyMap<string, Pick<Task, 'bucket'>>,
): PlannedHours[] {
  const planned: PlannedHours[] = []
  for (const d of decisions) {
    if (d.choice !== 'will') continue
    const task = tasksById.get(d.taskId)
    if (task) planned.push({ bucket: task.bucket, weeklyHours: d.weeklyHours })
  }
  return planned
}

/**
 * Planned versus actual: the weekly hours the agreement estimated for its will-do tasks against
 * the hours really logged, as an average per school week with time logged. A school week with
 * nothing logged is a gap in the log, not a week of zero hours, so it is left out of the average
 * (the dashboard names the gaps); weeks after today are never counted; only entries inside
 * ordinary school weeks count, as for the year-to-date shares.
 */
import { BUCKETS, BUCKET_LABELS, type Bucket } from '../buckets'
import type { IsoDate } from '../dates'
import type { Decision, Task } from '../schemas'
import type { TaskTime } from './aggregate'

/** One will-do task's estimate from an agreement. */
export interface PlannedTask {
  taskId: string
  bucket: Bucket
  /** Estimated hours per week; null when the agreement left it open. */
  weeklyHours: number | null
}

/** The projected weekly split of the plan (the meeting's `projectSplit` satisfies this). */
export interface PlanProjection {
  hours: Record<Bucket, number>
  totalHours: number
  unestimatedCount: number
}

export type ProjectPlan = (planned: readonly { bucket: Bucket; weeklyHours: number | null }[]) => PlanProjection

/** The will-do decisions of an agreement as planned tasks; other choices are not part of the plan. */
export function plannedTasksOf(
  decisions: readonly Pick<Decision, 'taskId' | 'choice' | 'weeklyHours'>[],
  tasksById: ReadonlyMap<string, Pick<Task, 'bucket'>>,
): PlannedTask[] {
  const planned: PlannedTask[] = []
  for (const d of decisions) {
    const task = tasksById.get(d.taskId)
    if (d.choice === 'will' && task) planned.push({ taskId: d.taskId, bucket: task.bucket, weeklyHours: d.weeklyHours })
  }
  return planned
}

export type PlanRowKind = 'planned' | 'unplanned' | 'wont'

export interface PlanActualRow {
  /** Task id, or `bucket:<bucket>` for bucket rows and time logged without a task. */
  key: string
  taskId: string | null
  bucket: Bucket
  label: string
  /** Hours a week the plan expects; null when not in the plan or not estimated. */
  plannedPerWeek: number | null
  /** Average hours logged per school week with time logged. */
  actualPerWeek: number
  /** All hours logged in those weeks. */
  actualHours: number
  kind: PlanRowKind
}

export interface PlannedVsActual {
  /** School weeks of the period with time logged: the divisor of the averages. */
  weeksCounted: number
  byBucket: PlanActualRow[]
  /** Planned tasks first (largest plan first), then unplanned time by hours. */
  byTask: PlanActualRow[]
  plannedTotalPerWeek: number
  actualTotalPerWeek: number
  /** True when the agreement estimated hours for at least one will-do task. */
  hasPlan: boolean
  unestimatedCount: number
}

const round2 = (n: number) => Math.round(n * 100) / 100

export interface PlanActualInput {
  planned: readonly PlannedTask[]
  project: ProjectPlan
  /** Hours per week start and task, inside the period (from `condenseEntries`). */
  byTaskInPeriod: ReadonlyMap<IsoDate, readonly TaskTime[]>
  /** Week starts of the school weeks that count (ordinary school, time logged, not after today). */
  countedWeeks: readonly IsoDate[]
  wontDoTaskIds: ReadonlySet<string>
  taskTitle: (taskId: string) => string
}

export function plannedVsActual(input: PlanActualInput): PlannedVsActual {
  const weeks = input.countedWeeks.length
  const projection = input.project(input.planned)
  const perWeek = (hours: number) => (weeks > 0 ? round2(hours / weeks) : 0)

  const actualByKey = new Map<string, TaskTime>()
  for (const week of input.countedWeeks) {
    for (const t of input.byTaskInPeriod.get(week) ?? []) {
      const key = t.taskId ?? `bucket:${t.bucket}`
      const slot = actualByKey.get(key)
      if (slot) slot.hours += t.hours
      else actualByKey.set(key, { ...t })
    }
  }

  const plannedByTask = new Map<string, PlannedTask & { weeklyHours: number | null }>()
  for (const p of input.planned) {
    const slot = plannedByTask.get(p.taskId)
    // The same task can be planned at two schools: the combined plan adds both estimates.
    if (slot) slot.weeklyHours = p.weeklyHours === null ? slot.weeklyHours : (slot.weeklyHours ?? 0) + p.weeklyHours
    else plannedByTask.set(p.taskId, { ...p })
  }

  const byTask: PlanActualRow[] = []
  for (const p of plannedByTask.values()) {
    const actual = actualByKey.get(p.taskId)?.hours ?? 0
    byTask.push({
      key: p.taskId,
      taskId: p.taskId,
      bucket: p.bucket,
      label: input.taskTitle(p.taskId),
      plannedPerWeek: p.weeklyHours,
      actualPerWeek: perWeek(actual),
      actualHours: actual,
      kind: 'planned',
    })
  }
  const unplanned: PlanActualRow[] = []
  for (const [key, t] of actualByKey) {
    if (t.taskId !== null && plannedByTask.has(t.taskId)) continue
    const label = t.taskId === null ? `${BUCKET_LABELS[t.bucket]} (no task named)` : input.taskTitle(t.taskId)
    const kind: PlanRowKind = t.taskId !== null && input.wontDoTaskIds.has(t.taskId) ? 'wont' : 'unplanned'
    unplanned.push({
      key,
      taskId: t.taskId,
      bucket: t.bucket,
      label,
      plannedPerWeek: null,
      actualPerWeek: perWeek(t.hours),
      actualHours: t.hours,
      kind,
    })
  }
  byTask.sort(
    (a, b) => (b.plannedPerWeek ?? 0) - (a.plannedPerWeek ?? 0) || b.actualHours - a.actualHours || a.label.localeCompare(b.label),
  )
  unplanned.sort((a, b) => b.actualHours - a.actualHours || a.label.localeCompare(b.label))

  const actualBucket: Record<Bucket, number> = { coaching: 0, learning: 0, other: 0 }
  for (const t of actualByKey.values()) actualBucket[t.bucket] += t.hours
  const byBucket = BUCKETS.map((bucket): PlanActualRow => ({
    key: `bucket:${bucket}`,
    taskId: null,
    bucket,
    label: BUCKET_LABELS[bucket],
    plannedPerWeek: projection.totalHours > 0 ? round2(projection.hours[bucket]) : null,
    actualPerWeek: perWeek(actualBucket[bucket]),
    actualHours: actualBucket[bucket],
    kind: 'planned',
  }))
  const actualTotal = BUCKETS.reduce((s, b) => s + actualBucket[b], 0)
  return {
    weeksCounted: weeks,
    byBucket,
    byTask: [...byTask, ...unplanned],
    plannedTotalPerWeek: round2(projection.totalHours),
    actualTotalPerWeek: perWeek(actualTotal),
    hasPlan: projection.totalHours > 0,
    unestimatedCount: projection.unestimatedCount,
  }
}

/**
 * The rows of the weekly timesheet. Rows are the will-do tasks of the agreement in force,
 * grouped by bucket, plus any row the coach added or already logged time on: another task
 * (won't-do ones included, which is how drift gets logged) or a bucket as a whole.
 */
import { BUCKETS, BUCKET_LABELS, type Bucket } from './buckets'
import type { Agreement, Decision, Task } from './schemas'

export type RowKey = string
/** Why a row is on the sheet: a will-do task, a row the coach added, time logged, or a bucket row shown when there is no agreement. */
export type RowSource = 'agreement' | 'added' | 'logged' | 'standard'

export interface TimesheetRow {
  /** The task id, or `bucket:<bucket>` for time on a bucket as a whole. */
  rowKey: RowKey
  taskId: string | null
  bucket: Bucket
  title: string
  /** Why the row is shown (see RowSource); only rows the coach added can be removed. */
  source: RowSource
  /** True when the agreement in force marked the task won't-do: hours here are drift. */
  wontDo: boolean
}

const BUCKET_ROW_PREFIX = 'bucket:'

export function bucketRowKey(bucket: Bucket): RowKey {
  return `${BUCKET_ROW_PREFIX}${bucket}`
}

/** The bucket a bucket-only row key names, or null for a task row. */
export function bucketOfRowKey(rowKey: RowKey): Bucket | null {
  if (!rowKey.startsWith(BUCKET_ROW_PREFIX)) return null
  const bucket = rowKey.slice(BUCKET_ROW_PREFIX.length)
  return (BUCKETS as readonly string[]).includes(bucket) ? (bucket as Bucket) : null
}

export function bucketRowTitle(bucket: Bucket): string {
  return `${BUCKET_LABELS[bucket]}, no specific task`
}

/**
 * The agreement in force for one school and school year: the latest signed version; until one
 * is signed, the latest draft (so the rows a meeting just decided appear at once).
 */
export function agreementInForce<A extends Pick<Agreement, 'version' | 'status'>>(versions: readonly A[]): A | null {
  const latest = (list: readonly A[]) => list.reduce<A | null>((best, a) => (!best || a.version > best.version ? a : best), null)
  return latest(versions.filter((a) => a.status === 'signed')) ?? latest(versions)
}

export interface RowsInput {
  tasks: readonly Task[]
  /** Decisions of the agreement in force (empty when there is none). */
  decisions: readonly Pick<Decision, 'taskId' | 'choice'>[]
  /** Rows the coach added with "Add a row". */
  addedRowKeys: readonly RowKey[]
  /** Rows with hours logged in the week shown. */
  loggedRowKeys: readonly RowKey[]
  /** Show the three bucket-only rows (when there is no agreement to fill the sheet). */
  includeBucketRows: boolean
}

/** The rows to show, grouped by bucket (coaching, learning, other); will-do rows first, in catalog order. */
export function timesheetRows(input: RowsInput): TimesheetRow[] {
  const tasksById = new Map(input.tasks.map((t) => [t.id, t]))
  const choiceOf = new Map(input.decisions.map((d) => [d.taskId, d.choice]))
  const rows = new Map<RowKey, TimesheetRow>()
  const add = (rowKey: RowKey, source: RowSource) => {
    if (rows.has(rowKey)) return
    const bucket = bucketOfRowKey(rowKey)
    if (bucket) {
      rows.set(rowKey, { rowKey, taskId: null, bucket, title: bucketRowTitle(bucket), source, wontDo: false })
      return
    }
    const task = tasksById.get(rowKey)
    if (!task) return
    rows.set(rowKey, { rowKey, taskId: task.id, bucket: task.bucket, title: task.title, source, wontDo: choiceOf.get(task.id) === 'wont' })
  }
  const willDo = input.tasks.filter((t) => choiceOf.get(t.id) === 'will').sort((a, b) => a.sortOrder - b.sortOrder)
  for (const task of willDo) add(task.id, 'agreement')
  if (input.includeBucketRows) for (const b of BUCKETS) add(bucketRowKey(b), 'standard')
  for (const key of input.loggedRowKeys) add(key, 'logged')
  for (const key of input.addedRowKeys) add(key, 'added')
  const order = (r: TimesheetRow) => (r.source === 'agreement' ? 0 : r.taskId ? 1 : 2)
  return [...rows.values()].sort(
    (a, b) =>
      BUCKETS.indexOf(a.bucket) - BUCKETS.indexOf(b.bucket) ||
      order(a) - order(b) ||
      (order(a) === 0
        ? (tasksById.get(a.rowKey)?.sortOrder ?? 0) - (tasksById.get(b.rowKey)?.sortOrder ?? 0)
        : a.title.localeCompare(b.title)),
  )
}

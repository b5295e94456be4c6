/**
 * Which timesheet row a session can land on: the coaching-task rows of the week's sheet for the
 * cycle's school (as the week grid builds them, see timesheetRows), plus the coaching bucket row.
 */
import type { Task } from '../schemas'
import type { TimesheetRow } from '../timesheet'
import { COACHING_BUCKET_ROW } from './sessionHours'

export interface SessionRowChoice {
  rowKey: string
  title: string
}

export const COACHING_NO_TASK = 'Coaching (no task)'

/** The coaching-task rows on the sheet, then "Coaching (no task)". */
export function sessionRowChoices(rows: readonly TimesheetRow[]): SessionRowChoice[] {
  const tasks = rows.filter((r) => r.bucket === 'coaching' && r.taskId !== null).map((r) => ({ rowKey: r.rowKey, title: r.title }))
  return [...tasks, { rowKey: COACHING_BUCKET_ROW, title: COACHING_NO_TASK }]
}

/** The name of the row a session landed on, for the list of sessions. */
export function sessionRowTitle(rowKey: string, tasks: readonly Pick<Task, 'id' | 'title'>[]): string {
  if (rowKey === COACHING_BUCKET_ROW) return COACHING_NO_TASK
  return tasks.find((t) => t.id === rowKey)?.title ?? 'A task that was removed'
}

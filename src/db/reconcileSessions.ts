/**
 * After a restore or merge: every time entry's session part is worked out again from the cycle
 * sessions now held (the typed part is kept), by the one rule of sessionPartOf (a cell's session
 * minutes to the nearest quarter hour), so sessions and the grid agree. Runs inside the
 * caller's transaction, which must include timeEntries, cycleSessions and tasks.
 */
import { reconcileSessionHours } from '@/domain/cycles/sessionHours'
import { newId } from '@/domain/ids'
import { timeEntrySchema, type TimeEntry } from '@/domain/schemas'
import { bucketOfRowKey, bucketRowKey } from '@/domain/timesheet'
import { validate } from '@/domain/validation'
import type { CoachDatabase } from './database'

const same = (a: TimeEntry, b: TimeEntry) => a.hours === b.hours && a.sessionHours === b.sessionHours

export async function reconcileStoredSessionHours(database: CoachDatabase): Promise<void> {
  const entries = await database.timeEntries.toArray()
  const sessions = await database.cycleSessions.toArray()
  if (!sessions.length && !entries.some((e) => e.sessionHours)) return
  const { entries: kept, missing } = reconcileSessionHours(entries, sessions)
  const now = Date.now()
  const keptIds = new Set(kept.map((e) => e.id))
  const byId = new Map(entries.map((e) => [e.id, e]))
  const dropped = entries.filter((e) => !keptIds.has(e.id)).map((e) => e.id)
  const changed = kept
    .filter((e) => !same(e, byId.get(e.id)!))
    .map((e) => validate(timeEntrySchema, 'time entry', { ...e, updatedAt: now }))
  for (const cell of missing) {
    const bucket = bucketOfRowKey(cell.rowKey)
    const task = bucket ? undefined : await database.tasks.get(cell.rowKey)
    if (!bucket && !task) continue
    changed.push(
      validate(timeEntrySchema, 'time entry', {
        id: newId(),
        schoolId: cell.schoolId,
        date: cell.date,
        taskId: task?.id ?? null,
        bucket: task?.bucket ?? bucket,
        rowKey: task?.id ?? bucketRowKey(bucket!),
        hours: cell.hours,
        sessionHours: cell.hours,
        createdAt: now,
        updatedAt: now,
      }),
    )
  }
  if (dropped.length) await database.timeEntries.bulkDelete(dropped)
  if (changed.length) await database.timeEntries.bulkPut(changed)
}

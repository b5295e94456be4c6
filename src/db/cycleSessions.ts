/**
 * Writes of coaching-cycle sessions. A session's time lands in the week grid: each write keeps
 * the time entry of the session's cell (`hours` = typed + session part, `sessionHours` = session
 * part) and the day totals up to date in the same transaction as the session itself.
 */
import type { Bucket } from '@/domain/buckets'
import { cellAfterSessionChange, minutesToHours } from '@/domain/cycles/sessionHours'
import type { IsoDate } from '@/domain/dates'
import { formatHours } from '@/domain/hours'
import { newId } from '@/domain/ids'
import { MAX_DAILY_HOURS, timeEntrySchema, type SchoolYear } from '@/domain/schemas'
import { cycleSessionSchema, type CycleSession, type SessionKind } from '@/domain/schemas/cycle'
import { isInSchoolYear, markOfWeek, weekStartOf } from '@/domain/schoolWeeks'
import { bucketOfRowKey, bucketRowKey } from '@/domain/timesheet'
import { RecordValidationError, validate } from '@/domain/validation'
import { db } from './database'
import { refreshDayTotals } from './dayTotals'

export interface SessionInput {
  cycleId: string
  date: IsoDate
  minutes: number
  kind: SessionKind
  rowKey: string
  note: string
  confirmMarkedDay?: boolean
}

/** A session on a marked week (holiday, testing...) that the coach has not confirmed yet. */
export class SessionNeedsConfirmation extends Error {
  override readonly name = 'SessionNeedsConfirmation'
  constructor(readonly markLabel: string) {
    super(`This day is in a week marked “${markLabel}”. Confirm that the session took place that week.`)
  }
}

const LABEL = 'session'
const refuse = (field: string, message: string) => new RecordValidationError(LABEL, [{ field, message }])

const tables = () => [db.cycles, db.cycleSessions, db.timeEntries, db.dayTotals, db.schoolYears, db.tasks]

async function rowOf(rowKey: string): Promise<{ taskId: string | null; bucket: Bucket; rowKey: string }> {
  const bucket = bucketOfRowKey(rowKey)
  if (bucket) return { taskId: null, bucket, rowKey: bucketRowKey(bucket) }
  const task = await db.tasks.get(rowKey)
  if (!task) throw refuse('rowKey', 'That task no longer exists, so the session cannot be logged on it.')
  return { taskId: task.id, bucket: task.bucket, rowKey: task.id }
}

/** Adds deltaHours to the session part of one cell, keeping its typed part. */
async function changeCell(schoolId: string, date: IsoDate, rowKey: string, deltaHours: number): Promise<void> {
  const existing = await db.timeEntries.where('[schoolId+date+rowKey]').equals([schoolId, date, rowKey]).first()
  const next = cellAfterSessionChange(existing, deltaHours)
  if (!next) {
    if (existing) await db.timeEntries.delete(existing.id)
  } else {
    const { taskId, bucket } = existing ? { taskId: existing.taskId, bucket: existing.bucket } : await rowOf(rowKey)
    const now = Date.now()
    const row = validate(timeEntrySchema, 'time entry', {
      id: existing?.id ?? newId(),
      schoolId,
      date,
      taskId,
      bucket,
      rowKey,
      hours: next.hours,
      ...(next.sessionHours > 0 ? { sessionHours: next.sessionHours } : {}),
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    })
    await db.timeEntries.put(row)
  }
  await refreshDayTotals([[schoolId, date]])
}

function checkMarkedDay(year: SchoolYear, date: IsoDate, confirmed: boolean | undefined): void {
  const mark = markOfWeek(year, weekStartOf(date, year.firstDayOfWeek))
  if (mark && !confirmed) throw new SessionNeedsConfirmation(mark.label || mark.kind)
}

async function write(id: string | null, input: SessionInput): Promise<CycleSession> {
  return db.transaction('rw', tables(), async () => {
    const cycle = await db.cycles.get(input.cycleId)
    if (!cycle) throw refuse('cycleId', 'That coaching cycle no longer exists, so the session was not saved.')
    const old = id ? await db.cycleSessions.get(id) : undefined
    if (id && !old) throw refuse('', 'That session no longer exists.')
    const now = Date.now()
    const row = validate(cycleSessionSchema, LABEL, {
      id: id ?? newId(),
      cycleId: cycle.id,
      schoolId: cycle.schoolId,
      schoolYearId: cycle.schoolYearId,
      date: input.date,
      minutes: input.minutes,
      kind: input.kind,
      rowKey: input.rowKey,
      note: input.note,
      createdAt: old?.createdAt ?? now,
      updatedAt: now,
    })
    const year = await db.schoolYears.get(cycle.schoolYearId)
    if (!year) throw refuse('date', 'The school year of this cycle no longer exists.')
    if (!isInSchoolYear(row.date, year)) throw refuse('date', `Choose a day inside the school year ${year.label}.`)
    const target = await rowOf(row.rowKey)
    row.rowKey = target.rowKey
    const hours = minutesToHours(row.minutes)
    const dayEntries = await db.timeEntries.where('date').equals(row.date).toArray()
    const freed = old && old.date === row.date ? minutesToHours(old.minutes) : 0
    const already = Math.max(0, dayEntries.reduce((h, e) => h + e.hours, 0) - freed)
    if (already + hours > MAX_DAILY_HOURS + 1e-9) {
      throw refuse(
        'minutes',
        `That day already has ${formatHours(already)} hours logged; a day holds at most ${MAX_DAILY_HOURS}, so at most ${formatHours(Math.max(0, MAX_DAILY_HOURS - already) * 60)} more minutes fit.`,
      )
    }
    checkMarkedDay(year, row.date, input.confirmMarkedDay)
    if (old) await changeCell(old.schoolId, old.date, old.rowKey, -minutesToHours(old.minutes))
    await changeCell(row.schoolId, row.date, row.rowKey, hours)
    await db.cycleSessions.put(row)
    return row
  })
}

export function addCycleSession(input: SessionInput): Promise<CycleSession> {
  return write(null, input)
}

export function updateCycleSession(id: string, input: SessionInput): Promise<CycleSession> {
  return write(id, input)
}

async function removeSessions(sessions: readonly CycleSession[]): Promise<void> {
  for (const s of sessions) {
    await changeCell(s.schoolId, s.date, s.rowKey, -minutesToHours(s.minutes))
    await db.cycleSessions.delete(s.id)
  }
}

export async function deleteCycleSession(id: string): Promise<void> {
  await db.transaction('rw', tables(), async () => {
    const s = await db.cycleSessions.get(id)
    if (s) await removeSessions([s])
  })
}

function impactOf(sessions: readonly CycleSession[]): { sessions: number; hours: number } {
  const hours = Math.round(sessions.reduce((h, s) => h + minutesToHours(s.minutes), 0) * 100) / 100
  return { sessions: sessions.length, hours }
}

/** What deleting a cycle takes with it: its sessions and their hours in the grid. */
export async function cycleDeletionImpact(cycleId: string): Promise<{ sessions: number; hours: number }> {
  return impactOf(await db.cycleSessions.where('cycleId').equals(cycleId).toArray())
}

/** Deletes a cycle, its sessions and their hours in the grid (typed hours stay). */
export async function deleteCycle(cycleId: string): Promise<{ sessions: number; hours: number }> {
  return db.transaction('rw', tables(), async () => {
    const sessions = await db.cycleSessions.where('cycleId').equals(cycleId).toArray()
    await removeSessions(sessions)
    await db.cycles.delete(cycleId)
    return impactOf(sessions)
  })
}

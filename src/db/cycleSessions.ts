/**
 * Writes of coaching-cycle sessions. A session's time lands in the week grid: each write keeps
 * the time entry of the session's cell (`hours` = typed + session part, `sessionHours` = session
 * part) and the day totals up to date in the same transaction as the session itself. The session
 * part is worked out again from the minutes of every session on the cell (sessionPartOf: to the
 * quarter hour), never by adding or taking away a delta, so edits and deletes never drift.
 */
import type { Bucket } from '@/domain/buckets'
import { cellWithSessionMinutes, sessionPartOf } from '@/domain/cycles/sessionHours'
import type { IsoDate } from '@/domain/dates'
import { formatHours, fromQuarters, toQuarters } from '@/domain/hours'
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

/** The sessions on one cell (a school's day and timesheet row). */
function sessionsOnCell(schoolId: string, date: IsoDate, rowKey: string): Promise<CycleSession[]> {
  return db.cycleSessions
    .where('[schoolId+date]')
    .equals([schoolId, date])
    .filter((s) => s.rowKey === rowKey)
    .toArray()
}

const minutesOf = (sessions: readonly CycleSession[], exceptId?: string) =>
  sessions.reduce((m, s) => (s.id === exceptId ? m : m + s.minutes), 0)

/** Works the session part of one cell out again from the sessions now stored on it, keeping its typed part. */
async function refreshCell(schoolId: string, date: IsoDate, rowKey: string): Promise<void> {
  const existing = await db.timeEntries.where('[schoolId+date+rowKey]').equals([schoolId, date, rowKey]).first()
  const next = cellWithSessionMinutes(existing, minutesOf(await sessionsOnCell(schoolId, date, rowKey)))
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

/**
 * The day's hours (every school) without the session being written, and with it: the session
 * parts of the cells it leaves and joins are worked out from their sessions' minutes.
 */
async function dayHoursAround(row: CycleSession, old: CycleSession | undefined): Promise<{ without: number; withIt: number }> {
  const dayEntries = await db.timeEntries.where('date').equals(row.date).toArray()
  const partNow = (rowKey: string) =>
    toQuarters(dayEntries.find((e) => e.schoolId === row.schoolId && e.rowKey === rowKey)?.sessionHours ?? 0)
  let without = dayEntries.reduce((q, e) => q + toQuarters(e.hours), 0)
  if (old && old.date === row.date && old.rowKey !== row.rowKey) {
    const left = minutesOf(await sessionsOnCell(old.schoolId, old.date, old.rowKey), old.id)
    without += toQuarters(sessionPartOf(left)) - partNow(old.rowKey)
  }
  const others = minutesOf(await sessionsOnCell(row.schoolId, row.date, row.rowKey), row.id)
  without += toQuarters(sessionPartOf(others)) - partNow(row.rowKey)
  const withIt = without + toQuarters(sessionPartOf(others + row.minutes)) - toQuarters(sessionPartOf(others))
  return { without: fromQuarters(without), withIt: fromQuarters(withIt) }
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
    const day = await dayHoursAround(row, old)
    if (day.withIt > MAX_DAILY_HOURS + 1e-9) {
      const already = day.without
      throw refuse(
        'minutes',
        `That day already has ${formatHours(already)} hours logged; a day holds at most ${MAX_DAILY_HOURS}, so at most ${formatHours(Math.max(0, MAX_DAILY_HOURS - already) * 60)} more minutes fit.`,
      )
    }
    checkMarkedDay(year, row.date, input.confirmMarkedDay)
    await db.cycleSessions.put(row)
    if (old && (old.date !== row.date || old.rowKey !== row.rowKey)) await refreshCell(old.schoolId, old.date, old.rowKey)
    await refreshCell(row.schoolId, row.date, row.rowKey)
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
  await db.cycleSessions.bulkDelete(sessions.map((s) => s.id))
  const cells = new Map(sessions.map((s) => [`${s.schoolId}|${s.date}|${s.rowKey}`, s]))
  for (const s of cells.values()) await refreshCell(s.schoolId, s.date, s.rowKey)
}

export async function deleteCycleSession(id: string): Promise<void> {
  await db.transaction('rw', tables(), async () => {
    const s = await db.cycleSessions.get(id)
    if (s) await removeSessions([s])
  })
}

/**
 * The hours deleting `sessions` takes out of the grid: per cell, its session part now less the
 * part the sessions left on it make.
 */
async function impactOf(sessions: readonly CycleSession[]): Promise<{ sessions: number; hours: number }> {
  const gone = new Set(sessions.map((s) => s.id))
  const cells = new Map(sessions.map((s) => [`${s.schoolId}|${s.date}|${s.rowKey}`, s]))
  let quarters = 0
  for (const c of cells.values()) {
    const onCell = await sessionsOnCell(c.schoolId, c.date, c.rowKey)
    const left = onCell.reduce((m, s) => (gone.has(s.id) ? m : m + s.minutes), 0)
    quarters += toQuarters(sessionPartOf(minutesOf(onCell))) - toQuarters(sessionPartOf(left))
  }
  return { sessions: sessions.length, hours: fromQuarters(quarters) }
}

/** What deleting a cycle takes with it: its sessions and their hours in the grid. */
export async function cycleDeletionImpact(cycleId: string): Promise<{ sessions: number; hours: number }> {
  return db.transaction('r', [db.cycleSessions], async () => impactOf(await db.cycleSessions.where('cycleId').equals(cycleId).toArray()))
}

/** Deletes a cycle, its sessions and their hours in the grid (typed hours stay). */
export async function deleteCycle(cycleId: string): Promise<{ sessions: number; hours: number }> {
  return db.transaction('rw', tables(), async () => {
    const sessions = await db.cycleSessions.where('cycleId').equals(cycleId).toArray()
    const impact = await impactOf(sessions)
    await removeSessions(sessions)
    await db.cycles.delete(cycleId)
    return impact
  })
}

/**
 * Writes of the time log. Like repository.ts, every write validates the whole record with its
 * zod schema and runs in one transaction. Rules checked here, against what is stored:
 * - the date must fall inside the school year;
 * - one day holds at most 24 hours, counted across every school the coach serves;
 * - a task row's bucket is the task's bucket; a bucket row's key names its bucket;
 * - "copy last week" only fills a week with nothing logged for that school.
 */
import type { Bucket } from '@/domain/buckets'
import { formatDateRange } from '@/domain/dateRange'
import { formatLongDate, type IsoDate } from '@/domain/dates'
import { daysTouched } from '@/domain/dayTotals'
import { FieldConflictError, writeAllowed } from '@/domain/fieldMerge'
import { formatHours, HOURS_STEP, sumHours } from '@/domain/hours'
import { newId } from '@/domain/ids'
import { markedDaysOfWeek } from '@/domain/markedDays'
import type { PlannedCell } from '@/domain/planFill'
import {
  MAX_DAILY_HOURS,
  schoolSchema,
  timeEntrySchema,
  weekNoteSchema,
  type SchoolYear,
  type TimeEntry,
  type WeekNote,
} from '@/domain/schemas'
import { addDaysIso, isInSchoolYear, longDayLabel } from '@/domain/schoolWeeks'
import { bucketOfRowKey, bucketRowKey } from '@/domain/timesheet'
import { leftOnMarkedDays, planWeekCopy, type LeftOnMarkedDays } from '@/domain/weekCopy'
import { validate } from '@/domain/validation'
import { db } from './database'
import { refreshDayTotals } from './dayTotals'

/** A refused time-log write; the message is a sentence to show the coach. */
export class TimeLogError extends Error {
  override readonly name = 'TimeLogError'
}

export interface CellWrite {
  schoolId: string
  schoolYearId: string
  date: IsoDate
  /** The task id, or `bucket:<bucket>`. */
  rowKey: string
  /** Hours for the cell; 0 clears it. */
  hours: number
}

function outsideYear(date: IsoDate, year: SchoolYear): TimeLogError {
  return new TimeLogError(
    `${formatLongDate(date)} is outside the school year ${year.label} (${formatDateRange(year.startDate, year.endDate)}), so nothing was saved.`,
  )
}

async function schoolYearOrThrow(id: string): Promise<SchoolYear> {
  const year = await db.schoolYears.get(id)
  if (!year) throw new TimeLogError('The school year of this time log no longer exists. Choose a school year in Settings.')
  return year
}

/** Hours already logged on a day across all schools, leaving out one entry (the one being replaced). */
async function dayTotalExcept(date: IsoDate, exceptId: string | undefined): Promise<number> {
  const entries = await db.timeEntries.where('date').equals(date).toArray()
  return sumHours(entries.filter((e) => e.id !== exceptId))
}

function tooManyHours(date: IsoDate, already: number): TimeLogError {
  const left = Math.max(0, MAX_DAILY_HOURS - already)
  return new TimeLogError(
    `${longDayLabel(date)} already has ${formatHours(already)} hours logged (all schools together); a day holds at most ${MAX_DAILY_HOURS}, so at most ${formatHours(left)} more fit. Nothing was saved.`,
  )
}

async function bucketOfRow(rowKey: string): Promise<{ taskId: string | null; bucket: Bucket }> {
  const bucket = bucketOfRowKey(rowKey)
  if (bucket) return { taskId: null, bucket }
  const task = await db.tasks.get(rowKey)
  if (!task) throw new TimeLogError('That task no longer exists, so time cannot be logged on it.')
  return { taskId: task.id, bucket: task.bucket }
}

/** The refusal when typed hours would drop below what the cycle sessions put in the cell. */
async function belowSessionPart(entry: TimeEntry): Promise<TimeLogError> {
  const sessions = await db.cycleSessions
    .where('[schoolId+date]')
    .equals([entry.schoolId, entry.date])
    .filter((s) => s.rowKey === entry.rowKey)
    .count()
  const count = Math.max(1, sessions)
  return new TimeLogError(
    `${formatHours(entry.sessionHours ?? 0)} h of this cell come from ${count} cycle session${count === 1 ? '' : 's'}; change them in the cycle. Nothing was saved.`,
  )
}

/** Clears the typed part of a cell, keeping the hours its cycle sessions put there. */
async function keepSessionPartOnly(entry: TimeEntry): Promise<TimeEntry> {
  const row = validate(timeEntrySchema, 'time entry', { ...entry, hours: entry.sessionHours, updatedAt: Date.now() })
  await db.timeEntries.put(row)
  await refreshDayTotals([[entry.schoolId, entry.date]])
  return row
}

/**
 * Sets the hours of one cell (school, day, row): creates, replaces or (at 0 hours) removes
 * the entry. Returns the stored entry, or null when the cell is now empty.
 */
export async function setCellHours(input: CellWrite): Promise<TimeEntry | null> {
  if (!Number.isFinite(input.hours) || input.hours < 0) throw new TimeLogError('Hours cannot be negative. Nothing was saved.')
  if (Math.abs(input.hours / HOURS_STEP - Math.round(input.hours / HOURS_STEP)) > 1e-9) {
    throw new TimeLogError('Hours are kept to the quarter hour (0.25). Nothing was saved.')
  }
  return db.transaction('rw', [db.timeEntries, db.dayTotals, db.schoolYears, db.tasks, db.schools, db.cycleSessions], async () => {
    const year = await schoolYearOrThrow(input.schoolYearId)
    if (!isInSchoolYear(input.date, year)) throw outsideYear(input.date, year)
    if (!(await db.schools.get(input.schoolId))) throw new TimeLogError('That school no longer exists. Choose a school in Settings.')
    const existing = await db.timeEntries.where('[schoolId+date+rowKey]').equals([input.schoolId, input.date, input.rowKey]).first()
    const sessionPart = existing?.sessionHours ?? 0
    if (sessionPart > 0) {
      // The session part is kept by the cycle's sessions: clearing the cell clears the typed part only.
      if (input.hours === 0) return keepSessionPartOnly(existing!)
      if (input.hours < sessionPart - 1e-9) throw await belowSessionPart(existing!)
    }
    if (input.hours === 0) {
      if (existing) {
        await db.timeEntries.delete(existing.id)
        await refreshDayTotals([[input.schoolId, input.date]])
      }
      return null
    }
    const { taskId, bucket } = await bucketOfRow(input.rowKey)
    const already = await dayTotalExcept(input.date, existing?.id)
    if (already + input.hours > MAX_DAILY_HOURS) throw tooManyHours(input.date, already)
    const now = Date.now()
    const row = validate(timeEntrySchema, 'time entry', {
      id: existing?.id ?? newId(),
      schoolId: input.schoolId,
      date: input.date,
      taskId,
      bucket,
      rowKey: taskId ?? bucketRowKey(bucket),
      hours: input.hours,
      ...(sessionPart > 0 ? { sessionHours: sessionPart } : {}),
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    })
    await db.timeEntries.put(row)
    await refreshDayTotals([[input.schoolId, input.date]])
    return row
  })
}

export interface CopyResult {
  copied: number
  /** Entries left behind because their new day falls outside the school year. */
  skipped: number
  /** Entries left behind because their new day is marked in the school calendar as having no school. */
  markedDays: LeftOnMarkedDays
}

/**
 * Copies one school's entries of the week starting `fromWeekStart` into the week starting
 * `toWeekStart`, day for day, in one transaction. Days outside the school year and days the school
 * calendar marks as having no school are left empty. Refused when the target week already has
 * time logged for that school, when the source week is empty, or when a day would pass 24 h.
 */
export async function copyWeek(schoolId: string, schoolYearId: string, fromWeekStart: IsoDate, toWeekStart: IsoDate): Promise<CopyResult> {
  return db.transaction('rw', [db.timeEntries, db.dayTotals, db.schoolYears], async () => {
    const year = await schoolYearOrThrow(schoolYearId)
    const inWeek = (start: IsoDate) =>
      db.timeEntries
        .where('[schoolId+date]')
        .between([schoolId, start], [schoolId, addDaysIso(start, 6)], true, true)
        .toArray()
    if ((await inWeek(toWeekStart)).length)
      throw new TimeLogError('This week already has time logged. “Copy last week” only fills an empty week.')
    const source = await inWeek(fromWeekStart)
    if (!source.length) throw new TimeLogError('The previous week has nothing logged, so there is nothing to copy.')
    const shift = Math.round((Date.parse(toWeekStart) - Date.parse(fromWeekStart)) / 86_400_000)
    const plan = planWeekCopy(source, shift, year, markedDaysOfWeek(year, toWeekStart))
    const now = Date.now()
    const rows: TimeEntry[] = []
    const addedPerDay = new Map<IsoDate, number>()
    for (const { entry, date } of plan.copies) {
      const { sessionHours, ...e } = entry
      // Only the typed part is copied: session hours belong to the sessions of their own day.
      const hours = Math.round((e.hours - (sessionHours ?? 0)) * 100) / 100
      if (hours <= 0) continue
      const added = (addedPerDay.get(date) ?? 0) + hours
      const already = await dayTotalExcept(date, undefined)
      if (already + added > MAX_DAILY_HOURS) throw tooManyHours(date, already)
      addedPerDay.set(date, added)
      rows.push(validate(timeEntrySchema, 'time entry', { ...e, hours, id: newId(), date, createdAt: now, updatedAt: now }))
    }
    await db.timeEntries.bulkAdd(rows)
    await refreshDayTotals(daysTouched(rows))
    return { copied: rows.length, skipped: plan.outsideYear, markedDays: leftOnMarkedDays(plan.onMarkedDays) }
  })
}

/**
 * Fills an empty week of one school with planned cells (see domain/planFill.ts), in one
 * transaction: refused when the week already has time logged for that school, when a day would
 * pass 24 h across schools, or when a day falls outside the school year.
 */
export async function fillWeek(schoolId: string, schoolYearId: string, weekStart: IsoDate, cells: readonly PlannedCell[]): Promise<number> {
  return db.transaction('rw', [db.timeEntries, db.dayTotals, db.schoolYears, db.tasks], async () => {
    const year = await schoolYearOrThrow(schoolYearId)
    const logged = await db.timeEntries
      .where('[schoolId+date]')
      .between([schoolId, weekStart], [schoolId, addDaysIso(weekStart, 6)], true, true)
      .count()
    if (logged) throw new TimeLogError('This week already has time logged. “Fill from plan” only fills an empty week.')
    const now = Date.now()
    const rows: TimeEntry[] = []
    const addedPerDay = new Map<IsoDate, number>()
    for (const cell of cells) {
      if (!isInSchoolYear(cell.date, year)) throw outsideYear(cell.date, year)
      const { taskId, bucket } = await bucketOfRow(cell.rowKey)
      const added = (addedPerDay.get(cell.date) ?? 0) + cell.hours
      const already = await dayTotalExcept(cell.date, undefined)
      if (already + added > MAX_DAILY_HOURS) throw tooManyHours(cell.date, already)
      addedPerDay.set(cell.date, added)
      rows.push(
        validate(timeEntrySchema, 'time entry', {
          id: newId(),
          schoolId,
          date: cell.date,
          taskId,
          bucket,
          rowKey: taskId ?? bucketRowKey(bucket),
          hours: cell.hours,
          createdAt: now,
          updatedAt: now,
        }),
      )
    }
    await db.timeEntries.bulkAdd(rows)
    await refreshDayTotals(daysTouched(rows))
    return rows.length
  })
}

/**
 * Keeps a row on one school's timesheet in every week (shown true), or takes it off (false).
 * Rows with time logged stay on the sheet of their week either way.
 */
export async function showTimesheetRow(schoolId: string, rowKey: string, shown: boolean): Promise<void> {
  await db.transaction('rw', db.schools, async () => {
    const school = await db.schools.get(schoolId)
    if (!school) throw new TimeLogError('That school no longer exists. Choose a school in Settings.')
    const rows = (school.timesheetRows ?? []).filter((k) => k !== rowKey)
    const next = shown ? [...rows, rowKey] : rows
    await db.schools.put(validate(schoolSchema, 'school', { ...school, timesheetRows: next, updatedAt: Date.now() }))
  })
}

/** Saves the note of one school's week; an empty note removes it. */
/**
 * Saves the week's note. With `base` (the note as the editor last read it), a note another tab
 * changed in the meantime is not overwritten: a FieldConflictError carries the stored text.
 */
export async function saveWeekNoteText(schoolId: string, weekStart: IsoDate, note: string, base?: string): Promise<WeekNote | null> {
  return db.transaction('rw', db.weekNotes, async () => {
    const existing = await db.weekNotes.where('[schoolId+weekStart]').equals([schoolId, weekStart]).first()
    const stored = existing?.note ?? ''
    if (base !== undefined && !writeAllowed(stored, { base, value: note })) throw new FieldConflictError('note', stored)
    if (note.trim() === '') {
      if (existing) await db.weekNotes.delete(existing.id)
      return null
    }
    const now = Date.now()
    const row = validate(weekNoteSchema, 'week note', {
      id: existing?.id ?? newId(),
      schoolId,
      weekStart,
      note,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    })
    await db.weekNotes.put(row)
    return row
  })
}

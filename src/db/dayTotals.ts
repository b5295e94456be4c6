/**
 * Keeping `dayTotals` in step with `timeEntries`. Every write to the entries calls one of these
 * inside its own transaction (which must include both tables), so the totals can never disagree
 * with the entries they summarise, not even after a failed write: it rolls back both.
 */
import type { IsoDate } from '@/domain/dates'
import { dayTotalOf, dayTotalsOf, loggedTimeOf, type DayTotal } from '@/domain/dayTotals'
import type { LoggedTime } from '@/domain/shares'
import { db as defaultDb, type CoachDatabase } from './database'

/** Recomputes the totals of the given school days from their entries. */
export async function refreshDayTotals(days: Iterable<[string, IsoDate]>, database: CoachDatabase = defaultDb): Promise<void> {
  for (const [schoolId, date] of days) {
    const entries = await database.timeEntries.where('[schoolId+date]').equals([schoolId, date]).toArray()
    const total = dayTotalOf(schoolId, date, entries)
    if (total) await database.dayTotals.put(total)
    else await database.dayTotals.delete([schoolId, date])
  }
}

/** Recomputes every total from every entry (after a restore). */
export async function rebuildDayTotals(database: CoachDatabase = defaultDb): Promise<void> {
  const entries = await database.timeEntries.toArray()
  await database.dayTotals.clear()
  await database.dayTotals.bulkPut(dayTotalsOf(entries))
}

/**
 * Logged time between two dates (both included), read from the day totals: one school through
 * the primary key `[schoolId+date]`, or every school (schoolId null) through the `date` index.
 */
export async function readDayTotals(
  schoolId: string | null,
  from: IsoDate,
  to: IsoDate,
  database: CoachDatabase = defaultDb,
): Promise<DayTotal[]> {
  if (from > to) return []
  if (schoolId === null) return database.dayTotals.where('date').between(from, to, true, true).toArray()
  return database.dayTotals.where('[schoolId+date]').between([schoolId, from], [schoolId, to], true, true).toArray()
}

export async function readLoggedTime(
  schoolId: string | null,
  from: IsoDate,
  to: IsoDate,
  database: CoachDatabase = defaultDb,
): Promise<LoggedTime[]> {
  return loggedTimeOf(await readDayTotals(schoolId, from, to, database))
}

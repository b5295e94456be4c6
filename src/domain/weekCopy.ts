/**
 * "Copy last week": which of last week's entries land on which day of this week, and which are
 * left out (their day falls outside the school year, or is marked as having no school).
 */
import type { IsoDate } from './dates'
import { dayNamesList, markName } from './markedDays'
import type { WeekMark } from './schemas'
import { addDaysIso, isInSchoolYear } from './schoolWeeks'
import type { SchoolCalendar } from './schoolWeeks'

export interface WeekCopyPlan<E> {
  /** Entries to copy, each with its day in the new week. */
  copies: Array<{ entry: E; date: IsoDate }>
  /** How many entries would land outside the school year. */
  outsideYear: number
  /** Entries left out because their new day is marked, with that day and its mark. */
  onMarkedDays: Array<{ entry: E; date: IsoDate; mark: WeekMark }>
}

/** Shares last week's entries out over the week `shift` days later, day for day. */
export function planWeekCopy<E extends { date: IsoDate }>(
  entries: readonly E[],
  shift: number,
  year: Pick<SchoolCalendar, 'startDate' | 'endDate'>,
  markedDays: ReadonlyMap<IsoDate, WeekMark>,
): WeekCopyPlan<E> {
  const plan: WeekCopyPlan<E> = { copies: [], outsideYear: 0, onMarkedDays: [] }
  for (const entry of entries) {
    const date = addDaysIso(entry.date, shift)
    const mark = markedDays.get(date)
    if (!isInSchoolYear(date, year)) plan.outsideYear++
    else if (mark) plan.onMarkedDays.push({ entry, date, mark })
    else plan.copies.push({ entry, date })
  }
  return plan
}

/** What was left out on marked days, as the copy's confirmation says it. */
export interface LeftOnMarkedDays {
  count: number
  /** The marked days that would have had entries, in order. */
  dates: IsoDate[]
  /** The marks' names, once each ("Thanksgiving break"). */
  names: string[]
}

export function leftOnMarkedDays(left: ReadonlyArray<{ date: IsoDate; mark: Pick<WeekMark, 'kind' | 'label'> }>): LeftOnMarkedDays {
  return {
    count: left.length,
    dates: [...new Set(left.map((l) => l.date))].sort(),
    names: [...new Set(left.map((l) => markName(l.mark)))],
  }
}

/** "2 entries for Thu and Fri were left out: Thanksgiving break." or '' when none were. */
export function leftOutSentence(left: LeftOnMarkedDays): string {
  if (!left.count) return ''
  const what = left.count === 1 ? '1 entry' : `${left.count} entries`
  const verb = left.count === 1 ? 'was' : 'were'
  return `${what} for ${dayNamesList(left.dates)} ${verb} left out: ${left.names.join(', ')}.`
}

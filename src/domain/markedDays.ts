/**
 * Days marked in the school calendar as having no school. A week's mark covers the whole week,
 * or only the days it names (Thanksgiving Thursday and Friday, say). Copying last week and filling
 * from the plan leave these days empty; the coach can still type hours on them.
 */
import type { IsoDate } from './dates'
import type { WeekMark } from './schemas'
import { daysOfWeek, isInSchoolYear, markOfWeek, type SchoolCalendar, WEEK_MARK_LABELS, weekdayShort, weekdaysOfWeek } from './schoolWeeks'

/** The marked days of the week starting on weekStart, each with its week's mark. */
export function markedDaysOfWeek(year: SchoolCalendar, weekStart: IsoDate): Map<IsoDate, WeekMark> {
  const mark = markOfWeek(year, weekStart)
  if (!mark) return new Map()
  const week = daysOfWeek(weekStart)
  const days = mark.days ? week.filter((d) => mark.days!.includes(d)) : week
  return new Map(days.map((d) => [d, mark]))
}

/** "Thanksgiving" when the mark has a label, else its kind ("Holiday"). */
export function markName(mark: Pick<WeekMark, 'kind' | 'label'>): string {
  return mark.label.trim() || WEEK_MARK_LABELS[mark.kind]
}

/** "Mon", "Thu and Fri", "Mon, Tue and Wed": short day names in the order given. */
export function dayNamesList(dates: readonly IsoDate[]): string {
  const names = dates.map((d) => weekdayShort(d))
  if (names.length < 2) return names.join('')
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}

/** The days "Fill from plan" spreads over: Monday to Friday in the school year, marked days left out. */
export function openSchoolDays(year: SchoolCalendar, weekStart: IsoDate): IsoDate[] {
  const marked = markedDaysOfWeek(year, weekStart)
  return weekdaysOfWeek(weekStart).filter((d) => isInSchoolYear(d, year) && !marked.has(d))
}

import { formatDateRange } from './dateRange'
import { formatLongDate, type IsoDate } from './dates'
import { formatHours } from './hours'

/**
 * What changing a school year's dates does to what is already logged, in words, before the coach
 * saves. Logged days are never moved or deleted: days outside the new dates stay in the time
 * log but no longer count toward the year. Pure.
 */
export type YearDates = { startDate: string; endDate: string; firstDayOfWeek: 0 | 1 }
export type LoggedDay = { date: IsoDate; hours: number }

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

export function yearDateChangeNotes(
  saved: YearDates,
  next: YearDates,
  loggedDays: readonly LoggedDay[],
  markedWeekStarts: readonly IsoDate[] = [],
): string[] {
  const datesChanged = saved.startDate !== next.startDate || saved.endDate !== next.endDate
  const notes: string[] = []
  if (datesChanged && next.startDate && next.endDate && next.startDate <= next.endDate) {
    const outside = loggedDays.filter((d) => d.hours > 0 && (d.date < next.startDate || d.date > next.endDate))
    if (outside.length) {
      const dates = [...new Set(outside.map((d) => d.date))].sort()
      const hours = outside.reduce((sum, d) => sum + d.hours, 0)
      const span = dates.length === 1 ? formatLongDate(dates[0]!) : formatDateRange(dates[0]!, dates.at(-1)!)
      notes.push(
        `${formatHours(hours)} h logged on ${plural(dates.length, 'day', 'days')} (${span}) fall outside the new dates. They stay in the time log but no longer count toward this year’s shares, flags and reports.`,
      )
    } else notes.push('No logged day falls outside the new dates.')
    const marks = markedWeekStarts.filter((w) => w < next.startDate || w > next.endDate).length
    if (marks)
      notes.push(
        `${plural(marks, 'marked week falls', 'marked weeks fall')} outside the new dates and will no longer show in the calendar.`,
      )
    if (next.startDate < saved.startDate || next.endDate > saved.endDate) notes.push('Weeks the new dates add start with nothing logged.')
  }
  if (saved.firstDayOfWeek !== next.firstDayOfWeek) {
    notes.push(
      `Weeks will start on ${next.firstDayOfWeek === 0 ? 'Sunday' : 'Monday'}. Logged days keep their dates; the weekly shares and flags group them into the new weeks.`,
    )
  }
  return notes
}

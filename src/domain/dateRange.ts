import { format } from 'date-fns'
import { fromIsoDate, type IsoDate } from './dates'
import type { SchoolWeek } from './schoolWeeks'

/**
 * A span of days in US style, the year written once where both ends share it:
 * "Dec 1 – 5, 2026", "Nov 30 – Dec 4, 2026", "Dec 21, 2026 – Jan 1, 2027", or one date when both are the same day.
 */
export function formatDateRange(from: IsoDate | Date, to: IsoDate | Date): string {
  const a = typeof from === 'string' ? fromIsoDate(from) : from
  const b = typeof to === 'string' ? fromIsoDate(to) : to
  if (a.getFullYear() !== b.getFullYear()) return `${format(a, 'MMM d, yyyy')} – ${format(b, 'MMM d, yyyy')}`
  if (a.getMonth() !== b.getMonth()) return `${format(a, 'MMM d')} – ${format(b, 'MMM d, yyyy')}`
  if (a.getDate() !== b.getDate()) return `${format(a, 'MMM d')} – ${format(b, 'd, yyyy')}`
  return format(a, 'MMM d, yyyy')
}

/** "Dec 3, 2026, 9:41 AM": when a file was made, in the user's local time. */
export function formatDateTime(at: Date | number): string {
  return format(at, 'MMM d, yyyy, h:mm a')
}

/**
 * "Sep 14 – 18, 2026" for a week's school days (or the whole week when it has none). Kept apart from
 * schoolWeeks.ts so the meeting's first screen, which needs the weeks but no labels, does not carry it.
 */
export function weekRangeLabel(week: Pick<SchoolWeek, 'weekStart' | 'weekEnd' | 'schoolDays'>): string {
  return formatDateRange(week.schoolDays[0] ?? week.weekStart, week.schoolDays[week.schoolDays.length - 1] ?? week.weekEnd)
}

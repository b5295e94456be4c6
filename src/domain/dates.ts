import { addMonths, format, isAfter, isValid, parseISO } from 'date-fns'

/** Calendar dates are stored as ISO strings (yyyy-MM-dd) so they never shift with time zones. */
export type IsoDate = string

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false
  const parsed = parseISO(value)
  // parseISO rolls 2026-02-30 over to March; a real date formats back to itself.
  return isValid(parsed) && format(parsed, 'yyyy-MM-dd') === value
}

export function toIsoDate(date: Date): IsoDate {
  return format(date, 'yyyy-MM-dd')
}

export function fromIsoDate(value: IsoDate): Date {
  return parseISO(value)
}

export function todayIso(now: Date = new Date()): IsoDate {
  return toIsoDate(now)
}

/** Longest school year we accept: a year plus summer school on either side. */
export const MAX_SCHOOL_YEAR_MONTHS = 14

export type DateRangeProblem = 'end-before-start' | 'too-long' | null

export function schoolYearRangeProblem(start: IsoDate, end: IsoDate): DateRangeProblem {
  const startDate = fromIsoDate(start)
  const endDate = fromIsoDate(end)
  if (!isAfter(endDate, startDate)) return 'end-before-start'
  if (isAfter(endDate, addMonths(startDate, MAX_SCHOOL_YEAR_MONTHS))) return 'too-long'
  return null
}

/** "Dec 1, 2026": the US style every screen and document uses. */
export function formatLongDate(value: IsoDate): string {
  return format(fromIsoDate(value), 'MMM d, yyyy')
}

/** "2026–27" style label for a school year. */
export function schoolYearLabel(start: IsoDate, end: IsoDate): string {
  const a = fromIsoDate(start).getFullYear()
  const b = fromIsoDate(end).getFullYear()
  return a === b ? String(a) : `${a}–${String(b).slice(-2)}`
}

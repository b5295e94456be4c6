/**
 * The usual US school breaks, as suggestions for a school year's calendar: Labor Day, Thanksgiving,
 * winter break, spring break (a guess) and Memorial Day. Each suggestion is the mark of one week, naming its days
 * off when the break leaves other school days that week (Labor Day's Monday, Thanksgiving's Thursday and Friday);
 * the coach confirms each one, nothing is marked by itself.
 * Dates come from date-fns only.
 */
import {
  addWeeks,
  eachDayOfInterval,
  format,
  isMonday,
  isThursday,
  isWeekend,
  lastDayOfMonth,
  nextFriday,
  nextMonday,
  nextThursday,
  previousMonday,
} from 'date-fns'
import { fromIsoDate, toIsoDate, type IsoDate } from './dates'
import type { WeekMark } from './schemas'
import { isInSchoolYear, markOfWeek, weekdaysOfWeek, weekStartOf, type SchoolCalendar } from './schoolWeeks'

export type BreakKind = 'labor-day' | 'thanksgiving' | 'winter' | 'spring' | 'memorial-day'

export interface BreakSuggestion {
  /** Stable within a year's dates: kind and week. */
  key: string
  kind: BreakKind
  /** The week to mark, as the calendar keys it. */
  weekStart: IsoDate
  /** The days off the break covers in this week, inside the school year. */
  days: IsoDate[]
  /** The label the marked week gets. */
  label: string
  /** True when the date is only a guess the coach should check (spring break). */
  guess: boolean
}

const LABELS: Record<BreakKind, string> = {
  'labor-day': 'Labor Day',
  thanksgiving: 'Thanksgiving',
  winter: 'Winter break',
  spring: 'Spring break',
  'memorial-day': 'Memorial Day',
}

/** The first given weekday on or after a date. */
function onOrAfter(date: Date, is: (d: Date) => boolean, next: (d: Date) => Date): Date {
  return is(date) ? date : next(date)
}

/** The days off of each break that starts in the given calendar year (winter break runs into the next). */
function breakDays(year: number): Array<{ kind: BreakKind; days: Date[] }> {
  const laborDay = onOrAfter(new Date(year, 8, 1), isMonday, nextMonday)
  const thanksgiving = addWeeks(onOrAfter(new Date(year, 10, 1), isThursday, nextThursday), 3)
  const winter = eachDayOfInterval({ start: new Date(year, 11, 23), end: new Date(year + 1, 0, 1) })
  // A guess: the week of the third Monday in March, the most common single week.
  const springMonday = addWeeks(onOrAfter(new Date(year, 2, 1), isMonday, nextMonday), 2)
  const spring = eachDayOfInterval({ start: springMonday, end: nextFriday(springMonday) })
  const mayEnd = lastDayOfMonth(new Date(year, 4, 1))
  const memorialDay = isMonday(mayEnd) ? mayEnd : previousMonday(mayEnd)
  return [
    { kind: 'spring', days: spring },
    { kind: 'memorial-day', days: [memorialDay] },
    { kind: 'labor-day', days: [laborDay] },
    { kind: 'thanksgiving', days: [thanksgiving, nextFriday(thanksgiving)] },
    { kind: 'winter', days: winter.filter((d) => !isWeekend(d)) },
  ]
}

/**
 * The breaks that fall within the school year's dates, one suggestion per week they touch, in
 * date order. Weeks already marked (with any kind) are left out: the coach has decided those.
 */
export function suggestedBreaks(year: SchoolCalendar): BreakSuggestion[] {
  const first = fromIsoDate(year.startDate).getFullYear()
  const last = fromIsoDate(year.endDate).getFullYear()
  const suggestions: BreakSuggestion[] = []
  for (let y = first - 1; y <= last; y++) {
    for (const { kind, days } of breakDays(y)) {
      const inYear = days.map(toIsoDate).filter((d) => isInSchoolYear(d, year))
      const byWeek = new Map<IsoDate, IsoDate[]>()
      for (const d of inYear) {
        const week = weekStartOf(d, year.firstDayOfWeek)
        byWeek.set(week, [...(byWeek.get(week) ?? []), d])
      }
      for (const [weekStart, weekDays] of byWeek) {
        if (markOfWeek(year, weekStart)) continue
        suggestions.push({ key: `${kind}|${weekStart}`, kind, weekStart, days: weekDays, label: LABELS[kind], guess: kind === 'spring' })
      }
    }
  }
  return suggestions.sort((a, b) => a.weekStart.localeCompare(b.weekStart))
}

/** "Mon, Sep 7" or "Thu, Nov 26 – Fri, Nov 27": the break's days in this week. */
export function breakDaysLabel(s: Pick<BreakSuggestion, 'days'>): string {
  const first = s.days[0]
  const final = s.days[s.days.length - 1]
  if (!first || !final) return ''
  const short = (d: IsoDate) => format(fromIsoDate(d), 'EEE, MMM d')
  return first === final ? short(first) : `${short(first)} – ${short(final)}`
}

/** The week marks that confirming the given suggestions adds. */
export function breakMarks(year: SchoolCalendar, suggestions: readonly BreakSuggestion[]): WeekMark[] {
  return suggestions.map((s) => {
    const open = weekdaysOfWeek(s.weekStart).filter((d) => isInSchoolYear(d, year) && !s.days.includes(d))
    // Only some days off: the mark names them, and the rest of the week stays an ordinary school week.
    return open.length
      ? { weekStart: s.weekStart, kind: 'holiday', label: s.label, days: [...s.days] }
      : { weekStart: s.weekStart, kind: 'holiday', label: s.label }
  })
}

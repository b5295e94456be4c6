/**
 * The weeks of a school year. A week starts on the school year's first day of the week
 * (Monday by default, Sunday where that is the custom). A week belongs to the school year
 * when any of its days falls between the year's first and last day. Weeks can be marked as
 * having no ordinary school (holiday, testing, other): they are listed but never flagged and
 * are left out of the rolling and year-to-date shares.
 */
import { addDays, addWeeks, differenceInCalendarWeeks, format, isWeekend, startOfWeek } from 'date-fns'
import { fromIsoDate, toIsoDate, type IsoDate } from './dates'
import type { SchoolYear, WeekMark } from './schemas'

export type FirstDayOfWeek = 0 | 1

/** What the week helpers need to know about a school year. */
export type SchoolCalendar = Pick<SchoolYear, 'startDate' | 'endDate' | 'firstDayOfWeek' | 'markedWeeks'>

export interface SchoolWeek {
  /** First calendar day of the week (a Sunday or a Monday). */
  weekStart: IsoDate
  /** Last calendar day of the week (a Saturday or a Sunday). */
  weekEnd: IsoDate
  /** 1-based position among all weeks of the school year, marked weeks included. */
  number: number
  /** The week's mark (no ordinary school that week, or only on the days it names); null for an unmarked week. */
  mark: WeekMark | null
  /** True for an ordinary school week: shares are computed and flags raised only for these. */
  /** False when the mark covers every school day of the week: such a week is never flagged or counted. */
  isSchoolWeek: boolean
  /** Monday to Friday of the week that fall inside the school year. */
  schoolDays: IsoDate[]
}

export const WEEK_MARK_LABELS: Record<WeekMark['kind'], string> = {
  holiday: 'Holiday',
  testing: 'Testing week',
  other: 'No ordinary school',
}

/**
 * A small bounded cache for the pure week functions below. Summaries ask the same few hundred
 * questions (which week holds this day, which weeks make this year) thousands of times; date
 * parsing dominates otherwise. The oldest answer is dropped first.
 */
function remember<T>(limit: number) {
  const answers = new Map<string, T>()
  return (key: string, work: () => T): T => {
    const known = answers.get(key)
    if (known !== undefined) return known
    const value = work()
    if (answers.size >= limit) answers.delete(answers.keys().next().value!)
    answers.set(key, value)
    return value
  }
}

const weekStarts = remember<IsoDate>(4096)

export function weekStartOf(date: IsoDate, firstDayOfWeek: FirstDayOfWeek): IsoDate {
  return weekStarts(`${date}|${firstDayOfWeek}`, () => toIsoDate(startOfWeek(fromIsoDate(date), { weekStartsOn: firstDayOfWeek })))
}

export function addWeeksIso(weekStart: IsoDate, weeks: number): IsoDate {
  return toIsoDate(addWeeks(fromIsoDate(weekStart), weeks))
}

export function addDaysIso(date: IsoDate, days: number): IsoDate {
  return toIsoDate(addDays(fromIsoDate(date), days))
}

/** The seven calendar days of the week starting on weekStart, in order. */
export function daysOfWeek(weekStart: IsoDate): IsoDate[] {
  return Array.from({ length: 7 }, (_, i) => addDaysIso(weekStart, i))
}

export function isWeekendDay(date: IsoDate): boolean {
  return isWeekend(fromIsoDate(date))
}

/** Monday to Friday of the week, in calendar order, whatever day the week starts on. */
export function weekdaysOfWeek(weekStart: IsoDate): IsoDate[] {
  return daysOfWeek(weekStart).filter((d) => !isWeekendDay(d))
}

export function isInSchoolYear(date: IsoDate, year: Pick<SchoolYear, 'startDate' | 'endDate'>): boolean {
  // ISO strings compare like the dates they name.
  return date >= year.startDate && date <= year.endDate
}

/** The mark of the week starting on weekStart. Marks saved under another first day of the week still count. */
export function markOfWeek(year: SchoolCalendar, weekStart: IsoDate): WeekMark | null {
  return year.markedWeeks.find((m) => weekStartOf(m.weekStart, year.firstDayOfWeek) === weekStart) ?? null
}

function buildWeek(year: SchoolCalendar, weekStart: IsoDate, number: number): SchoolWeek {
  const mark = markOfWeek(year, weekStart)
  const schoolDays = weekdaysOfWeek(weekStart).filter((d) => isInSchoolYear(d, year))
  // A mark naming only some days (Thanksgiving Thursday and Friday) leaves an ordinary school week on the others:
  // shares are proportions, so a short week is flagged and counted like any other.
  const someDaysOpen = !!mark?.days && schoolDays.some((d) => !mark.days!.includes(d))
  return {
    weekStart,
    weekEnd: addDaysIso(weekStart, 6),
    number,
    mark,
    isSchoolWeek: mark === null || someDaysOpen,
    schoolDays,
  }
}

const schoolYearWeeks = remember<readonly SchoolWeek[]>(64)

/**
 * Every week of the school year, in order, from the week holding the first day to the week
 * holding the last. The answer is shared between callers, so it is frozen.
 */
export function weeksOfSchoolYear(year: SchoolCalendar): readonly SchoolWeek[] {
  const key = `${year.startDate}|${year.endDate}|${year.firstDayOfWeek}|${year.markedWeeks.map((m) => `${m.weekStart}/${m.kind}/${m.label}/${m.days}`).join(',')}`
  return schoolYearWeeks(key, () => {
    const first = weekStartOf(year.startDate, year.firstDayOfWeek)
    const last = weekStartOf(year.endDate, year.firstDayOfWeek)
    const count = differenceInCalendarWeeks(fromIsoDate(last), fromIsoDate(first), { weekStartsOn: year.firstDayOfWeek }) + 1
    return Object.freeze(
      Array.from({ length: count }, (_, i) => {
        const week = buildWeek(year, addWeeksIso(first, i), i + 1)
        Object.freeze(week.schoolDays)
        return Object.freeze(week)
      }),
    )
  })
}

/** The school week holding date, or null when the date's week is outside the school year. */
export function schoolWeekOf(year: SchoolCalendar, date: IsoDate): SchoolWeek | null {
  const weekStart = weekStartOf(date, year.firstDayOfWeek)
  return weeksOfSchoolYear(year).find((w) => w.weekStart === weekStart) ?? null
}

/** "Mon, Sep 14" for column headings and messages. */
export function dayLabel(date: IsoDate): string {
  return format(fromIsoDate(date), 'EEE, MMM d')
}

/** "Mon": a day's short name, for column headings and day lists. */
export function weekdayShort(date: IsoDate): string {
  return format(fromIsoDate(date), 'EEE')
}

/** "Sep 14": the date under a day's short name. */
export function monthDay(date: IsoDate): string {
  return format(fromIsoDate(date), 'MMM d')
}

/** "Monday, September 14" for screen-reader labels. */
export function longDayLabel(date: IsoDate): string {
  return format(fromIsoDate(date), 'EEEE, MMMM d')
}

/** Adds, replaces or removes (kind null) the mark of one week, keyed by the week's current start; `days` marks only those days. */
export function withWeekMark(year: SchoolCalendar, weekStart: IsoDate, mark: Omit<WeekMark, 'weekStart'> | null): WeekMark[] {
  const others = year.markedWeeks.filter((m) => weekStartOf(m.weekStart, year.firstDayOfWeek) !== weekStart)
  const days = mark?.days?.length ? { days: mark.days } : {}
  const next = mark ? [...others, { weekStart, kind: mark.kind, label: mark.label.trim(), ...days }] : others
  return next.sort((a, b) => a.weekStart.localeCompare(b.weekStart))
}

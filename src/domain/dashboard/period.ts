/**
 * The period the dashboard and the principal's report cover, chosen as "this month", "this
 * term", "school year" or a custom range, and checked before anything is charted.
 *
 * Terms: a school year has two terms. The first holds the first half of the ordinary school
 * weeks (rounded up), the second the rest; marked weeks (holidays, testing) do not count when
 * halving, so a long winter break does not shift the split. Term 1 runs from the first day of
 * the year to the end of its last school week; term 2 from the next day to the last day.
 *
 * A period is a range of calendar days inside the school year that ends today at the latest:
 * weeks that have not begun are in no figure, table or chart (`upcomingWeeks` lists them so a
 * chart can show them empty). Weekly figures cover every week of the school year that overlaps
 * the period; only entries dated inside it are counted.
 */
import { endOfMonth, format, startOfMonth } from 'date-fns'
import { formatDateRange, weekRangeLabel } from '../dateRange'
import { formatLongDate, fromIsoDate, isIsoDate, toIsoDate, type IsoDate } from '../dates'
import { addDaysIso, weeksOfSchoolYear, weekStartOf, type SchoolCalendar, type SchoolWeek } from '../schoolWeeks'

import { PERIOD_KINDS, type PeriodChoice, type PeriodKind } from './periodKinds'

export { PERIOD_KINDS, type PeriodChoice, type PeriodKind }

export const PERIOD_KIND_LABELS: Record<PeriodKind, string> = {
  month: 'This month',
  term: 'This term',
  year: 'School year',
  custom: 'Custom dates',
}

export type SchoolYearCalendar = SchoolCalendar & { label: string }

export interface Term {
  number: 1 | 2
  label: string
  from: IsoDate
  to: IsoDate
}

export interface ResolvedPeriod {
  kind: PeriodKind
  /** "Term 1 (17 Aug 2026 – 8 Jan 2027), up to today (1 Dec 2026)" and the like. */
  label: string
  from: IsoDate
  /** The last day counted: the chosen last day, or today when that is earlier. */
  to: IsoDate
  /** The last day of the chosen range (a term's end, say), which may be after today. */
  endsOn: IsoDate
  /** Weeks of the chosen range that start after today: in no figure, only shown as upcoming. */
  upcomingWeeks: SchoolWeek[]
  /** Every week of the school year, computed once for everything built on the period. */
  yearWeeks: readonly SchoolWeek[]
  /** Weeks of the school year overlapping the period, marked weeks included, oldest first. */
  weeks: SchoolWeek[]
  /** The ordinary school weeks among them. */
  schoolWeeks: SchoolWeek[]
  /** The week the rolling and year-to-date figures are "as of": the period's last week that has begun. */
  asOfWeekStart: IsoDate
  /** A remark to show with the figures, e.g. that the range was cut to the school year. */
  note: string | null
}

export type PeriodProblem = 'missing-dates' | 'invalid-date' | 'end-before-start' | 'outside-year' | 'no-school-weeks' | 'not-started'

export type PeriodResult = { ok: true; period: ResolvedPeriod } | { ok: false; problem: PeriodProblem; message: string }

export const rangeLabel = (from: IsoDate, to: IsoDate) => formatDateRange(from, to)

/** The two terms of a school year (see the module comment). */
export function termsOf(year: SchoolCalendar): Term[] {
  const schoolWeeks = weeksOfSchoolYear(year).filter((w) => w.isSchoolWeek)
  const firstHalf = Math.ceil(schoolWeeks.length / 2)
  const lastOfTerm1 = schoolWeeks[firstHalf - 1]
  if (!lastOfTerm1 || firstHalf === schoolWeeks.length) return [{ number: 1, label: 'Term 1', from: year.startDate, to: year.endDate }]
  const term1End = lastOfTerm1.weekEnd < year.endDate ? lastOfTerm1.weekEnd : year.endDate
  return [
    { number: 1, label: 'Term 1', from: year.startDate, to: term1End },
    { number: 2, label: 'Term 2', from: addDaysIso(term1End, 1), to: year.endDate },
  ]
}

function clampToYear(from: IsoDate, to: IsoDate, year: SchoolCalendar): { from: IsoDate; to: IsoDate } | null {
  if (to < year.startDate || from > year.endDate) return null
  return { from: from < year.startDate ? year.startDate : from, to: to > year.endDate ? year.endDate : to }
}

function outsideYearMessage(what: string, year: SchoolYearCalendar): string {
  return `${what} is outside the school year ${year.label} (${formatDateRange(year.startDate, year.endDate)}). Choose “School year” or dates inside it.`
}

function rawRange(
  choice: PeriodChoice,
  year: SchoolYearCalendar,
  today: IsoDate,
): PeriodResult | { from: IsoDate; to: IsoDate; label: string } {
  switch (choice.kind) {
    case 'year':
      return { from: year.startDate, to: year.endDate, label: `School year ${year.label}` }
    case 'month': {
      const from = toIsoDate(startOfMonth(fromIsoDate(today)))
      const to = toIsoDate(endOfMonth(fromIsoDate(today)))
      const label = format(fromIsoDate(today), 'MMMM yyyy')
      if (!clampToYear(from, to, year))
        return { ok: false, problem: 'outside-year', message: outsideYearMessage(`This month (${label})`, year) }
      return { from, to, label }
    }
    case 'term': {
      const terms = termsOf(year)
      const term = terms.find((t) => today >= t.from && today <= t.to)
      if (!term)
        return {
          ok: false,
          problem: 'outside-year',
          message: outsideYearMessage(`Today (${formatLongDate(today)})`, year) + ' There is no current term.',
        }
      return { from: term.from, to: term.to, label: term.label }
    }
    case 'custom': {
      const from = choice.from?.trim() ?? ''
      const to = choice.to?.trim() ?? ''
      if (!from || !to) return { ok: false, problem: 'missing-dates', message: 'Choose both a first and a last day for the custom period.' }
      if (!isIsoDate(from) || !isIsoDate(to))
        return {
          ok: false,
          problem: 'invalid-date',
          message: 'One of the custom dates is not a real date. Use the date pickers, or type dates as yyyy-mm-dd.',
        }
      if (to < from)
        return {
          ok: false,
          problem: 'end-before-start',
          message: `The last day (${formatLongDate(to)}) comes before the first day (${formatLongDate(from)}). Choose a last day on or after the first day.`,
        }
      if (!clampToYear(from, to, year))
        return { ok: false, problem: 'outside-year', message: outsideYearMessage(formatDateRange(from, to), year) }
      return { from, to, label: 'Custom dates' }
    }
  }
}

/**
 * Turns the picker's choice into a checked period of the school year, or a sentence saying
 * why there is nothing to chart. `today` decides "this month", "this term" and how far the
 * rolling figures reach.
 */
export function resolvePeriod(choice: PeriodChoice, year: SchoolYearCalendar, today: IsoDate): PeriodResult {
  const raw = rawRange(choice, year, today)
  if ('ok' in raw) return raw
  const clamped = clampToYear(raw.from, raw.to, year)
  if (!clamped) return { ok: false, problem: 'outside-year', message: outsideYearMessage(rangeLabel(raw.from, raw.to), year) }
  const { from, to: endsOn } = clamped
  const note =
    from !== raw.from || endsOn !== raw.to ? `Only the days inside the school year are shown (${rangeLabel(from, endsOn)}).` : null
  const yearWeeks = weeksOfSchoolYear(year)
  const inRange = yearWeeks.filter((w) => w.weekEnd >= from && w.weekStart <= endsOn)
  if (!inRange.some((w) => w.isSchoolWeek)) {
    return {
      ok: false,
      problem: 'no-school-weeks',
      message: `${rangeLabel(from, endsOn)} has no school weeks: every week in it is marked as a holiday, testing or other week without ordinary school. Choose a longer period.`,
    }
  }
  if (from > today) {
    return {
      ok: false,
      problem: 'not-started',
      message: `${rangeLabel(from, endsOn)} has not started yet, so nothing can have been logged. Choose a period that includes today or earlier days.`,
    }
  }
  // The period ends today at the latest: a week that has not begun has nothing to count.
  const to = endsOn < today ? endsOn : today
  const weeks = inRange.filter((w) => w.weekStart <= to)
  const upcomingWeeks = inRange.filter((w) => w.weekStart > to)
  const schoolWeeks = weeks.filter((w) => w.isSchoolWeek)
  const asOfWeekStart = weekStartOf(to, year.firstDayOfWeek)
  const range = raw.label === 'Custom dates' ? rangeLabel(from, endsOn) : `${raw.label} (${rangeLabel(from, endsOn)})`
  const label = to < endsOn ? `${range}, up to today (${formatLongDate(to)})` : range
  return {
    ok: true,
    period: { kind: choice.kind, label, from, to, endsOn, upcomingWeeks, yearWeeks, weeks, schoolWeeks, asOfWeekStart, note },
  }
}

/**
 * Names a week of the period by its dates ("17 – 21 Aug 2026"); a week start the period does
 * not hold (which the series never produces) falls back to the bare date.
 */
export function periodWeekLabeller(period: Pick<ResolvedPeriod, 'weeks'>): (weekStart: IsoDate) => string {
  const weekOf = new Map(period.weeks.map((w) => [w.weekStart, w]))
  return (weekStart) => {
    const w = weekOf.get(weekStart)
    return w ? weekRangeLabel(w) : weekStart
  }
}

/**
 * The termly review of how the school supports coaching (issue 18): the checklist coach and
 * principal answer together, term suggestions and the term's figures from the time log.
 *
 * Terms: a school year that runs across January 1 has a "Fall term" (first day of the year to
 * December 31) and a "Spring term" (January 1 to the last day); otherwise one "School year" term.
 * Figures count only school weeks of the term that have ended before today (never future or
 * current weeks); a week with nothing logged is "not logged" and never flagged.
 */
import { format } from 'date-fns'
import type { Targets } from '../buckets'
import { fromIsoDate, type IsoDate } from '../dates'
import { driftByWeek, weekFlags } from '../flags'
import { weeklyShares, type LoggedTime } from '../shares'
import type { SchoolCalendar } from '../schoolWeeks'
import type { WontDoTasks } from '../wontDo'
import type { SupportReview, SupportStatus } from '../schemas/cycle'

export interface SupportChecklistItem {
  id: string
  text: string
}

export const SUPPORT_CHECKLIST: readonly SupportChecklistItem[] = [
  { id: 'time-protected', text: 'Coaching time was protected from other duties.' },
  { id: 'coach-learning', text: 'The coach’s own professional learning took place.' },
  { id: 'confidentiality', text: 'Staff understand that coaching conversations are confidential.' },
  { id: 'meetings-held', text: 'The principal and the coach met as planned.' },
  { id: 'teachers-invited', text: 'The principal encouraged teachers to work with the coach.' },
  { id: 'role-explained', text: 'Staff know what the coach does and does not do.' },
]

export const SUPPORT_STATUS_LABELS: Record<SupportStatus, string> = {
  done: 'Done',
  partly: 'Partly done',
  'not-yet': 'Not yet done',
}

export interface TermSuggestion {
  label: string
  startDate: IsoDate
  endDate: IsoDate
}

/** The terms of a school year, in order. */
export function termsOfYear(calendar: Pick<SchoolCalendar, 'startDate' | 'endDate'>): TermSuggestion[] {
  const startYear = Number(calendar.startDate.slice(0, 4))
  const endYear = Number(calendar.endDate.slice(0, 4))
  if (endYear <= startYear) return [{ label: 'School year', startDate: calendar.startDate, endDate: calendar.endDate }]
  return [
    { label: 'Fall term', startDate: calendar.startDate, endDate: `${startYear}-12-31` as IsoDate },
    { label: 'Spring term', startDate: `${startYear + 1}-01-01` as IsoDate, endDate: calendar.endDate },
  ]
}

/**
 * The term to review next: the term holding today when it has no review yet, else the first
 * term without one, else the term holding today (or the last term).
 */
export function suggestTerm(
  today: IsoDate,
  calendar: Pick<SchoolCalendar, 'startDate' | 'endDate'>,
  existingReviews: readonly Pick<SupportReview, 'label' | 'startDate'>[],
): TermSuggestion {
  const terms = termsOfYear(calendar)
  const reviewed = (t: TermSuggestion) => existingReviews.some((r) => r.label === t.label || r.startDate === t.startDate)
  const current =
    terms.find((t) => t.startDate <= today && today <= t.endDate) ?? (today < calendar.startDate ? terms[0] : terms[terms.length - 1])
  if (current && !reviewed(current)) return { ...current }
  const open = terms.find((t) => !reviewed(t))
  return { ...(open ?? current ?? terms[0]!) }
}

export interface TermFigure {
  count: number
  covers: string
}

export interface TermTimeFigures {
  /** School weeks of the term that have ended. */
  weeksSoFar: number
  weeksLogged: number
  weeksNotLogged: number
  /** Logged weeks with coaching or professional learning below target. */
  flaggedWeeks: TermFigure
  logged: TermFigure
  driftHours: TermFigure
}

function shortDate(date: IsoDate): string {
  return format(fromIsoDate(date), 'MMM d')
}

function weeksWord(n: number): string {
  return n === 1 ? 'school week' : 'school weeks'
}

/** The term's figures from the time log; entries may cover the whole year. */
export function termTimeFigures(
  term: Pick<SupportReview, 'startDate' | 'endDate'>,
  today: IsoDate,
  entries: readonly LoggedTime[],
  calendar: SchoolCalendar,
  targets: Targets,
  wontDo: WontDoTasks,
): TermTimeFigures {
  const weeks = weeklyShares(entries, calendar).filter(
    (w) => w.week.isSchoolWeek && w.week.weekEnd >= term.startDate && w.week.weekStart <= term.endDate && w.week.weekEnd < today,
  )
  const logged = weeks.filter((w) => w.shares.total > 0)
  const flagged = logged.filter((w) => weekFlags(w, targets).status === 'below-target')
  const starts = new Set(weeks.map((w) => w.week.weekStart))
  const first = weeks[0]
  const last = weeks[weeks.length - 1]
  const range =
    first && last
      ? ` (${shortDate(first.week.schoolDays[0] ?? first.week.weekStart)} – ${shortDate(last.week.schoolDays[last.week.schoolDays.length - 1] ?? last.week.weekEnd)})`
      : ''
  const drift = driftByWeek(
    entries.filter((e) => starts.has(weekStartOfEntry(e.date, weeks))),
    wontDo,
    calendar.firstDayOfWeek,
  )
  const none = 'No school week of this term has ended yet.'
  const loggedCovers = weeks.length === 0 ? none : `${logged.length} of ${weeks.length} ${weeksWord(weeks.length)} so far logged${range}.`
  return {
    weeksSoFar: weeks.length,
    weeksLogged: logged.length,
    weeksNotLogged: weeks.length - logged.length,
    logged: { count: logged.length, covers: loggedCovers },
    flaggedWeeks: {
      count: flagged.length,
      covers:
        weeks.length === 0
          ? none
          : `Out of the ${logged.length} logged ${weeksWord(logged.length)}${range}; weeks not logged are not flagged.`,
    },
    driftHours: {
      count: drift.totalHours,
      covers: weeks.length === 0 ? none : `Time on won’t-do tasks in the ${weeks.length} ${weeksWord(weeks.length)} so far${range}.`,
    },
  }
}

function weekStartOfEntry(date: IsoDate, weeks: readonly { week: { weekStart: IsoDate; weekEnd: IsoDate } }[]): IsoDate | '' {
  return weeks.find((w) => w.week.weekStart <= date && date <= w.week.weekEnd)?.week.weekStart ?? ''
}

export interface TermDateErrors {
  startDate?: string
  endDate?: string
}

/** Field messages for a term's dates: the end after the start, both inside the school year. */
export function termDateErrors(
  term: { startDate: string; endDate: string },
  calendar: Pick<SchoolCalendar, 'startDate' | 'endDate'>,
): TermDateErrors {
  const errors: TermDateErrors = {}
  if (term.startDate && (term.startDate < calendar.startDate || term.startDate > calendar.endDate))
    errors.startDate = 'The term starts outside the school year.'
  if (term.endDate && (term.endDate < calendar.startDate || term.endDate > calendar.endDate))
    errors.endDate = 'The term ends outside the school year.'
  if (!errors.endDate && term.startDate && term.endDate && term.endDate < term.startDate) errors.endDate = 'The term ends before it starts.'
  return errors
}

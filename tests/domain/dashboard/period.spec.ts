import { describe, expect, it } from 'vitest'
import { periodWeekLabeller, resolvePeriod, termsOf, type SchoolYearCalendar } from '@/domain/dashboard/period'

const year: SchoolYearCalendar = {
  label: '2026–27',
  startDate: '2026-08-17',
  endDate: '2027-06-11',
  firstDayOfWeek: 1,
  markedWeeks: [
    { weekStart: '2026-11-23', kind: 'holiday', label: 'Thanksgiving' },
    { weekStart: '2026-12-21', kind: 'holiday', label: 'Winter break' },
    { weekStart: '2026-12-28', kind: 'holiday', label: 'Winter break' },
  ],
}

describe('terms', () => {
  it('splits the ordinary school weeks in half, ignoring marked weeks, with no gap or overlap', () => {
    const [t1, t2] = termsOf(year)
    expect(t1).toMatchObject({ number: 1, from: '2026-08-17' })
    expect(t2).toMatchObject({ number: 2, to: '2027-06-11' })
    // 43 weeks, 3 marked: 40 school weeks, 20 each; the 20th school week starts Jan 18, 2027 once the breaks are skipped.
    expect(t1!.to).toBe('2027-01-24')
    expect(t2!.from).toBe('2027-01-25')
  })
})

describe('resolvePeriod', () => {
  // Issue 13: a period ends today at the latest; weeks after today are only listed as upcoming.
  it('school year runs to today: the weeks so far count, the rest are upcoming', () => {
    const r = resolvePeriod({ kind: 'year' }, year, '2026-10-07')
    if (!r.ok) throw new Error(r.message)
    expect(r.period.from).toBe('2026-08-17')
    expect(r.period.to).toBe('2026-10-07')
    expect(r.period.endsOn).toBe('2027-06-11')
    expect(r.period.weeks).toHaveLength(8)
    expect(r.period.schoolWeeks).toHaveLength(8)
    expect(r.period.upcomingWeeks).toHaveLength(35)
    expect(r.period.weeks.every((w) => w.weekStart <= '2026-10-07')).toBe(true)
    expect(r.period.asOfWeekStart).toBe('2026-10-05')
    expect(r.period.label).toBe('School year 2026–27 (Aug 17, 2026 – Jun 11, 2027), up to today (Oct 7, 2026)')
  })

  it('a period over before today keeps its own last day and has no upcoming week', () => {
    const r = resolvePeriod({ kind: 'year' }, year, '2027-07-01')
    if (!r.ok) throw new Error(r.message)
    expect(r.period.to).toBe('2027-06-11')
    expect(r.period.weeks).toHaveLength(43)
    expect(r.period.schoolWeeks).toHaveLength(40)
    expect(r.period.upcomingWeeks).toEqual([])
    expect(r.period.label).not.toContain('up to today')
  })

  it('this month is the calendar month of today, up to today', () => {
    const r = resolvePeriod({ kind: 'month' }, year, '2026-10-15')
    if (!r.ok) throw new Error(r.message)
    expect([r.period.from, r.period.to, r.period.endsOn]).toEqual(['2026-10-01', '2026-10-15', '2026-10-31'])
    expect(r.period.weeks.map((w) => w.weekStart)).toEqual(['2026-09-28', '2026-10-05', '2026-10-12'])
    expect(r.period.upcomingWeeks.map((w) => w.weekStart)).toEqual(['2026-10-19', '2026-10-26'])
    expect(r.period.label).toMatch(/^October 2026/)
  })

  it('this term is the term holding today', () => {
    const r = resolvePeriod({ kind: 'term' }, year, '2027-03-01')
    if (!r.ok) throw new Error(r.message)
    expect(r.period.from).toBe('2027-01-25')
    expect(r.period.label).toMatch(/^Term 2/)
  })

  it('cuts a custom range to the school year and says so', () => {
    const r = resolvePeriod({ kind: 'custom', from: '2026-08-01', to: '2026-09-04' }, year, '2026-12-01')
    if (!r.ok) throw new Error(r.message)
    expect(r.period.from).toBe('2026-08-17')
    expect(r.period.note).toContain('Only the days inside the school year')
  })

  it.each([
    [{ kind: 'custom', from: '', to: '2026-09-01' }, 'missing-dates', 'Choose both a first and a last day'],
    [{ kind: 'custom', from: '2026-02-30', to: '2026-09-01' }, 'invalid-date', 'not a real date'],
    [{ kind: 'custom', from: '2026-10-10', to: '2026-10-01' }, 'end-before-start', 'comes before the first day'],
    [{ kind: 'custom', from: '2027-07-01', to: '2027-07-31' }, 'outside-year', 'outside the school year 2026–27'],
    [{ kind: 'custom', from: '2026-12-21', to: '2027-01-01' }, 'no-school-weeks', 'has no school weeks'],
    [{ kind: 'custom', from: '2027-02-01', to: '2027-02-28' }, 'not-started', 'has not started yet'],
  ] as const)('refuses %o with a sentence (%s)', (choice, problem, message) => {
    const r = resolvePeriod(choice, year, '2026-12-01')
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.problem).toBe(problem)
    expect(r.message).toContain(message)
  })

  it('this month and this term outside the school year are refused, not shown empty', () => {
    const month = resolvePeriod({ kind: 'month' }, year, '2027-07-15')
    const term = resolvePeriod({ kind: 'term' }, year, '2027-07-15')
    expect(month.ok || month.problem).toBe('outside-year')
    expect(term.ok || term.problem).toBe('outside-year')
  })
})

describe('periodWeekLabeller', () => {
  it('names a week of the period by its school days, and any other week start by its date', () => {
    const r = resolvePeriod({ kind: 'year' }, year, '2026-10-07')
    if (!r.ok) throw new Error(r.message)
    const label = periodWeekLabeller(r.period)
    expect(label('2026-08-17')).toBe('Aug 17 – 21, 2026')
    expect(label('2026-08-31')).toBe('Aug 31 – Sep 4, 2026')
    expect(label('2027-03-01')).toBe('2027-03-01')
  })
})

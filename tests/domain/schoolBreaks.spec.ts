import { describe, expect, it } from 'vitest'
import { weeksOfSchoolYear } from '@/domain/schoolWeeks'
import { breakDaysLabel, breakMarks, suggestedBreaks } from '@/domain/schoolBreaks'
import type { SchoolCalendar } from '@/domain/schoolWeeks'

const year2026: SchoolCalendar = { startDate: '2026-08-17', endDate: '2027-06-11', firstDayOfWeek: 1, markedWeeks: [] }
const year2027: SchoolCalendar = { startDate: '2027-08-16', endDate: '2028-06-09', firstDayOfWeek: 1, markedWeeks: [] }

const summary = (year: SchoolCalendar) => suggestedBreaks(year).map((s) => [s.label, s.weekStart, s.days.join(' ')])

describe('US school breaks as suggestions', () => {
  it('finds the usual breaks of 2026–27, one suggestion per week they touch', () => {
    expect(summary(year2026)).toEqual([
      ['Labor Day', '2026-09-07', '2026-09-07'],
      ['Thanksgiving', '2026-11-23', '2026-11-26 2026-11-27'],
      ['Winter break', '2026-12-21', '2026-12-23 2026-12-24 2026-12-25'],
      ['Winter break', '2026-12-28', '2026-12-28 2026-12-29 2026-12-30 2026-12-31 2027-01-01'],
      ['Spring break', '2027-03-15', '2027-03-15 2027-03-16 2027-03-17 2027-03-18 2027-03-19'],
      ['Memorial Day', '2027-05-31', '2027-05-31'],
    ])
  })

  it('finds the usual breaks of 2027–28 (New Year’s Day on a Saturday is not a school day)', () => {
    expect(summary(year2027)).toEqual([
      ['Labor Day', '2027-09-06', '2027-09-06'],
      ['Thanksgiving', '2027-11-22', '2027-11-25 2027-11-26'],
      ['Winter break', '2027-12-20', '2027-12-23 2027-12-24'],
      ['Winter break', '2027-12-27', '2027-12-27 2027-12-28 2027-12-29 2027-12-30 2027-12-31'],
      ['Spring break', '2028-03-20', '2028-03-20 2028-03-21 2028-03-22 2028-03-23 2028-03-24'],
      ['Memorial Day', '2028-05-29', '2028-05-29'],
    ])
  })

  it('marks spring break alone as a guess', () => {
    expect(
      suggestedBreaks(year2026)
        .filter((s) => s.guess)
        .map((s) => s.kind),
    ).toEqual(['spring'])
  })

  it('keeps to the school year’s dates', () => {
    const autumn = summary({ ...year2026, endDate: '2026-12-24' })
    expect(autumn).toEqual([
      ['Labor Day', '2026-09-07', '2026-09-07'],
      ['Thanksgiving', '2026-11-23', '2026-11-26 2026-11-27'],
      ['Winter break', '2026-12-21', '2026-12-23 2026-12-24'],
    ])
    // A year starting after Labor Day does not suggest it.
    expect(summary({ ...year2026, startDate: '2026-09-08' })[0]![0]).toBe('Thanksgiving')
  })

  it('uses the year’s first day of the week and leaves out weeks already marked', () => {
    const sunday = suggestedBreaks({ ...year2026, firstDayOfWeek: 0 })
    expect(sunday[0]!.weekStart).toBe('2026-09-06')
    const marked = suggestedBreaks({ ...year2026, markedWeeks: [{ weekStart: '2026-11-23', kind: 'other', label: 'Short week' }] })
    expect(marked.map((s) => s.label)).not.toContain('Thanksgiving')
  })

  it('labels the days and turns suggestions into holiday marks: only the days off, or the whole week', () => {
    const all = suggestedBreaks(year2026)
    const [labor, thanks] = all
    expect(breakDaysLabel(labor!)).toBe('Mon, Sep 7')
    expect(breakDaysLabel(thanks!)).toBe('Thu, Nov 26 – Fri, Nov 27')
    expect(breakMarks(year2026, [labor!, thanks!])).toEqual([
      { weekStart: '2026-09-07', kind: 'holiday', label: 'Labor Day', days: ['2026-09-07'] },
      { weekStart: '2026-11-23', kind: 'holiday', label: 'Thanksgiving', days: ['2026-11-26', '2026-11-27'] },
    ])
    // Spring break takes its whole week, so its mark names no days.
    const spring = all.find((s) => s.kind === 'spring')!
    expect(breakMarks(year2026, [spring])).toEqual([{ weekStart: spring.weekStart, kind: 'holiday', label: 'Spring break' }])
  })

  it('leaves a week with only some days marked an ordinary school week, and a fully marked week out', () => {
    const [labor] = suggestedBreaks(year2026)
    const spring = suggestedBreaks(year2026).find((s) => s.kind === 'spring')!
    const marked = { ...year2026, markedWeeks: breakMarks(year2026, [labor!, spring]) }
    const weeks = weeksOfSchoolYear(marked)
    const laborWeek = weeks.find((w) => w.weekStart === '2026-09-07')!
    expect(laborWeek.mark?.label).toBe('Labor Day')
    expect(laborWeek.isSchoolWeek).toBe(true)
    expect(weeks.find((w) => w.weekStart === spring.weekStart)!.isSchoolWeek).toBe(false)
  })
})

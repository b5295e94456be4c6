import { describe, expect, it } from 'vitest'
import {
  addDaysIso,
  daysOfWeek,
  isInSchoolYear,
  markOfWeek,
  schoolWeekOf,
  weekdaysOfWeek,
  weeksOfSchoolYear,
  weekStartOf,
  withWeekMark,
  type SchoolCalendar,
} from '@/domain/schoolWeeks'
import { weekRangeLabel } from '@/domain/dateRange'

const mondayYear: SchoolCalendar = { startDate: '2026-08-19', endDate: '2027-06-11', firstDayOfWeek: 1, markedWeeks: [] }
const sundayYear: SchoolCalendar = { ...mondayYear, firstDayOfWeek: 0 }

describe('week boundaries', () => {
  it('a Monday-first week runs Monday to Sunday', () => {
    expect(weekStartOf('2026-09-16', 1)).toBe('2026-09-14') // Wednesday → Monday
    expect(weekStartOf('2026-09-14', 1)).toBe('2026-09-14') // Monday is its own start
    expect(weekStartOf('2026-09-20', 1)).toBe('2026-09-14') // Sunday ends the Monday week
    expect(weekStartOf('2026-09-13', 1)).toBe('2026-09-07')
  })

  it('a Sunday-first week runs Sunday to Saturday', () => {
    expect(weekStartOf('2026-09-16', 0)).toBe('2026-09-13')
    expect(weekStartOf('2026-09-13', 0)).toBe('2026-09-13') // Sunday starts its own week
    expect(weekStartOf('2026-09-19', 0)).toBe('2026-09-13') // Saturday ends it
    expect(weekStartOf('2026-09-20', 0)).toBe('2026-09-20')
  })

  it('crosses daylight-saving changes and year ends without drifting', () => {
    expect(weekStartOf('2026-11-02', 0)).toBe('2026-11-01')
    expect(daysOfWeek('2026-11-01')).toEqual([
      '2026-11-01',
      '2026-11-02',
      '2026-11-03',
      '2026-11-04',
      '2026-11-05',
      '2026-11-06',
      '2026-11-07',
    ])
    expect(daysOfWeek('2027-03-14')[6]).toBe('2027-03-20')
    expect(weekStartOf('2027-01-01', 1)).toBe('2026-12-28')
    expect(weekStartOf('2027-01-01', 0)).toBe('2026-12-27')
  })

  it('school days are Monday to Friday whichever day the week starts on', () => {
    expect(weekdaysOfWeek('2026-09-14')).toEqual(['2026-09-14', '2026-09-15', '2026-09-16', '2026-09-17', '2026-09-18'])
    expect(weekdaysOfWeek('2026-09-13')).toEqual(['2026-09-14', '2026-09-15', '2026-09-16', '2026-09-17', '2026-09-18'])
  })
})

describe('weeksOfSchoolYear', () => {
  it.each([
    [mondayYear, '2026-08-17', '2027-06-07'],
    [sundayYear, '2026-08-16', '2027-06-06'],
  ])('lists every week from the one holding the first day to the one holding the last (first day %#)', (year, first, last) => {
    const weeks = weeksOfSchoolYear(year)
    expect(weeks).toHaveLength(43)
    expect(weeks[0]?.weekStart).toBe(first)
    expect(weeks.at(-1)?.weekStart).toBe(last)
    expect(weeks.map((w) => w.number)).toEqual(Array.from({ length: 43 }, (_, i) => i + 1))
    // Consecutive, seven days apart, no gaps across DST.
    for (let i = 1; i < weeks.length; i++) expect(weeks[i]?.weekStart).toBe(addDaysIso(weeks[i - 1]!.weekEnd, 1))
    expect(new Set(weeks.map((w) => w.weekStart)).size).toBe(43)
  })

  it('the first and last weeks only hold the school days inside the year', () => {
    const weeks = weeksOfSchoolYear(mondayYear)
    expect(weeks[0]?.schoolDays).toEqual(['2026-08-19', '2026-08-20', '2026-08-21'])
    expect(weeks[0]?.weekEnd).toBe('2026-08-23')
    expect(weeks.at(-1)?.schoolDays).toEqual(['2027-06-07', '2027-06-08', '2027-06-09', '2027-06-10', '2027-06-11'])
    const sunday = weeksOfSchoolYear(sundayYear)
    expect(sunday[0]?.schoolDays).toEqual(['2026-08-19', '2026-08-20', '2026-08-21'])
    expect(sunday[0]?.weekEnd).toBe('2026-08-22')
  })

  it('marked weeks keep their mark and are not school weeks', () => {
    const year = { ...mondayYear, markedWeeks: [{ weekStart: '2026-11-23', kind: 'holiday' as const, label: 'Thanksgiving' }] }
    const week = weeksOfSchoolYear(year).find((w) => w.weekStart === '2026-11-23')
    expect(week?.isSchoolWeek).toBe(false)
    expect(week?.mark?.label).toBe('Thanksgiving')
    expect(weeksOfSchoolYear(year).filter((w) => !w.isSchoolWeek)).toHaveLength(1)
  })

  it('a mark saved under the other first day of the week still finds its week', () => {
    // Marked while weeks started on Monday, then the school switched to Sunday.
    const year: SchoolCalendar = { ...sundayYear, markedWeeks: [{ weekStart: '2026-11-23', kind: 'holiday', label: '' }] }
    expect(markOfWeek(year, '2026-11-22')?.kind).toBe('holiday')
    expect(markOfWeek(year, '2026-11-29')).toBeNull()
  })
})

describe('helpers', () => {
  it('isInSchoolYear includes both ends', () => {
    expect(isInSchoolYear('2026-08-19', mondayYear)).toBe(true)
    expect(isInSchoolYear('2027-06-11', mondayYear)).toBe(true)
    expect(isInSchoolYear('2026-08-18', mondayYear)).toBe(false)
    expect(isInSchoolYear('2027-06-12', mondayYear)).toBe(false)
  })

  it('schoolWeekOf finds the week of a date, or null outside the year', () => {
    expect(schoolWeekOf(mondayYear, '2026-09-16')?.weekStart).toBe('2026-09-14')
    expect(schoolWeekOf(mondayYear, '2026-08-18')?.weekStart).toBe('2026-08-17') // before the first day, same week
    expect(schoolWeekOf(mondayYear, '2026-08-10')).toBeNull()
    expect(schoolWeekOf(mondayYear, '2027-07-01')).toBeNull()
  })

  it('withWeekMark adds, replaces and removes marks', () => {
    let marks = withWeekMark(mondayYear, '2026-12-28', { kind: 'holiday', label: ' Winter break ' })
    expect(marks).toEqual([{ weekStart: '2026-12-28', kind: 'holiday', label: 'Winter break' }])
    marks = withWeekMark({ ...mondayYear, markedWeeks: marks }, '2026-12-21', { kind: 'holiday', label: 'Winter break' })
    expect(marks.map((m) => m.weekStart)).toEqual(['2026-12-21', '2026-12-28'])
    marks = withWeekMark({ ...mondayYear, markedWeeks: marks }, '2026-12-28', { kind: 'testing', label: '' })
    expect(marks.find((m) => m.weekStart === '2026-12-28')?.kind).toBe('testing')
    expect(marks).toHaveLength(2)
    marks = withWeekMark({ ...mondayYear, markedWeeks: marks }, '2026-12-21', null)
    expect(marks.map((m) => m.weekStart)).toEqual(['2026-12-28'])
  })

  it('withWeekMark keeps the days a mark names, and none when it names none', () => {
    const marks = withWeekMark(mondayYear, '2026-11-23', { kind: 'holiday', label: 'Thanksgiving', days: ['2026-11-26', '2026-11-27'] })
    expect(marks).toEqual([{ weekStart: '2026-11-23', kind: 'holiday', label: 'Thanksgiving', days: ['2026-11-26', '2026-11-27'] }])
    expect(withWeekMark(mondayYear, '2026-11-23', { kind: 'holiday', label: '', days: [] })[0]).not.toHaveProperty('days')
  })

  it('labels a week by its school days', () => {
    expect(weekRangeLabel({ weekStart: '2026-09-14', weekEnd: '2026-09-20', schoolDays: ['2026-09-14', '2026-09-18'] })).toBe(
      'Sep 14 – 18, 2026',
    )
    expect(weekRangeLabel({ weekStart: '2026-09-28', weekEnd: '2026-10-04', schoolDays: ['2026-09-28', '2026-10-02'] })).toBe(
      'Sep 28 – Oct 2, 2026',
    )
    expect(weekRangeLabel({ weekStart: '2026-12-28', weekEnd: '2027-01-03', schoolDays: ['2026-12-28', '2027-01-01'] })).toBe(
      'Dec 28, 2026 – Jan 1, 2027',
    )
  })
})

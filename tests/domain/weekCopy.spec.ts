import { describe, expect, it } from 'vitest'
import { dayNamesList, markedDaysOfWeek, markName, openSchoolDays } from '@/domain/markedDays'
import type { WeekMark } from '@/domain/schemas'
import { leftOnMarkedDays, leftOutSentence, planWeekCopy } from '@/domain/weekCopy'

const thanksgiving: WeekMark = { weekStart: '2026-11-23', kind: 'holiday', label: 'Thanksgiving break', days: ['2026-11-26', '2026-11-27'] }
const year = (markedWeeks: WeekMark[]) => ({ startDate: '2026-08-17', endDate: '2027-06-11', firstDayOfWeek: 1 as const, markedWeeks })

describe('markedDaysOfWeek', () => {
  it('names only the marked days of a partly marked week', () => {
    expect([...markedDaysOfWeek(year([thanksgiving]), '2026-11-23').keys()]).toEqual(['2026-11-26', '2026-11-27'])
  })
  it('marks every day of a week marked as a whole, and none of an ordinary week', () => {
    const whole = { weekStart: '2026-11-23', kind: 'holiday' as const, label: '' }
    expect(markedDaysOfWeek(year([whole]), '2026-11-23').size).toBe(7)
    expect(markedDaysOfWeek(year([whole]), '2026-11-16').size).toBe(0)
  })
  it('ignores a named day outside the week', () => {
    const odd = { ...thanksgiving, days: ['2026-11-27', '2026-12-04'] }
    expect([...markedDaysOfWeek(year([odd]), '2026-11-23').keys()]).toEqual(['2026-11-27'])
  })
  it('finds a mark saved under a Monday week start in a year whose weeks start on Sunday', () => {
    expect(markedDaysOfWeek({ ...year([thanksgiving]), firstDayOfWeek: 0 }, '2026-11-22').size).toBe(2)
  })
})

describe('openSchoolDays (what Fill from plan spreads over)', () => {
  it('leaves out marked days, weekends and days outside the year', () => {
    expect(openSchoolDays(year([thanksgiving]), '2026-11-23')).toEqual(['2026-11-23', '2026-11-24', '2026-11-25'])
    expect(openSchoolDays(year([{ ...thanksgiving, days: undefined }]), '2026-11-23')).toEqual([])
    expect(openSchoolDays(year([]), '2026-08-17')).toHaveLength(5)
    expect(openSchoolDays(year([]), '2027-06-07')).toHaveLength(5)
    expect(openSchoolDays({ ...year([]), endDate: '2027-06-09' }, '2027-06-07')).toEqual(['2027-06-07', '2027-06-08', '2027-06-09'])
  })
})

describe('planWeekCopy', () => {
  const entries = [
    { id: 'a', date: '2026-11-16' },
    { id: 'b', date: '2026-11-19' },
    { id: 'c', date: '2026-11-20' },
    { id: 'd', date: '2026-11-20' },
  ]
  it('moves entries day for day and sets aside those landing on marked days', () => {
    const y = year([thanksgiving])
    const plan = planWeekCopy(entries, 7, y, markedDaysOfWeek(y, '2026-11-23'))
    expect(plan.copies.map((c) => [c.entry.id, c.date])).toEqual([['a', '2026-11-23']])
    expect(plan.onMarkedDays.map((c) => [c.entry.id, c.date])).toEqual([
      ['b', '2026-11-26'],
      ['c', '2026-11-27'],
      ['d', '2026-11-27'],
    ])
    expect(plan.outsideYear).toBe(0)
  })
  it('counts entries landing outside the school year apart from marked days', () => {
    const y = { ...year([]), endDate: '2026-11-25' }
    const plan = planWeekCopy(entries, 7, y, new Map())
    expect(plan).toMatchObject({ outsideYear: 3, onMarkedDays: [] })
  })
})

describe('the copy’s confirmation', () => {
  it('says how many entries were left out, on which days and why', () => {
    const left = leftOnMarkedDays([
      { date: '2026-11-27', mark: thanksgiving },
      { date: '2026-11-26', mark: thanksgiving },
    ])
    expect(left).toEqual({ count: 2, dates: ['2026-11-26', '2026-11-27'], names: ['Thanksgiving break'] })
    expect(leftOutSentence(left)).toBe('2 entries for Thu and Fri were left out: Thanksgiving break.')
  })
  it('speaks of one entry in the singular, names the kind when the mark has no label, and says nothing when none', () => {
    const left = leftOnMarkedDays([{ date: '2026-11-23', mark: { kind: 'testing', label: ' ' } }])
    expect(leftOutSentence(left)).toBe('1 entry for Mon was left out: Testing week.')
    expect(leftOutSentence(leftOnMarkedDays([]))).toBe('')
  })
  it('lists days in plain English', () => {
    expect(dayNamesList(['2026-11-23', '2026-11-24', '2026-11-25'])).toBe('Mon, Tue and Wed')
    expect(markName({ kind: 'other', label: '' })).toBe('No ordinary school')
  })
})

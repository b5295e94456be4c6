import { describe, expect, it } from 'vitest'
import { yearDateChangeNotes, type YearDates } from '@/domain/yearDateChange'

const saved: YearDates = { startDate: '2026-08-17', endDate: '2027-06-11', firstDayOfWeek: 1 }
const days = [
  { date: '2026-08-17', hours: 6 },
  { date: '2026-08-18', hours: 1.5 },
  { date: '2026-09-14', hours: 7 },
  { date: '2026-08-19', hours: 0 },
]

describe('yearDateChangeNotes', () => {
  it('says nothing while the dates are unchanged', () => {
    expect(yearDateChangeNotes(saved, { ...saved }, days)).toEqual([])
  })
  it('counts the logged days and hours a later start leaves out, and keeps them in the log', () => {
    const notes = yearDateChangeNotes(saved, { ...saved, startDate: '2026-08-24' }, days)
    expect(notes).toEqual([
      `7.5 h logged on 2 days (Aug 17 – 18, 2026) fall outside the new dates. They stay in the time log but no longer count toward this year’s shares, flags and reports.`,
    ])
  })
  it('says when nothing logged is left out, and that added weeks start empty', () => {
    expect(yearDateChangeNotes(saved, { ...saved, endDate: '2027-06-18' }, days)).toEqual([
      'No logged day falls outside the new dates.',
      'Weeks the new dates add start with nothing logged.',
    ])
  })
  it('names marked weeks left outside and a change of the first day of the week', () => {
    const notes = yearDateChangeNotes(saved, { startDate: '2026-08-17', endDate: '2027-05-28', firstDayOfWeek: 0 }, days, [
      '2026-11-23',
      '2027-05-31',
    ])
    expect(notes).toContain('1 marked week falls outside the new dates and will no longer show in the calendar.')
    expect(notes.at(-1)).toBe(
      'Weeks will start on Sunday. Logged days keep their dates; the weekly shares and flags group them into the new weeks.',
    )
  })
  it('waits for a complete, ordered pair of dates', () => {
    expect(yearDateChangeNotes(saved, { ...saved, endDate: '' }, days)).toEqual([])
    expect(yearDateChangeNotes(saved, { ...saved, startDate: '2027-07-01' }, days)).toEqual([])
  })
})

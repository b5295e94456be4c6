import { describe, expect, it } from 'vitest'
import { isIsoDate, schoolYearLabel, schoolYearRangeProblem, toIsoDate } from '@/domain/dates'

describe('isIsoDate', () => {
  it.each(['2026-08-17', '2028-02-29', '2027-12-31'])('accepts the real date %s', (d) => {
    expect(isIsoDate(d)).toBe(true)
  })
  it.each(['2026-02-30', '2027-02-29', '2026-13-01', '2026-8-17', '17/08/2026', '', 'not a date', '2026-08-17T00:00'])(
    'refuses %j',
    (d) => {
      expect(isIsoDate(d)).toBe(false)
    },
  )
  it('refuses non-strings', () => {
    expect(isIsoDate(20260817)).toBe(false)
    expect(isIsoDate(null)).toBe(false)
    expect(isIsoDate(new Date())).toBe(false)
  })
  it('formats local dates without a time-zone shift', () => {
    expect(toIsoDate(new Date(2026, 7, 17, 23, 59))).toBe('2026-08-17')
  })
})

describe('schoolYearRangeProblem', () => {
  it('accepts an ordinary school year', () => {
    expect(schoolYearRangeProblem('2026-08-17', '2027-06-11')).toBeNull()
  })
  it('refuses an end on or before the start', () => {
    expect(schoolYearRangeProblem('2026-08-17', '2026-08-17')).toBe('end-before-start')
    expect(schoolYearRangeProblem('2026-08-17', '2026-08-01')).toBe('end-before-start')
  })
  it('allows exactly 14 months and refuses a day more', () => {
    expect(schoolYearRangeProblem('2026-08-01', '2027-10-01')).toBeNull()
    expect(schoolYearRangeProblem('2026-08-01', '2027-10-02')).toBe('too-long')
  })
})

describe('schoolYearLabel', () => {
  it('spans two calendar years with an en dash', () => {
    expect(schoolYearLabel('2026-08-17', '2027-06-11')).toBe('2026–27')
  })
  it('names a calendar-year school year by its year (southern hemisphere)', () => {
    expect(schoolYearLabel('2027-01-28', '2027-12-10')).toBe('2027')
  })
})

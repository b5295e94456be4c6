import { describe, expect, it } from 'vitest'
import type { Bucket } from '@/domain/buckets'
import {
  formatPercent,
  rollingShares,
  sharesOf,
  sharesOfEntries,
  sumByBucket,
  weeklyShares,
  yearToDateShares,
  type LoggedTime,
} from '@/domain/shares'
import type { SchoolCalendar } from '@/domain/schoolWeeks'
import { entriesOfSchool } from '@/domain/schoolScope'

const year: SchoolCalendar = {
  startDate: '2026-08-17',
  endDate: '2027-06-11',
  firstDayOfWeek: 1,
  markedWeeks: [{ weekStart: '2026-09-07', kind: 'holiday', label: 'Labor Day week' }],
}

const entry = (date: string, bucket: Bucket, hours: number, schoolId = 'lincoln', taskId: string | null = null): LoggedTime => ({
  date,
  bucket,
  hours,
  schoolId,
  taskId,
})

describe('sums and shares', () => {
  it('sums hours per bucket in exact quarter hours', () => {
    const hours = sumByBucket([
      entry('2026-08-17', 'coaching', 0.25),
      entry('2026-08-18', 'coaching', 0.5),
      entry('2026-08-18', 'other', 1.75),
    ])
    expect(hours).toEqual({ coaching: 0.75, learning: 0, other: 1.75 })
  })

  it('a share is the bucket hours over all hours', () => {
    const s = sharesOf({ coaching: 6, learning: 1, other: 3 })
    expect(s.total).toBe(10)
    expect(s.percent).toEqual({ coaching: 60, learning: 10, other: 30 })
  })

  it('zero total has no percentages at all (not 0%, not NaN)', () => {
    const s = sharesOfEntries([])
    expect(s.total).toBe(0)
    expect(s.percent).toBeNull()
  })

  it('formats a share floored to a tenth so below-target never reads as the target', () => {
    expect(formatPercent(59.99)).toBe('59.9%')
    expect(formatPercent(60)).toBe('60%')
    expect(formatPercent(100 / 3)).toBe('33.3%')
    expect(formatPercent(9.0909)).toBe('9%')
  })
})

describe('weeklyShares', () => {
  it('puts each entry in its week, by the first day of the week', () => {
    const entries = [entry('2026-08-23', 'coaching', 2)] // a Sunday
    const monday = weeklyShares(entries, year)
    expect(monday.find((w) => w.week.weekStart === '2026-08-17')?.shares.total).toBe(2)
    const sunday = weeklyShares(entries, { ...year, firstDayOfWeek: 0 })
    expect(sunday.find((w) => w.week.weekStart === '2026-08-23')?.shares.total).toBe(2)
    expect(sunday.find((w) => w.week.weekStart === '2026-08-16')?.shares.total).toBe(0)
  })

  it('lists every week, marked weeks too, with their hours', () => {
    const weeks = weeklyShares([entry('2026-09-08', 'other', 3)], year)
    expect(weeks).toHaveLength(43)
    const holiday = weeks.find((w) => w.week.weekStart === '2026-09-07')
    expect(holiday?.week.isSchoolWeek).toBe(false)
    expect(holiday?.shares.total).toBe(3)
  })
})

describe('rollingShares: the last four school weeks', () => {
  // Weeks: 08-17, 08-24, 08-31, [09-07 holiday], 09-14, 09-21
  const entries = [
    entry('2026-08-17', 'coaching', 1), // week 1
    entry('2026-08-24', 'coaching', 2), // week 2
    entry('2026-08-31', 'coaching', 4), // week 3
    entry('2026-09-08', 'other', 100 / 4), // the holiday week: left out
    entry('2026-09-14', 'coaching', 8), // week 5
    entry('2026-09-21', 'other', 16), // week 6
  ]

  it('reaches back across a holiday week to find four school weeks', () => {
    const r = rollingShares(entries, year, '2026-09-14')
    expect(r.weekStarts).toEqual(['2026-08-17', '2026-08-24', '2026-08-31', '2026-09-14'])
    expect(r.shares.hours).toEqual({ coaching: 15, learning: 0, other: 0 })
  })

  it('moves on week by week', () => {
    const r = rollingShares(entries, year, '2026-09-21')
    expect(r.weekStarts).toEqual(['2026-08-24', '2026-08-31', '2026-09-14', '2026-09-21'])
    expect(r.shares.total).toBe(30)
    expect(r.shares.percent?.other).toBeCloseTo(53.33, 2)
  })

  it('as of the holiday week itself, covers the four school weeks before it', () => {
    expect(rollingShares(entries, year, '2026-09-07').weekStarts).toEqual(['2026-08-17', '2026-08-24', '2026-08-31'])
  })

  it('early in the year covers what there is', () => {
    expect(rollingShares(entries, year, '2026-08-24').weekStarts).toEqual(['2026-08-17', '2026-08-24'])
  })

  it('ignores entries after the window', () => {
    expect(rollingShares(entries, year, '2026-08-31').shares.total).toBe(7)
  })
})

describe('yearToDateShares', () => {
  it('sums every school week up to and including the week, leaving out marked weeks', () => {
    const entries = [
      entry('2026-08-17', 'coaching', 6),
      entry('2026-08-18', 'learning', 1),
      entry('2026-08-19', 'other', 3),
      entry('2026-09-08', 'other', 20), // holiday week
      entry('2026-09-15', 'coaching', 10),
      entry('2026-10-15', 'other', 10), // after the as-of week
    ]
    const ytd = yearToDateShares(entries, year, '2026-09-14')
    expect(ytd.shares.hours).toEqual({ coaching: 16, learning: 1, other: 3 })
    expect(ytd.weekStarts).toHaveLength(4)
    expect(ytd.weekStarts).not.toContain('2026-09-07')
  })

  it('ignores entries outside the school year', () => {
    expect(yearToDateShares([entry('2027-07-01', 'other', 5)], year, '2027-06-07').shares.total).toBe(0)
  })
})

describe('several schools', () => {
  const entries = [
    entry('2026-08-17', 'coaching', 6, 'lincoln'),
    entry('2026-08-17', 'other', 4, 'lincoln'),
    entry('2026-08-18', 'coaching', 2, 'washington'),
    entry('2026-08-18', 'other', 8, 'washington'),
  ]

  it('counts each school on its own and all schools combined', () => {
    expect(sharesOfEntries(entriesOfSchool(entries, 'lincoln')).percent?.coaching).toBe(60)
    expect(sharesOfEntries(entriesOfSchool(entries, 'washington')).percent?.coaching).toBe(20)
    const combined = sharesOfEntries(entriesOfSchool(entries, null))
    expect(combined.total).toBe(20)
    expect(combined.percent?.coaching).toBe(40)
  })
})

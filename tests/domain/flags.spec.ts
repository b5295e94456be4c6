import { describe, expect, it } from 'vitest'
import type { Bucket, Targets } from '@/domain/buckets'
import { DEFAULT_TARGETS } from '@/domain/buckets'
import {
  assessAsOfWeek,
  assessShares,
  combinedTargets,
  driftByWeek,
  isBelowTarget,
  shareFlags,
  weekFlags,
  yearOverview,
} from '@/domain/flags'
import { sharesOf, weeklyShares, type LoggedTime } from '@/domain/shares'
import { entriesOfSchool } from '@/domain/schoolScope'
import type { WontDoTasks } from '@/domain/wontDo'
import type { SchoolCalendar } from '@/domain/schoolWeeks'

const year: SchoolCalendar = {
  startDate: '2026-08-17',
  endDate: '2027-06-11',
  firstDayOfWeek: 1,
  markedWeeks: [
    { weekStart: '2026-09-07', kind: 'holiday', label: 'Labor Day week' },
    { weekStart: '2026-09-28', kind: 'testing', label: 'State tests' },
  ],
}
const entry = (date: string, bucket: Bucket, hours: number, schoolId = 'lincoln', taskId: string | null = null): LoggedTime => ({
  date,
  bucket,
  hours,
  schoolId,
  taskId,
})
const shares = (coaching: number, learning: number, other: number) => sharesOf({ coaching, learning, other })
const kinds = (t: Targets, c: number, l: number, o: number) => shareFlags(shares(c, l, o), t).map((f) => f.bucket)

describe('isBelowTarget', () => {
  it('exactly at the target is not below it', () => {
    expect(isBelowTarget(6, 10, 60)).toBe(false)
    expect(isBelowTarget(1, 10, 10)).toBe(false)
    expect(isBelowTarget(24, 40, 60)).toBe(false)
  })

  it('one quarter hour below the target is', () => {
    expect(isBelowTarget(5.75, 10, 60)).toBe(true)
    expect(isBelowTarget(23.75, 40, 60)).toBe(true)
    expect(isBelowTarget(0.75, 10, 10)).toBe(true)
  })

  it('a share the float maths would get wrong is still exact', () => {
    // 0.3 / 0.5 = 0.6 exactly, but (0.3 / 0.5) * 100 is 59.99999999999999 in floats.
    expect(isBelowTarget(0.75, 1.25, 60)).toBe(false)
    expect(isBelowTarget(3 * 0.25 * 7, 0.25 * 35, 60)).toBe(false)
  })

  it('nothing logged is never below', () => {
    expect(isBelowTarget(0, 0, 60)).toBe(false)
  })

  it('a target of 0% never flags and 100% flags anything short of all', () => {
    expect(isBelowTarget(0, 10, 0)).toBe(false)
    expect(isBelowTarget(9.75, 10, 100)).toBe(true)
    expect(isBelowTarget(10, 10, 100)).toBe(false)
  })
})

describe('shareFlags and assessShares', () => {
  it('zero total: says nothing logged, no flags', () => {
    const a = assessShares(shares(0, 0, 0), DEFAULT_TARGETS)
    expect(a.status).toBe('nothing-logged')
    expect(a.flags).toEqual([])
  })

  it('exactly at both targets: on target', () => {
    expect(kinds(DEFAULT_TARGETS, 6, 1, 3)).toEqual([])
    expect(assessShares(shares(6, 1, 3), DEFAULT_TARGETS).status).toBe('on-target')
  })

  it('coaching just below: flagged, learning fine', () => {
    expect(kinds(DEFAULT_TARGETS, 23.75, 4, 12.25)).toEqual(['coaching'])
  })

  it('learning just below: flagged, coaching fine', () => {
    expect(kinds(DEFAULT_TARGETS, 24, 3.75, 12.25)).toEqual(['learning'])
  })

  it('both below: two flags, coaching first', () => {
    const flags = shareFlags(shares(2, 0, 8), DEFAULT_TARGETS)
    expect(flags.map((f) => f.bucket)).toEqual(['coaching', 'learning'])
    expect(flags[0]).toMatchObject({ percent: 20, targetPct: 60, message: 'Coaching 20% is below the 60% target' })
    expect(flags[1]?.message).toBe('Professional learning 0% is below the 10% target')
  })

  it('only other time logged flags both', () => {
    expect(kinds(DEFAULT_TARGETS, 0, 0, 5)).toEqual(['coaching', 'learning'])
  })

  it('all coaching: learning is flagged (it is a minimum, too)', () => {
    expect(kinds(DEFAULT_TARGETS, 10, 0, 0)).toEqual(['learning'])
  })

  it('uses the agreement’s own targets', () => {
    const t = { coachingPct: 70, learningPct: 15 }
    expect(kinds(t, 6, 1, 3)).toEqual(['coaching', 'learning'])
    expect(kinds(t, 7, 1.5, 1.5)).toEqual([])
    expect(shareFlags(shares(6.5, 1.5, 2), t)[0]?.message).toBe('Coaching 65% is below the 70% target')
  })

  it('a message never rounds a share up to the target', () => {
    // 119.75 / 200 = 59.875%
    expect(shareFlags(shares(119.75, 20, 60.25), DEFAULT_TARGETS)[0]?.message).toBe('Coaching 59.8% is below the 60% target')
  })
})

describe('weekFlags', () => {
  const weeks = weeklyShares(
    [
      entry('2026-08-17', 'coaching', 2),
      entry('2026-08-17', 'other', 8),
      entry('2026-09-08', 'other', 8), // holiday week: no flag even though it would be
      entry('2026-09-29', 'other', 30), // testing week
    ],
    year,
  )
  const week = (start: string) =>
    weekFlags(
      weeks.find((w) => w.week.weekStart === start)!,
      DEFAULT_TARGETS,
    )

  it('flags a school week below target', () => {
    expect(week('2026-08-17').status).toBe('below-target')
    expect(week('2026-08-17').flags).toHaveLength(2)
  })

  it('never flags a week without school, even with hours logged', () => {
    expect(week('2026-09-07')).toMatchObject({ status: 'no-school', flags: [] })
    expect(week('2026-09-07').shares.total).toBe(8)
    expect(week('2026-09-28').status).toBe('no-school')
  })

  it('a school week with nothing logged says so', () => {
    expect(week('2026-08-24')).toMatchObject({ status: 'nothing-logged', flags: [] })
  })
})

describe('driftByWeek', () => {
  const wontDo: WontDoTasks = new Map([
    ['lincoln', new Set(['lunch-duty', 'testing'])],
    ['washington', new Set(['bus-duty'])],
  ])
  const entries = [
    entry('2026-08-17', 'other', 1.5, 'lincoln', 'lunch-duty'),
    entry('2026-08-18', 'other', 1, 'lincoln', 'lunch-duty'),
    entry('2026-08-19', 'other', 2, 'lincoln', 'testing'),
    entry('2026-08-19', 'coaching', 5, 'lincoln', 'cycles'), // will-do: not drift
    entry('2026-08-19', 'other', 1, 'lincoln', null), // bucket row: not drift
    entry('2026-08-25', 'other', 0.75, 'lincoln', 'lunch-duty'),
    entry('2026-09-08', 'other', 3, 'lincoln', 'testing'), // in a holiday week: still drift
    entry('2026-08-17', 'other', 4, 'washington', 'lunch-duty'), // washington never said won't to lunch duty
    entry('2026-08-17', 'other', 2, 'washington', 'bus-duty'),
  ]

  it('lists hours on won’t-do tasks per week and per task, and the total', () => {
    const d = driftByWeek(entriesOfSchool(entries, 'lincoln'), wontDo, 1)
    expect(d.weeks).toEqual([
      {
        weekStart: '2026-08-17',
        hours: 4.5,
        tasks: [
          { taskId: 'lunch-duty', hours: 2.5 },
          { taskId: 'testing', hours: 2 },
        ],
      },
      { weekStart: '2026-08-24', hours: 0.75, tasks: [{ taskId: 'lunch-duty', hours: 0.75 }] },
      { weekStart: '2026-09-07', hours: 3, tasks: [{ taskId: 'testing', hours: 3 }] },
    ])
    expect(d.tasks).toEqual([
      { taskId: 'testing', hours: 5 },
      { taskId: 'lunch-duty', hours: 3.25 },
    ])
    expect(d.totalHours).toBe(8.25)
  })

  it('judges each entry by its own school’s agreement, combined across schools', () => {
    const d = driftByWeek(entries, wontDo, 1)
    expect(d.totalHours).toBe(10.25)
    expect(d.weeks[0]?.hours).toBe(6.5)
  })

  it('no agreement means no drift', () => {
    expect(driftByWeek(entries, new Map(), 1)).toEqual({ weeks: [], tasks: [], totalHours: 0 })
  })
})

describe('combinedTargets', () => {
  it('uses shared targets, else the defaults', () => {
    const t = { coachingPct: 70, learningPct: 10 }
    expect(combinedTargets([t, { ...t }], DEFAULT_TARGETS)).toEqual(t)
    expect(combinedTargets([t, DEFAULT_TARGETS], DEFAULT_TARGETS)).toEqual(DEFAULT_TARGETS)
    expect(combinedTargets([], DEFAULT_TARGETS)).toEqual(DEFAULT_TARGETS)
  })
})

describe('assessAsOfWeek and yearOverview', () => {
  const entries = [
    entry('2026-08-17', 'coaching', 6),
    entry('2026-08-17', 'learning', 1),
    entry('2026-08-17', 'other', 3), // on target
    entry('2026-08-24', 'coaching', 2),
    entry('2026-08-24', 'other', 8), // below
    entry('2026-09-08', 'other', 10, 'lincoln', 'lunch-duty'), // holiday
    entry('2026-09-14', 'coaching', 8),
    entry('2026-09-14', 'learning', 2), // on target
  ]

  it('assesses the week, the last four school weeks and the year to date together', () => {
    const a = assessAsOfWeek(entries, year, '2026-09-14', DEFAULT_TARGETS)!
    expect(a.week.status).toBe('on-target')
    expect(a.rolling.weekStarts).toEqual(['2026-08-17', '2026-08-24', '2026-08-31', '2026-09-14'])
    expect(a.rolling.shares.hours).toEqual({ coaching: 16, learning: 3, other: 11 })
    expect(a.rolling.assessment.flags.map((f) => f.bucket)).toEqual(['coaching'])
    expect(a.yearToDate.shares.total).toBe(30)
    expect(assessAsOfWeek(entries, year, '2027-09-06', DEFAULT_TARGETS)).toBeNull()
  })

  it('gives every week its status, drift and the running year to date', () => {
    const rows = yearOverview(entries, year, DEFAULT_TARGETS, new Map([['lincoln', new Set(['lunch-duty'])]]))
    expect(rows).toHaveLength(43)
    expect(rows.slice(0, 5).map((r) => r.status)).toEqual(['on-target', 'below-target', 'nothing-logged', 'no-school', 'on-target'])
    expect(rows[3]?.driftHours).toBe(10)
    expect(rows[0]?.yearToDate.shares.percent?.coaching).toBe(60)
    expect(rows[1]?.yearToDate.shares.hours).toEqual({ coaching: 8, learning: 1, other: 11 })
    expect(rows[1]?.yearToDateAssessment.status).toBe('below-target')
    // The holiday's hours do not enter the running total.
    expect(rows[3]?.yearToDate.shares.total).toBe(20)
    expect(rows[4]?.yearToDate.shares.total).toBe(30)
    expect(rows.at(-1)?.yearToDate.weekStarts).toHaveLength(41)
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { daysTouched, dayTotalOf, dayTotalsOf, loggedTimeOf } from '@/domain/dayTotals'
import { weeklyShares, type LoggedTime } from '@/domain/shares'
import type { SchoolCalendar } from '@/domain/schoolWeeks'

const entry = (schoolId: string, date: string, taskId: string | null, bucket: LoggedTime['bucket'], hours: number): LoggedTime => ({
  schoolId,
  date,
  taskId,
  bucket,
  hours,
})

describe('dayTotalOf', () => {
  it('keeps one row per task or bucket row of that school and day, in quarter hours', () => {
    const total = dayTotalOf('lincoln', '2026-09-14', [
      entry('lincoln', '2026-09-14', 'cycles', 'coaching', 1.25),
      entry('lincoln', '2026-09-14', null, 'other', 0.5),
      entry('lincoln', '2026-09-14', 'cycles', 'coaching', 0.1 + 0.2), // float noise rounds to 0.25
      entry('lincoln', '2026-09-15', 'cycles', 'coaching', 3), // another day
      entry('washington', '2026-09-14', 'cycles', 'coaching', 3), // another school
    ])
    expect(total).toEqual({
      schoolId: 'lincoln',
      date: '2026-09-14',
      rows: [
        { taskId: null, bucket: 'other', hours: 0.5 },
        { taskId: 'cycles', bucket: 'coaching', hours: 1.5 },
      ],
    })
  })

  it('is null for a day with nothing logged', () => {
    expect(dayTotalOf('lincoln', '2026-09-14', [])).toBeNull()
    expect(dayTotalOf('lincoln', '2026-09-14', [entry('lincoln', '2026-09-15', null, 'coaching', 2)])).toBeNull()
  })

  it('keeps a task logged under its old bucket apart from the same task under its new one', () => {
    const total = dayTotalOf('lincoln', '2026-09-14', [
      entry('lincoln', '2026-09-14', 'data', 'other', 1),
      entry('lincoln', '2026-09-14', 'data', 'coaching', 2),
    ])
    expect(total!.rows).toEqual([
      { taskId: 'data', bucket: 'coaching', hours: 2 },
      { taskId: 'data', bucket: 'other', hours: 1 },
    ])
  })
})

describe('dayTotalsOf and daysTouched', () => {
  it('groups by school and day, ordered as the table keys them', () => {
    const totals = dayTotalsOf([
      entry('b', '2026-09-14', null, 'coaching', 1),
      entry('a', '2026-09-15', null, 'coaching', 1),
      entry('a', '2026-09-14', null, 'learning', 1),
      entry('a', '2026-09-14', null, 'coaching', 2),
    ])
    expect(totals.map((t) => `${t.schoolId} ${t.date} ${t.rows.length}`)).toEqual(['a 2026-09-14 2', 'a 2026-09-15 1', 'b 2026-09-14 1'])
    expect(
      daysTouched([
        entry('a', '2026-09-14', null, 'coaching', 1),
        entry('a', '2026-09-14', 'x', 'other', 1),
        entry('b', '2026-09-14', null, 'other', 1),
      ]),
    ).toEqual([
      ['a', '2026-09-14'],
      ['b', '2026-09-14'],
    ])
  })
})

// Entries as the time log stores them: at most one per school, day and row.
const schools = ['lincoln', 'washington']
const rows: Array<[string | null, LoggedTime['bucket']]> = [
  [null, 'coaching'],
  [null, 'learning'],
  [null, 'other'],
  ['cycles', 'coaching'],
  ['pd', 'learning'],
  ['duty', 'other'],
]
const loggedTime = fc
  .uniqueArray(
    fc.record({
      school: fc.nat({ max: 1 }),
      day: fc.nat({ max: 80 }),
      row: fc.nat({ max: rows.length - 1 }),
      quarters: fc.integer({ min: 1, max: 40 }),
    }),
    { selector: (e) => `${e.school}|${e.day}|${e.row}`, maxLength: 200 },
  )
  .map((list) =>
    list.map((e) => {
      const date = new Date(Date.UTC(2026, 7, 17 + e.day)).toISOString().slice(0, 10)
      const [taskId, bucket] = rows[e.row]!
      return entry(schools[e.school]!, date, taskId, bucket, e.quarters / 4)
    }),
  )

const year: SchoolCalendar = { startDate: '2026-08-17', endDate: '2026-11-20', firstDayOfWeek: 1, markedWeeks: [] }
const sortKey = (e: LoggedTime) => `${e.schoolId}|${e.date}|${e.taskId}|${e.bucket}|${e.hours}`

describe('loggedTimeOf', () => {
  it('gives back exactly the logged time the entries hold, so every share is the same', () => {
    fc.assert(
      fc.property(loggedTime, (entries) => {
        const fromTotals = loggedTimeOf(dayTotalsOf(entries))
        expect(fromTotals.map(sortKey).sort()).toEqual(entries.map(sortKey).sort())
        expect(weeklyShares(fromTotals, year)).toEqual(weeklyShares(entries, year))
      }),
      { numRuns: 100 },
    )
  })
})

import { describe, expect, it } from 'vitest'
import { plannedRows, spreadPlan } from '@/domain/planFill'
import { shortfallHours } from '@/domain/flags'

const days = ['2026-09-14', '2026-09-15', '2026-09-16', '2026-09-17', '2026-09-18']
const sumOf = (cells: ReturnType<typeof spreadPlan>, rowKey: string) =>
  cells.filter((c) => c.rowKey === rowKey).reduce((q, c) => q + c.hours * 4, 0) / 4

describe('fill from plan', () => {
  it('takes the will-do estimates only', () => {
    expect(
      plannedRows([
        { taskId: 'a', choice: 'will', weeklyHours: 10 },
        { taskId: 'b', choice: 'will', weeklyHours: null },
        { taskId: 'c', choice: 'wont', weeklyHours: 3 },
        { taskId: 'd', choice: 'discuss', weeklyHours: 2 },
        { taskId: 'e', choice: 'will', weeklyHours: 0 },
      ]),
    ).toEqual([{ rowKey: 'a', weeklyHours: 10 }])
  })

  it('spreads each estimate over the school days in quarter hours that add up exactly', () => {
    const cells = spreadPlan(
      [
        { rowKey: 'cycles', weeklyHours: 10 },
        { rowKey: 'plc', weeklyHours: 1.5 },
        { rowKey: 'book', weeklyHours: 0.25 },
      ],
      days,
    )
    expect(cells.filter((c) => c.rowKey === 'cycles').map((c) => c.hours)).toEqual([2, 2, 2, 2, 2])
    expect(sumOf(cells, 'plc')).toBe(1.5)
    expect(sumOf(cells, 'book')).toBe(0.25)
    for (const c of cells) expect(Math.round(c.hours * 4)).toBe(c.hours * 4)
    // 1.5 h is six quarters over five days: one day gets two; the quarter of the next row goes to another day.
    expect(cells.filter((c) => c.rowKey === 'plc').map((c) => c.hours)).toEqual([0.5, 0.25, 0.25, 0.25, 0.25])
    expect(cells.find((c) => c.rowKey === 'book')?.date).toBe('2026-09-15')
  })

  it('uses only the days given (a short week) and nothing without days', () => {
    const cells = spreadPlan([{ rowKey: 'cycles', weeklyHours: 10 }], days.slice(0, 3))
    expect(cells.map((c) => [c.date, c.hours])).toEqual([
      ['2026-09-14', 3.5],
      ['2026-09-15', 3.25],
      ['2026-09-16', 3.25],
    ])
    expect(spreadPlan([{ rowKey: 'cycles', weeklyHours: 10 }], [])).toEqual([])
  })
})

describe('shortfallHours', () => {
  const shares = (coaching: number, learning: number, other: number) => ({
    hours: { coaching, learning, other },
    total: coaching + learning + other,
    percent: null,
  })
  it('says how many of the week’s hours would have to move into the bucket, in quarters rounded up', () => {
    expect(shortfallHours(shares(20, 2, 18), 'learning', 10)).toBe(2)
    expect(shortfallHours(shares(20, 2, 18), 'coaching', 60)).toBe(4)
    expect(shortfallHours(shares(20, 3.9, 16.1), 'learning', 10)).toBe(0.25)
    expect(shortfallHours(shares(24, 4, 12), 'coaching', 60)).toBe(0)
    expect(shortfallHours(shares(24, 4, 12), 'learning', 10)).toBe(0)
  })
})

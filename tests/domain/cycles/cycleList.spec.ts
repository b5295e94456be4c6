import { describe, expect, it } from 'vitest'
import { cycleListRows, cyclePhase, filterCycleRows } from '@/domain/cycles/cycleList'
import type { CoachingCycle, CycleSession } from '@/domain/schemas/cycle'
import { emptyCycleFields } from '@/domain/cycles/newCycle'

const cycle = (extra: Partial<CoachingCycle> = {}): CoachingCycle => ({
  id: 'c1',
  schoolId: 's',
  schoolYearId: 'y',
  teacherName: 'Dana Wells',
  teacherLabel: 'DW',
  gradeOrSubject: 'Grade 4',
  startDate: '2026-09-01',
  ...emptyCycleFields(),
  createdAt: 1,
  updatedAt: 1,
  ...extra,
})
const identified = {
  goal: 'Explain',
  measure: { what: 'Exit tickets', kind: 'percent' as const, unitLabel: '%', min: null, max: null },
  target: { value: 80, date: '2026-10-30' },
}

describe('cycle list', () => {
  it('finds the phase', () => {
    expect(cyclePhase(cycle())).toBe('identify')
    expect(cyclePhase(cycle(identified))).toBe('learn')
    expect(cyclePhase(cycle({ ...identified, strategies: [{ playbookId: null, name: 'Modeling' }] }))).toBe('improve')
    expect(cyclePhase(cycle({ outcome: { result: 'met', date: '2026-10-30', reason: '' } }))).toBe('finished')
  })

  it('counts days open, the next check and the sessions', () => {
    const sessions = [
      { cycleId: 'c1', minutes: 45 },
      { cycleId: 'c1', minutes: 45 },
      { cycleId: 'other', minutes: 30 },
    ] as CycleSession[]
    const [row] = cycleListRows([cycle({ progressChecks: [{ id: 'p', date: '2026-09-10', value: 1, note: '' }] })], sessions, '2026-09-21')
    expect(row).toMatchObject({ phase: 'identify', daysOpen: 20, nextCheckDue: '2026-09-24', sessionCount: 2, hours: 1.5 })
    const [done] = cycleListRows([cycle({ outcome: { result: 'met', date: '2026-09-11', reason: '' } })], [], '2026-12-01')
    expect(done).toMatchObject({ daysOpen: 10, nextCheckDue: null })
    expect(cycleListRows([cycle()], [], '2026-09-02')[0]!.nextCheckDue).toBe('2026-09-15')
  })

  it('filters by phase and search', () => {
    const rows = cycleListRows([cycle(), cycle({ id: 'c2', teacherName: 'Sam Lee', ...identified })], [], '2026-09-05')
    expect(filterCycleRows(rows, { phase: 'learn' }).map((r) => r.cycle.id)).toEqual(['c2'])
    expect(filterCycleRows(rows, { search: 'dana' }).map((r) => r.cycle.id)).toEqual(['c1'])
    expect(filterCycleRows(rows, {})).toHaveLength(2)
  })
})

import { describe, expect, it } from 'vitest'
import { median, programMeasures } from '@/domain/cycles/programMeasures'
import type { CoachingCycle, CycleSession } from '@/domain/schemas/cycle'

const stamp = 1_788_000_000_000
let n = 0
function cycle(teacherName: string, over: Partial<CoachingCycle> = {}): CoachingCycle {
  n += 1
  return {
    id: `c${n}`,
    schoolId: 's1',
    schoolYearId: 'y1',
    teacherName,
    teacherLabel: '',
    gradeOrSubject: '',
    startDate: '2026-09-07',
    evidence: [],
    currentReality: '',
    goal: 'Exit tickets',
    peers: [],
    measure: { what: 'mastery', kind: 'percent', unitLabel: '%', min: null, max: null },
    baseline: { value: 40, date: '2026-09-07' },
    target: { value: 80, date: '2026-11-01' },
    strategies: [],
    adaptations: [],
    progressChecks: [],
    outcome: null,
    reflection: '',
    createdAt: stamp,
    updatedAt: stamp,
    ...over,
  } as CoachingCycle
}
const outcome = (result: 'met' | 'partly-met' | 'not-met' | 'stopped', date = '2026-10-05') => ({ result, date, reason: '' })
function session(cycleId: string, minutes: number): CycleSession {
  n += 1
  return {
    id: `s${n}`,
    cycleId,
    schoolId: 's1',
    schoolYearId: 'y1',
    date: '2026-09-10',
    minutes,
    kind: 'meeting',
    rowKey: 'bucket:coaching',
    note: '',
    createdAt: stamp,
    updatedAt: stamp,
  } as CycleSession
}

describe('programMeasures', () => {
  it('with no cycles counts zero and gives reasons for the medians', () => {
    const m = programMeasures([], [])
    expect(m.cyclesStarted).toMatchObject({ value: 0, withheld: false })
    expect(m.met.value).toBe(0)
    expect(m.medianWeeksToMet).toMatchObject({ value: null, withheld: false, reason: 'No cycle has met its goal yet.' })
    expect(m.medianProgressPercent.value).toBeNull()
    expect(m.medianHoursPerCycle.value).toBeNull()
    expect(m.totalHours.value).toBe(0)
    expect(m.byStrategy).toEqual([])
  })

  it('with only stopped cycles counts them and has no weeks to met', () => {
    const cycles = ['Ann', 'Bo', 'Cy'].map((t) => cycle(t, { outcome: outcome('stopped') }))
    const m = programMeasures(cycles, [])
    expect(m.stopped.value).toBe(3)
    expect(m.finished.value).toBe(3)
    expect(m.active.value).toBe(0)
    expect(m.met.value).toBe(0)
    expect(m.medianWeeksToMet.value).toBeNull()
    expect(m.medianWeeksToMet.reason).toMatch(/No cycle has met/)
  })

  it('takes the middle of an odd list and the mean of the two middles of an even one', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([2, 2, 5, 5])).toBe(3.5)
    expect(median([])).toBeNull()
  })

  it('computes medians of weeks, progress and hours over four teachers', () => {
    const cycles = [
      cycle('Ann', { outcome: outcome('met', '2026-09-28') }), // 3 weeks
      cycle('Bo', { outcome: outcome('met', '2026-10-12') }), // 5 weeks
      cycle('Cy', { progressChecks: [{ id: 'p1', date: '2026-10-01', value: 60, note: '' }] }), // 50 %
      cycle('Di', {
        progressChecks: [
          { id: 'p3', date: '2026-10-20', value: 30, note: '' },
          { id: 'p2', date: '2026-10-01', value: 90, note: '' },
        ],
      }), // latest 30, below baseline: 0 %
      cycle('Ed', { outcome: outcome('met', '2026-10-05') }), // 4 weeks
    ]
    const ids = cycles.map((c) => c.id)
    const sessions = [session(ids[0]!, 60), session(ids[0]!, 30), session(ids[1]!, 120), session(ids[2]!, 60)]
    const m = programMeasures(cycles, sessions)
    expect(m.medianWeeksToMet.value).toBe(4)
    // Shares: 1, 1, 0.5, 0, 1 -> median 1
    expect(m.medianProgressPercent.value).toBe(100)
    // Hours: 1.5, 2, 1, 0, 0 -> median 1
    expect(m.medianHoursPerCycle.value).toBe(1)
    expect(m.totalHours.value).toBe(4.5)
    expect(m.teachersReached.value).toBe(5)
    expect(m.goalsSet.value).toBe(5)
  })

  it('withholds counts behind fewer than three teachers, and never allows fewer than three', () => {
    const cycles = [cycle('Ann', { outcome: outcome('met') }), cycle('ann ', { outcome: outcome('met') }), cycle('Bo'), cycle('Cy')]
    const m = programMeasures(cycles, [], { minTeachers: 1 })
    expect(m.minTeachers).toBe(3)
    expect(m.cyclesStarted.value).toBe(4)
    expect(m.met).toMatchObject({ value: null, withheld: true })
    expect(m.met.reason).toMatch(/1 teacher is behind this figure, fewer than 3/)
    expect(m.medianWeeksToMet.withheld).toBe(true)
    expect(m.active.withheld).toBe(true)
    expect(m.stopped.value).toBe(0)

    const two = programMeasures([cycle('Ann'), cycle('Bo')], [])
    expect(two.cyclesStarted.withheld).toBe(true)
    expect(two.met.withheld).toBe(true)
    expect(two.teachersReached.value).toBeNull()
  })

  it('in the coach’s own view keeps every value and marks what the principal’s outputs leave out', () => {
    const cycles = [
      cycle('Ann', { outcome: outcome('met') }),
      cycle('Bo', { outcome: outcome('met') }),
      cycle('Cy', { outcome: outcome('not-met') }),
    ]
    const coach = programMeasures(cycles, [], { coachView: true })
    expect(coach.goalsSet).toMatchObject({ value: 3, withheld: false, reason: null })
    expect(coach.met).toMatchObject({ value: 2, withheld: true })
    expect(coach.met.reason).toBe('2 teachers are behind this figure, fewer than 3.')
    expect(coach.notMet).toMatchObject({ value: 1, withheld: true })
    // The same cycles for the principal: the values are gone.
    const principal = programMeasures(cycles, [])
    expect(principal.met).toMatchObject({ value: null, withheld: true })
    expect(principal.notMet.value).toBeNull()
  })

  it('reports results by strategy, each suppressed on its own', () => {
    const peer = { playbookId: null, name: 'Peer feedback' }
    const wait = { playbookId: null, name: 'Wait time' }
    const cycles = [
      cycle('Ann', { strategies: [peer, wait], outcome: outcome('met') }),
      cycle('Bo', { strategies: [peer], outcome: outcome('met') }),
      cycle('Cy', { strategies: [{ playbookId: null, name: 'peer feedback ' }], outcome: outcome('met') }),
      cycle('Di', { strategies: [peer] }),
    ]
    const m = programMeasures(cycles, [])
    expect(m.byStrategy.map((s) => s.name)).toEqual(['Peer feedback', 'Wait time'])
    expect(m.byStrategy[0]!.cycles.value).toBe(4)
    expect(m.byStrategy[0]!.met.value).toBe(3)
    expect(m.byStrategy[1]!.cycles.withheld).toBe(true)
    expect(m.byStrategy[1]!.met.withheld).toBe(true)
  })
})

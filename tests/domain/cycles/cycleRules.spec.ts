import { describe, expect, it } from 'vitest'
import { coachingCycleSchema } from '@/domain/schemas/cycle'
import { cycleProblems, measureRangeProblem } from '@/domain/cycles/cycleRules'
import { problemsByField, fieldProblems } from '@/domain/validation'
import { cycleRecord } from '../../support/cycleSeed'

const refusals = (extra: Parameters<typeof cycleRecord>[0]) => {
  const result = coachingCycleSchema.safeParse(cycleRecord(extra))
  return result.success ? {} : problemsByField(fieldProblems(result.error))
}

describe('the rules a coaching cycle keeps', () => {
  it('accepts a whole cycle', () => {
    expect(cycleProblems(cycleRecord())).toEqual([])
    expect(coachingCycleSchema.safeParse(cycleRecord()).success).toBe(true)
  })

  it('refuses a target equal to the baseline, at the target', () => {
    expect(refusals({ target: { value: 52, date: '2026-11-20' } })).toEqual({ 'target.value': 'The target must differ from the baseline.' })
  })

  it('refuses a target date before the start, and one not after the baseline', () => {
    expect(refusals({ target: { value: 85, date: '2026-09-01' } })['target.date']).toBe(
      'The target date cannot come before the cycle starts.',
    )
    expect(refusals({ target: { value: 85, date: '2026-09-14' } })['target.date']).toBe('The target date must come after the baseline.')
  })

  it('refuses a percentage outside 0 to 100 wherever it is, naming the progress check', () => {
    expect(refusals({ baseline: { value: -1, date: '2026-09-14' } })['baseline.value']).toBe('A percentage runs from 0 to 100.')
    expect(
      refusals({
        progressChecks: [
          { id: 'c1', date: '2026-10-01', value: 60, note: '' },
          { id: 'c2', date: '2026-10-08', value: 140, note: '' },
        ],
      }),
    ).toEqual({
      'progressChecks.1.value': 'A percentage runs from 0 to 100.',
    })
  })

  it('uses the lowest and highest values of a number measure, and refuses them the wrong way round', () => {
    const measure = { what: 'words read per minute', kind: 'number' as const, unitLabel: 'words', min: 0, max: 200 }
    expect(measureRangeProblem(measure, 250)).toBe('This measure runs up to 200; 250 is above it.')
    expect(measureRangeProblem(measure, -5)).toBe('This measure runs from 0; -5 is below it.')
    expect(measureRangeProblem({ ...measure, min: null, max: null }, 10_000)).toBeNull()
    expect(refusals({ measure: { ...measure, min: 50, max: 50 }, baseline: null, target: null })).toEqual({
      'measure.max': 'The highest value must be above the lowest.',
    })
  })

  it('refuses a progress check or an outcome before the cycle starts', () => {
    expect(refusals({ progressChecks: [{ id: 'c1', date: '2026-09-01', value: 60, note: '' }] })['progressChecks.0.date']).toBe(
      'A progress check cannot come before the cycle starts.',
    )
    expect(refusals({ outcome: { result: 'met', date: '2026-09-01', reason: '' } })['outcome.date']).toBe(
      'The outcome cannot come before the cycle starts.',
    )
  })

  it('leaves a cycle still at Identify alone: no baseline or target yet', () => {
    expect(cycleProblems(cycleRecord({ baseline: null, target: null, goal: '' }))).toEqual([])
  })
})

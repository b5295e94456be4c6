import { describe, expect, it } from 'vitest'
import { cycleRuleProblems, valueRangeProblem, type CycleRuleInput } from '@/domain/cycles/cycleRules'

const base: CycleRuleInput = {
  startDate: '2026-09-01',
  measure: { kind: 'percent', min: null, max: null },
  baseline: { value: 40, date: '2026-09-01' },
  target: { value: 80, date: '2026-10-15' },
  progressChecks: [],
  outcome: null,
}
const at = (input: Partial<CycleRuleInput>) =>
  Object.fromEntries(cycleRuleProblems({ ...base, ...input }).map((p) => [p.path.join('.'), p.message]))

describe('cycle rules', () => {
  it('accepts a sound cycle', () => expect(cycleRuleProblems(base)).toEqual([]))
  it('refuses a target equal to the baseline', () =>
    expect(at({ target: { value: 40, date: '2026-10-15' } })['target.value']).toBe('The target must differ from the baseline.'))
  it('refuses a target date before the start', () => expect(at({ target: { value: 80, date: '2026-08-01' } })['target.date']).toBeTruthy())
  it('refuses a percentage over 100', () => {
    const problems = at({ progressChecks: [base.baseline!, base.baseline!, { value: 140, date: '2026-09-10' }] })
    expect(problems['progressChecks.2.value']).toBe('A percentage runs from 0 to 100.')
  })
  it('refuses a check before the start and an outcome before the start', () => {
    const problems = at({ progressChecks: [{ value: 50, date: '2026-08-30' }], outcome: { date: '2026-08-01' } })
    expect(problems['progressChecks.0.date']).toBeTruthy()
    expect(problems['outcome.date']).toBeTruthy()
  })
  it('uses min and max for numbers and refuses min over max', () => {
    expect(valueRangeProblem({ kind: 'number', min: 0, max: 10 }, 11)).toBe('The value runs from 0 to 10.')
    expect(valueRangeProblem({ kind: 'number', min: null, max: null }, 1000)).toBeNull()
    expect(at({ measure: { kind: 'number', min: 10, max: 5 }, baseline: null, target: null })['measure.max']).toBeTruthy()
  })
})

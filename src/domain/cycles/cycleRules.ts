/**
 * Cross-field rules of a coaching cycle, as pure checks. Each returns the problems it finds,
 * keyed by the record's field path, so the schema can report them at the field.
 */
export interface CycleRuleProblem {
  path: (string | number)[]
  message: string
}

interface MeasureLike {
  kind: 'percent' | 'number'
  min: number | null
  max: number | null
}
interface PointLike {
  value: number
  date: string
}
export interface CycleRuleInput {
  startDate: string
  measure: MeasureLike
  baseline: PointLike | null
  target: PointLike | null
  progressChecks: PointLike[]
  outcome: { date: string } | null
}

/** Why a value is outside the measure's range, or null when it fits. */
export function valueRangeProblem(measure: MeasureLike, value: number): string | null {
  if (measure.kind === 'percent') return value < 0 || value > 100 ? 'A percentage runs from 0 to 100.' : null
  const { min, max } = measure
  if (min !== null && max !== null && min <= max && (value < min || value > max)) return `The value runs from ${min} to ${max}.`
  if (min !== null && value < min) return `The value is at least ${min}.`
  if (max !== null && value > max) return `The value is at most ${max}.`
  return null
}

export function cycleRuleProblems(cycle: CycleRuleInput): CycleRuleProblem[] {
  const problems: CycleRuleProblem[] = []
  const { measure, startDate } = cycle
  if (measure.kind === 'number' && measure.min !== null && measure.max !== null && measure.min > measure.max) {
    problems.push({ path: ['measure', 'max'], message: 'The highest value cannot be below the lowest.' })
  }
  const checkValue = (point: PointLike | null, path: (string | number)[]) => {
    if (!point) return
    const message = valueRangeProblem(measure, point.value)
    if (message) problems.push({ path: [...path, 'value'], message })
  }
  checkValue(cycle.baseline, ['baseline'])
  checkValue(cycle.target, ['target'])
  cycle.progressChecks.forEach((check, index) => {
    checkValue(check, ['progressChecks', index])
    if (check.date < startDate) {
      problems.push({ path: ['progressChecks', index, 'date'], message: 'A progress check cannot come before the cycle starts.' })
    }
  })
  if (cycle.target && cycle.baseline && cycle.target.value === cycle.baseline.value) {
    problems.push({ path: ['target', 'value'], message: 'The target must differ from the baseline.' })
  }
  if (cycle.target && cycle.target.date < startDate) {
    problems.push({ path: ['target', 'date'], message: 'The target date cannot come before the cycle starts.' })
  }
  if (cycle.outcome && cycle.outcome.date < startDate) {
    problems.push({ path: ['outcome', 'date'], message: 'The outcome cannot come before the cycle starts.' })
  }
  return problems
}

import type { CoachingCycle, Measure } from '../schemas/cycle'

/**
 * The rules a coaching cycle's fields must keep together, beyond each field's own shape. Each
 * problem names the field it belongs to, so a form shows it there. Pure: rules that read the clock
 * (a check in the future) belong to the writes.
 */
export interface CycleProblem {
  path: (string | number)[]
  message: string
}

type CycleFields = Pick<CoachingCycle, 'startDate' | 'measure' | 'baseline' | 'target' | 'progressChecks' | 'outcome'>

/** Why a value does not fit the measure, or null when it does. */
export function measureRangeProblem(measure: Measure, value: number): string | null {
  if (measure.kind === 'percent') return value < 0 || value > 100 ? 'A percentage runs from 0 to 100.' : null
  if (measure.min !== null && value < measure.min) return `This measure runs from ${measure.min}; ${value} is below it.`
  if (measure.max !== null && value > measure.max) return `This measure runs up to ${measure.max}; ${value} is above it.`
  return null
}

export function cycleProblems(cycle: CycleFields): CycleProblem[] {
  const problems: CycleProblem[] = []
  const { measure, baseline, target, startDate } = cycle
  if (measure.kind === 'number' && measure.min !== null && measure.max !== null && measure.min >= measure.max) {
    problems.push({ path: ['measure', 'max'], message: 'The highest value must be above the lowest.' })
  }
  const inRange = (value: number, path: (string | number)[]) => {
    const problem = measureRangeProblem(measure, value)
    if (problem) problems.push({ path, message: problem })
  }
  if (baseline) inRange(baseline.value, ['baseline', 'value'])
  if (target) {
    inRange(target.value, ['target', 'value'])
    if (baseline && target.value === baseline.value)
      problems.push({ path: ['target', 'value'], message: 'The target must differ from the baseline.' })
    if (target.date < startDate)
      problems.push({ path: ['target', 'date'], message: 'The target date cannot come before the cycle starts.' })
    if (baseline && target.date <= baseline.date)
      problems.push({ path: ['target', 'date'], message: 'The target date must come after the baseline.' })
  }
  cycle.progressChecks.forEach((check, i) => {
    inRange(check.value, ['progressChecks', i, 'value'])
    if (check.date < startDate)
      problems.push({ path: ['progressChecks', i, 'date'], message: 'A progress check cannot come before the cycle starts.' })
  })
  if (cycle.outcome && cycle.outcome.date < startDate) {
    problems.push({ path: ['outcome', 'date'], message: 'The outcome cannot come before the cycle starts.' })
  }
  return problems
}

/**
 * The progress of a cycle in words and figures, for the Improve phase's chart and its text
 * alternative: the checks in date order, the latest one, and how far it has come from the
 * baseline towards the target.
 */
import { format } from 'date-fns'
import { fromIsoDate, type IsoDate } from '../dates'
import type { CoachingCycle, Measure, ProgressCheck } from '../schemas/cycle'

export type ProgressInput = Pick<CoachingCycle, 'measure' | 'baseline' | 'target' | 'progressChecks'>

/** "Oct 20": the short date the charts use. */
export const shortDate = (date: IsoDate) => format(fromIsoDate(date), 'MMM d')

const round1 = (n: number) => Math.round(n * 10) / 10

/** "64%" for a percentage, "12 words" for a number with its unit. */
export function measureValueText(value: number, measure: Pick<Measure, 'kind' | 'unitLabel'>): string {
  if (measure.kind === 'percent') return `${round1(value)}%`
  const unit = measure.unitLabel.trim()
  return unit ? `${round1(value)} ${unit}` : String(round1(value))
}

export const checksInOrder = (checks: readonly ProgressCheck[]) => [...checks].sort((a, b) => a.date.localeCompare(b.date))

/** How far the latest check has come from the baseline to the target (1 = reached), or null when it cannot be said. */
export function shareOfTheWay(cycle: ProgressInput): number | null {
  const latest = checksInOrder(cycle.progressChecks).at(-1)
  if (!latest || !cycle.baseline || !cycle.target || cycle.target.value === cycle.baseline.value) return null
  return (latest.value - cycle.baseline.value) / (cycle.target.value - cycle.baseline.value)
}

/** Whether the cycle has anything to draw: a baseline or a check. */
export const hasProgressToShow = (cycle: ProgressInput) => cycle.baseline !== null || cycle.progressChecks.length > 0

/**
 * The chart's text alternative in one sentence, e.g. "Latest check 64% on 20 Oct, baseline 40%,
 * target 80%: 60% of the way."
 */
export function progressSummary(cycle: ProgressInput): string {
  const v = (n: number) => measureValueText(n, cycle.measure)
  const latest = checksInOrder(cycle.progressChecks).at(-1)
  const parts: string[] = [latest ? `Latest check ${v(latest.value)} on ${shortDate(latest.date)}` : 'No progress check yet']
  parts.push(cycle.baseline ? `baseline ${v(cycle.baseline.value)}` : 'no baseline set')
  if (cycle.target) parts.push(`target ${v(cycle.target.value)} by ${shortDate(cycle.target.date)}`)
  const share = shareOfTheWay(cycle)
  const way =
    share === null
      ? ''
      : share >= 1
        ? ': the target is reached'
        : share < 0
          ? ': below the baseline'
          : `: ${Math.round(share * 100)}% of the way`
  return `${parts.join(', ')}${way}.`
}

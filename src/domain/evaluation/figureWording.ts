/**
 * (Pure, so the results PDF words its figures the same way as the screen.)
 * How one rater group's figure reads in a table cell: the mean on the 1–5 scale with two
 * decimals (the precision the gaps are worked out at, so a marked gap always shows in the
 * figures), then the spread as a standard deviation (left out for a single rater) and the number
 * of raters it covers, then
 * how many chose "not able to judge".
 */
import { formatScore } from './scoreFormat'
import type { GroupFigure } from './results'

export const formatMean = (mean: number) => formatScore(mean)

export function figureDetail(figure: GroupFigure): string {
  if (figure.mean === null || figure.spread === null) return ''
  // One rater has no spread to speak of: the self-evaluation, usually the administrator.
  if (figure.raters === 1) return '1 rater'
  const raters = `${figure.raters} raters`
  return `SD ${formatScore(figure.spread)}, ${raters}`
}

export function notAbleText(figure: GroupFigure): string {
  return figure.notAbleToJudge > 0 ? `${figure.notAbleToJudge} not able to judge` : ''
}

/** The sentence that stands in for every teacher figure and comment while too few teachers answered. */
export function teachersNeededText(answered: number, min: number): string {
  const more = min - answered
  const sofar =
    answered === 0 ? 'no teacher has answered yet' : answered === 1 ? '1 teacher has answered' : `${answered} teachers have answered`
  return `Teacher results and comments stay hidden until at least ${min} teachers have answered, so no answer can be traced to a teacher: ${sofar}, ${more === 1 ? '1 more answer is' : `${more} more answers are`} needed.`
}

/** The words of the program results page: the headline and how a figure reads. Pure. */
import type { Figure, ProgramMeasures } from './programMeasures'

/** The program page's scope: the active school, or every school, of the active school year. */
export type ProgramScope = 'school' | 'all'

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/**
 * The number; "Withheld" for a figure kept back without its value (the principal's outputs), "Not
 * measured yet" for one with nothing behind it. In the coach's view a withheld figure keeps its number.
 */
export function figureValueText(figure: Figure<number>): string {
  if (figure.value === null) return figure.withheld ? 'Withheld' : 'Not measured yet'
  return String(figure.value)
}

/**
 * "3 goals set, 2 met." A withheld part says so in words: "Goals set: withheld (fewer than 3
 * teachers); 2 met." or, both withheld, "Goals set and met: withheld (fewer than 3 teachers)."
 */
export function programHeadline(m: Pick<ProgramMeasures, 'goalsSet' | 'met' | 'minTeachers'>): string {
  const why = `withheld (fewer than ${m.minTeachers} teachers)`
  const goals = m.goalsSet.value
  const met = m.met.value
  if (goals === null && met === null) return `Goals set and met: ${why}.`
  const goalsPart = goals === null ? `Goals set: ${why}` : plural(goals, 'goal set', 'goals set')
  const metPart = met === null ? `met: ${why}` : `${met} met`
  return goals === null || met === null ? `${goalsPart}; ${metPart}.` : `${goalsPart}, ${metPart}.`
}

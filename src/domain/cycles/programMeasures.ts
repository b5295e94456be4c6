import { fromIsoDate } from '../dates'
import type { CoachingCycle, CycleSession } from '../schemas/cycle'

/**
 * Program evaluation of coaching cycles: the figures a coach can share with a principal about a
 * set of cycles (one school and year, or all schools). Pure: no clock, no storage.
 *
 * Every figure says what it covers. A figure is withheld (value null, `withheld: true`, a reason)
 * when fewer than `minTeachers` distinct teachers are behind it, so that no single teacher can be
 * picked out. A zero count has no teacher behind it; it is shown only when the whole set reaches
 * `minTeachers` teachers (otherwise "0 met" among two teachers would say something about both).
 */
export const MIN_TEACHERS_FLOOR = 3

export type Figure<T> = {
  value: T | null
  /** What the figure counts, as a sentence. */
  covers: string
  /** True when the principal's outputs leave the value out (too few teachers behind it). */
  withheld: boolean
  /**
   * Why the value is null (withheld, or nothing to measure); null when there is a value. In the
   * coach's own view a withheld figure keeps its value and this says the principal's outputs leave it out.
   */
  reason: string | null
}

export type StrategyResult = { name: string; cycles: Figure<number>; met: Figure<number> }

export type ProgramMeasures = {
  minTeachers: number
  cyclesStarted: Figure<number>
  active: Figure<number>
  finished: Figure<number>
  goalsSet: Figure<number>
  met: Figure<number>
  partlyMet: Figure<number>
  notMet: Figure<number>
  stopped: Figure<number>
  medianWeeksToMet: Figure<number>
  /** Percent of the gap from baseline to target, 0 to 100. */
  medianProgressPercent: Figure<number>
  teachersReached: Figure<number>
  medianHoursPerCycle: Figure<number>
  totalHours: Figure<number>
  byStrategy: StrategyResult[]
}

const teacherKey = (cycle: CoachingCycle) => cycle.teacherName.trim().toLowerCase()
const teachersOf = (cycles: CoachingCycle[]) => new Set(cycles.map(teacherKey)).size
const round1 = (value: number) => Math.round(value * 10) / 10

export function median(values: number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  const upper = sorted[mid] ?? 0
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2
}

function withheldReason(teachers: number, minTeachers: number): string {
  const who = teachers === 1 ? '1 teacher is' : `${teachers} teachers are`
  return `Withheld: ${who} behind this figure, fewer than ${minTeachers}, so a teacher could be identified.`
}

function leftOutReason(teachers: number, minTeachers: number): string {
  const who = teachers === 1 ? '1 teacher is' : `${teachers} teachers are`
  return `${who[0]!.toUpperCase()}${who.slice(1)} behind this figure, fewer than ${minTeachers}.`
}

export function programMeasures(
  cycles: CoachingCycle[],
  sessions: CycleSession[],
  /**
   * `coachView`: the coach's own screen, on the coach's device. Every value is kept; a figure the
   * principal's outputs would withhold is still marked withheld, with a reason saying so.
   */
  options: { minTeachers?: number; coachView?: boolean } = {},
): ProgramMeasures {
  const minTeachers = Math.max(MIN_TEACHERS_FLOOR, Math.floor(options.minTeachers ?? MIN_TEACHERS_FLOOR))
  const allTeachers = teachersOf(cycles)

  function guarded<T>(behind: CoachingCycle[], covers: string, value: T | null, emptyReason: string): Figure<T> {
    const teachers = teachersOf(behind)
    const tooFew = teachers > 0 ? teachers < minTeachers : allTeachers < minTeachers
    if (tooFew && cycles.length > 0) {
      const shown = teachers > 0 ? teachers : allTeachers
      if (options.coachView) return { value, covers, withheld: true, reason: leftOutReason(shown, minTeachers) }
      return { value: null, covers, withheld: true, reason: withheldReason(shown, minTeachers) }
    }
    if (value === null) return { value: null, covers, withheld: false, reason: emptyReason }
    return { value, covers, withheld: false, reason: null }
  }
  const count = (behind: CoachingCycle[], covers: string) => guarded(behind, covers, behind.length, '')

  const finished = cycles.filter((c) => c.outcome !== null)
  const withResult = (result: string) => finished.filter((c) => c.outcome?.result === result)
  const met = withResult('met')

  const weeksToMet = met.map((c) => (fromIsoDate(c.outcome!.date).getTime() - fromIsoDate(c.startDate).getTime()) / (7 * 86_400_000))
  const weeks = median(weeksToMet)

  // Progress toward the target as a share of the gap from baseline to target: the latest progress
  // check by date; with no check, a met outcome counts as the whole gap. Cycles without a baseline
  // and a target, or whose target equals the baseline, have no gap and are left out. The share is
  // clamped to 0..1: falling below the baseline counts as no progress, passing the target as all of it.
  const progressed: CoachingCycle[] = []
  const shares: number[] = []
  for (const c of cycles) {
    if (!c.baseline || !c.target || c.target.value === c.baseline.value) continue
    const checks = [...c.progressChecks].sort((a, b) => a.date.localeCompare(b.date))
    const latest = checks.at(-1)?.value ?? (c.outcome?.result === 'met' ? c.target.value : null)
    if (latest === null) continue
    const share = (latest - c.baseline.value) / (c.target.value - c.baseline.value)
    progressed.push(c)
    shares.push(Math.min(1, Math.max(0, share)))
  }
  const progress = median(shares)

  const ids = new Set(cycles.map((c) => c.id))
  const minutesByCycle = new Map(cycles.map((c) => [c.id, 0]))
  for (const s of sessions) {
    if (ids.has(s.cycleId)) minutesByCycle.set(s.cycleId, (minutesByCycle.get(s.cycleId) ?? 0) + s.minutes)
  }
  const hours = [...minutesByCycle.values()].map((m) => m / 60)
  const medianHours = median(hours)
  const totalHours = hours.reduce((sum, h) => sum + h, 0)

  const strategies = new Map<string, { name: string; cycles: CoachingCycle[] }>()
  for (const c of cycles) {
    const seen = new Set<string>()
    for (const s of c.strategies) {
      const key = s.name.trim().toLowerCase()
      if (!key || seen.has(key)) continue
      seen.add(key)
      const entry = strategies.get(key) ?? { name: s.name.trim(), cycles: [] }
      entry.cycles.push(c)
      strategies.set(key, entry)
    }
  }
  const byStrategy = [...strategies.values()]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map(({ name, cycles: used }) => ({
      name,
      cycles: count(used, `Cycles that used “${name}”.`),
      met: count(
        used.filter((c) => c.outcome?.result === 'met'),
        `Cycles that used “${name}” and met their goal.`,
      ),
    }))

  return {
    minTeachers,
    cyclesStarted: count(cycles, 'Cycles started.'),
    active: count(
      cycles.filter((c) => c.outcome === null),
      'Cycles still under way (no outcome yet).',
    ),
    finished: count(finished, 'Cycles with an outcome (met, partly met, not met or stopped).'),
    goalsSet: count(
      cycles.filter((c) => c.goal.trim() !== '' && c.target !== null),
      'Cycles with a goal and a target.',
    ),
    met: count(met, 'Cycles that met their goal.'),
    partlyMet: count(withResult('partly-met'), 'Cycles that partly met their goal.'),
    notMet: count(withResult('not-met'), 'Cycles that did not meet their goal.'),
    stopped: count(withResult('stopped'), 'Cycles stopped early.'),
    medianWeeksToMet: guarded(
      met,
      'Median weeks from the start of a cycle to a met outcome.',
      weeks === null ? null : round1(weeks),
      'No cycle has met its goal yet.',
    ),
    medianProgressPercent: guarded(
      progressed,
      'Median progress from baseline toward target, as a percent of the gap (latest check).',
      progress === null ? null : Math.round(progress * 100),
      'No cycle has a baseline, a target and a progress check yet.',
    ),
    teachersReached: guarded(cycles, 'Distinct teachers in a cycle.', allTeachers, ''),
    medianHoursPerCycle: guarded(
      cycles,
      'Median coaching hours per cycle, from its sessions.',
      medianHours === null ? null : round1(medianHours),
      'No cycle has started yet.',
    ),
    totalHours: guarded(cycles, 'Coaching hours in all cycle sessions.', round1(totalHours), ''),
    byStrategy,
  }
}

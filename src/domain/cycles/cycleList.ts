/** The list of coaching cycles: each cycle's phase, how long it has been open and when a check is due. */
import { differenceInCalendarDays } from 'date-fns'
import { addDaysIso } from '../schoolWeeks'
import { fromIsoDate, type IsoDate } from '../dates'
import type { CoachingCycle, CycleSession } from '../schemas/cycle'

export type CyclePhase = 'identify' | 'learn' | 'improve' | 'finished'

export const CYCLE_PHASE_LABELS: Record<CyclePhase, string> = {
  identify: 'Identify',
  learn: 'Learn',
  improve: 'Improve',
  finished: 'Finished',
}

/** Days between progress checks when none is set. */
export const CHECK_INTERVAL_DAYS = 14

export function cyclePhase(cycle: CoachingCycle): CyclePhase {
  if (cycle.outcome) return 'finished'
  if (!cycle.goal.trim() || !cycle.measure.what.trim() || !cycle.target) return 'identify'
  if (cycle.strategies.length === 0) return 'learn'
  return 'improve'
}

export interface CycleRow {
  cycle: CoachingCycle
  phase: CyclePhase
  daysOpen: number
  nextCheckDue: IsoDate | null
  sessionCount: number
  hours: number
}

export function cycleListRows(cycles: CoachingCycle[], sessions: CycleSession[], today: IsoDate): CycleRow[] {
  const byCycle = new Map<string, { count: number; minutes: number }>()
  for (const s of sessions) {
    const tally = byCycle.get(s.cycleId) ?? { count: 0, minutes: 0 }
    tally.count += 1
    tally.minutes += s.minutes
    byCycle.set(s.cycleId, tally)
  }
  return cycles.map((cycle) => {
    const phase = cyclePhase(cycle)
    const end = cycle.outcome?.date ?? today
    const daysOpen = Math.max(0, differenceInCalendarDays(fromIsoDate(end), fromIsoDate(cycle.startDate)))
    const lastCheck = cycle.progressChecks.reduce<IsoDate | null>((last, c) => (last === null || c.date > last ? c.date : last), null)
    const nextCheckDue = phase === 'finished' ? null : addDaysIso(lastCheck ?? cycle.startDate, CHECK_INTERVAL_DAYS)
    const tally = byCycle.get(cycle.id) ?? { count: 0, minutes: 0 }
    return { cycle, phase, daysOpen, nextCheckDue, sessionCount: tally.count, hours: Math.round((tally.minutes / 60) * 100) / 100 }
  })
}

export function filterCycleRows(rows: CycleRow[], filter: { phase?: CyclePhase; search?: string }): CycleRow[] {
  const needle = filter.search?.trim().toLowerCase() ?? ''
  return rows.filter((row) => {
    if (filter.phase && row.phase !== filter.phase) return false
    if (!needle) return true
    const { teacherName, teacherLabel, gradeOrSubject, goal } = row.cycle
    return [teacherName, teacherLabel, gradeOrSubject, goal].some((text) => text.toLowerCase().includes(needle))
  })
}

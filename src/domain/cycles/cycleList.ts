// STUB (drop at merge): replaced by the real module from the "cycles" helper.
import type { IsoDate } from '@/domain/dates'
import type { CoachingCycle, CycleSession } from '@/domain/schemas/cycle'

export type CyclePhase = 'identify' | 'learn' | 'improve' | 'finished'
export const CYCLE_PHASE_LABELS: Record<CyclePhase, string> = {
  identify: 'Identify',
  learn: 'Learn',
  improve: 'Improve',
  finished: 'Finished',
}
export function cyclePhase(cycle: CoachingCycle): CyclePhase {
  if (cycle.outcome) return 'finished'
  if (cycle.progressChecks.length > 0) return 'improve'
  if (cycle.goal && cycle.target) return 'learn'
  return 'identify'
}
export interface CycleListRow {
  cycle: CoachingCycle
  phase: CyclePhase
  daysOpen: number
  nextCheckDue: IsoDate | null
  sessionCount: number
  hours: number
}
export function cycleListRows(cycles: CoachingCycle[], sessions: CycleSession[], today: IsoDate): CycleListRow[] {
  return cycles.map((cycle) => {
    const mine = sessions.filter((s) => s.cycleId === cycle.id)
    const days = Math.round((Date.parse(today) - Date.parse(cycle.startDate)) / 86_400_000)
    return {
      cycle,
      phase: cyclePhase(cycle),
      daysOpen: Math.max(0, days),
      nextCheckDue: null,
      sessionCount: mine.length,
      hours: mine.reduce((sum, s) => sum + s.minutes, 0) / 60,
    }
  })
}
export function filterCycleRows(rows: CycleListRow[], filter: { phase: CyclePhase | 'all'; search: string }): CycleListRow[] {
  const q = filter.search.trim().toLowerCase()
  return rows.filter(
    (r) => (filter.phase === 'all' || r.phase === filter.phase) && (!q || r.cycle.teacherName.toLowerCase().includes(q)),
  )
}

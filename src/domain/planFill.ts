/**
 * "Fill from plan": the agreement's weekly estimates spread over a week's school days, in quarter
 * hours, as a starting point the coach then adjusts. Each task's quarters are shared out evenly;
 * the quarters left over go to the first days, so every row adds up to its weekly estimate exactly.
 */
import type { IsoDate } from './dates'
import { HOURS_STEP } from './hours'
import type { Decision } from './schemas'

export interface PlannedCell {
  rowKey: string
  date: IsoDate
  hours: number
}

/** The will-do decisions that carry an estimate, in the order given. */
export function plannedRows(
  decisions: readonly Pick<Decision, 'taskId' | 'choice' | 'weeklyHours'>[],
): Array<{ rowKey: string; weeklyHours: number }> {
  return decisions.flatMap((d) =>
    d.choice === 'will' && d.weeklyHours !== null && d.weeklyHours > 0 ? [{ rowKey: d.taskId, weeklyHours: d.weeklyHours }] : [],
  )
}

export function spreadPlan(rows: ReadonlyArray<{ rowKey: string; weeklyHours: number }>, days: readonly IsoDate[]): PlannedCell[] {
  if (!days.length) return []
  const cells: PlannedCell[] = []
  // Leftover quarters start on a different day for each row, so no single day collects them all.
  let start = 0
  for (const row of rows) {
    const quarters = Math.round(row.weeklyHours / HOURS_STEP)
    const each = Math.floor(quarters / days.length)
    const extra = quarters - each * days.length
    days.forEach((date, i) => {
      const q = each + ((i - start + days.length) % days.length < extra ? 1 : 0)
      if (q) cells.push({ rowKey: row.rowKey, date, hours: q * HOURS_STEP })
    })
    start = (start + extra) % days.length
  }
  return cells
}

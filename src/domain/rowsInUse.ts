/**
 * "Rows in use first": a week's sheet opens on the rows the coach is likely to type in, so a new
 * week is not a wall of empty boxes. The other rows wait behind "More rows (N)".
 */
import type { RowKey, TimesheetRow } from './timesheet'

export interface RowsInUseInput {
  /** Rows with hours this week: never hidden. */
  loggedThisWeek: Iterable<RowKey>
  /** Rows with hours last week. */
  loggedLastWeek: Iterable<RowKey>
  /** Rows the coach added to the sheet, or asked to see this visit. */
  kept: Iterable<RowKey>
  /** Rows the agreement's weekly estimates fill ("Fill from plan"): the coach means to spend time there. */
  planned: Iterable<RowKey>
}

export interface SplitRows {
  /** Rows shown at once, in the sheet's order. */
  shown: TimesheetRow[]
  /** The rest, in the sheet's order, behind "More rows". */
  more: TimesheetRow[]
}

/**
 * Rows with time this week or last week, planned rows and rows kept on the sheet come first. With
 * none of those, every row is shown (there is nothing to go by).
 */
export function splitRowsInUse(rows: readonly TimesheetRow[], input: RowsInUseInput): SplitRows {
  const inUse = new Set([...input.loggedThisWeek, ...input.loggedLastWeek, ...input.kept, ...input.planned])
  const chosen = rows.filter((r) => inUse.has(r.rowKey))
  if (!chosen.length) return { shown: [...rows], more: [] }
  const shown = new Set(chosen)
  return { shown: chosen, more: rows.filter((r) => !shown.has(r)) }
}

/**
 * The hours cells of a week, whatever the layout (the grid, or the phone's day-by-day list): the
 * typing of each cell, parsed and saved when the cell is left; bad input refused with a sentence
 * for the cell, the typing thrown away and the saved value shown again; the value shown before the
 * write lands (usePendingWrites); and a polite "Saved 2 h on ..." for screen readers.
 */
import { reactive, ref } from 'vue'
import { usePendingWrites } from '@/composables/usePendingWrites'
import type { IsoDate } from '@/domain/dates'
import { formatHours, parseHours, sumHours } from '@/domain/hours'
import { dayLabel, longDayLabel } from '@/domain/schoolWeeks'
import type { TimesheetRow } from '@/domain/timesheet'

export interface HoursCellsOptions {
  /** Saved hours per cell, keyed `${rowKey}|${date}`. */
  hours: () => ReadonlyMap<string, number>
  /** Saves one cell; resolves to a message when the write was refused, else null. */
  save: (rowKey: string, date: IsoDate, hours: number) => Promise<string | null>
}

export const cellKey = (rowKey: string, date: IsoDate) => `${rowKey}|${date}`

export function useHoursCells(options: HoursCellsOptions) {
  const drafts = reactive<Record<string, string>>({})
  /** Values written but not yet back from the live query, so the cells never flicker. */
  const pending = usePendingWrites<string, number>({
    stored: options.hours,
    caughtUp: (key, entry) => (options.hours().get(key) ?? 0) === entry.value,
  })
  /** The latest refusal; `seq` orders it against saves started before or after it. */
  const problem = ref<{ key: string; message: string; seq: number } | null>(null)
  let seq = 0
  const savedMessage = ref('')

  const valueOf = (key: string) => pending.valueOf(key) ?? options.hours().get(key) ?? 0
  const shown = (key: string) => drafts[key] ?? (valueOf(key) ? formatHours(valueOf(key)) : '')
  const sum = (keys: string[]) => sumHours(keys.map((k) => ({ hours: valueOf(k) })))

  function type(rowKey: string, date: IsoDate, text: string) {
    drafts[cellKey(rowKey, date)] = text
  }
  function discard(rowKey: string, date: IsoDate) {
    delete drafts[cellKey(rowKey, date)]
  }

  /** Saves the cell's typing, if any. False when the typing was refused (the caller keeps focus there). */
  function commit(row: TimesheetRow, date: IsoDate): boolean {
    const key = cellKey(row.rowKey, date)
    const text = drafts[key]
    if (text === undefined) return true
    delete drafts[key]
    const parsed = parseHours(text)
    const before = valueOf(key)
    if (!parsed.ok) {
      const keeps = before ? `keeps ${formatHours(before)} h` : 'stays empty'
      problem.value = {
        key,
        message: `${row.title}, ${dayLabel(date)}: ${parsed.message} Nothing was saved; the cell ${keeps}.`,
        seq: ++seq,
      }
      return false
    }
    if (parsed.hours === before) {
      if (problem.value?.key === key) problem.value = null
      return true
    }
    const shownAhead = pending.show(key, parsed.hours)
    const started = ++seq
    if (problem.value?.key === key) problem.value = null
    void options.save(row.rowKey, date, parsed.hours).then((refused) => {
      if (refused) {
        shownAhead.withdraw()
        problem.value = { key, message: `${row.title}, ${dayLabel(date)}: ${refused}`, seq: ++seq }
      } else {
        shownAhead.settle()
        // A later good save makes an older refusal stale (the refused cell kept its value), but a
        // refusal shown after this save started is current: the coach is still fixing that cell.
        if (problem.value && problem.value.key !== key && problem.value.seq < started && !(problem.value.key in drafts))
          problem.value = null
        savedMessage.value = parsed.hours
          ? `Saved ${formatHours(parsed.hours)} h on ${row.title}, ${longDayLabel(date)}.`
          : `Cleared ${row.title}, ${longDayLabel(date)}.`
      }
    })
    return true
  }

  return { problem, savedMessage, valueOf, shown, sum, type, discard, commit }
}

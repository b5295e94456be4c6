import { describe, expect, it } from 'vitest'
import { splitRowsInUse } from '@/domain/rowsInUse'
import type { TimesheetRow } from '@/domain/timesheet'

const row = (rowKey: string, bucket: TimesheetRow['bucket'] = 'coaching'): TimesheetRow => ({
  rowKey,
  taskId: rowKey,
  bucket,
  title: rowKey,
  source: 'agreement',
  wontDo: false,
})
const rows = [row('a'), row('b'), row('c', 'learning'), row('d', 'other'), row('e', 'other')]
const none = { loggedThisWeek: [], loggedLastWeek: [], kept: [], planned: [] }
const keys = (list: TimesheetRow[]) => list.map((r) => r.rowKey)

describe('splitRowsInUse', () => {
  it('shows rows with time this week or last week, planned rows and kept rows first, in the sheet’s order', () => {
    const split = splitRowsInUse(rows, { ...none, loggedThisWeek: ['d'], loggedLastWeek: ['a'], kept: ['c'] })
    expect(keys(split.shown)).toEqual(['a', 'c', 'd'])
    expect(keys(split.more)).toEqual(['b', 'e'])
    expect(keys(splitRowsInUse(rows, { ...none, loggedThisWeek: ['d'], planned: ['b'] }).shown)).toEqual(['b', 'd'])
  })
  it('opens a new week on the planned rows', () => {
    const split = splitRowsInUse(rows, { ...none, planned: ['e', 'b'] })
    expect(keys(split.shown)).toEqual(['b', 'e'])
    expect(keys(split.more)).toEqual(['a', 'c', 'd'])
  })
  it('shows every row when there is nothing to go by', () => {
    expect(splitRowsInUse(rows, none)).toEqual({ shown: rows, more: [] })
  })
  it('ignores keys that are not rows of the sheet', () => {
    const split = splitRowsInUse(rows, { ...none, loggedLastWeek: ['gone'], planned: ['a'] })
    expect(keys(split.shown)).toEqual(['a'])
  })
  it('never hides a row with time this week', () => {
    const split = splitRowsInUse(rows, { ...none, loggedThisWeek: ['a', 'b', 'c', 'd', 'e'] })
    expect(split.more).toEqual([])
  })
})

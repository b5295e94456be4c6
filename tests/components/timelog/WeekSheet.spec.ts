import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import WeekSheet from '@/components/timelog/WeekSheet.vue'
import type { Task } from '@/domain/schemas'
import type { TimesheetRow } from '@/domain/timesheet'

const row = (rowKey: string, title: string, bucket: TimesheetRow['bucket'] = 'coaching'): TimesheetRow => ({
  rowKey,
  taskId: rowKey,
  bucket,
  title,
  source: 'agreement',
  wontDo: false,
})
const rows = [
  row('cycles', 'Coaching cycles'),
  row('modeling', 'Modeling lessons'),
  row('book', 'Book study', 'learning'),
  row('plc', 'Leading PLCs', 'other'),
]
const tasks: Task[] = rows.map((r, i) => ({
  id: r.rowKey,
  title: r.title,
  description: '',
  bucket: r.bucket,
  origin: 'catalog',
  archived: false,
  sortOrder: i + 1,
  createdAt: 1,
  updatedAt: 1,
}))
const days = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27']

let wrapper: VueWrapper
afterEach(() => {
  wrapper?.unmount()
  vi.unstubAllGlobals()
})

function mountSheet(options: { hours?: Record<string, number>; lastWeek?: string[]; planned?: string[]; kept?: string[] } = {}) {
  wrapper = mount(WeekSheet, {
    props: {
      rows,
      days,
      hours: new Map(Object.entries(options.hours ?? {})),
      save: vi.fn(async () => null),
      caption: 'Hours this week',
      markedDays: new Map([
        ['2026-11-26', 'Thanksgiving break'],
        ['2026-11-27', 'Thanksgiving break'],
      ]),
      lastWeekRowKeys: options.lastWeek ?? [],
      keptRowKeys: options.kept ?? [],
      plannedRowKeys: options.planned ?? [],
      tasks,
      wontDoIds: new Set<string>(),
    },
    attachTo: document.body,
  })
  return wrapper
}
const rowTitles = (w: VueWrapper) => w.findAll('tbody tr:not(.subtotal) th[scope="row"]').map((t) => t.text())
const moreButton = (w: VueWrapper) => w.findAll('button').find((b) => /^(More|Fewer) rows/.test(b.text()))

describe('WeekSheet: rows in use first', () => {
  it('shows rows with time this week or last week first, the rest behind a “More rows” disclosure', async () => {
    const w = mountSheet({ hours: { 'book|2026-11-23': 1 }, lastWeek: ['cycles'] })
    expect(rowTitles(w)).toEqual(['Coaching cycles', 'Book study'])
    const more = moreButton(w)!
    expect(more.text()).toBe('More rows (2)')
    expect(more.attributes('aria-expanded')).toBe('false')
    expect(more.attributes('aria-controls')).toBe('week-sheet-rows')
    expect(w.find('#week-sheet-rows').exists()).toBe(true)
    expect(w.text()).toContain('Modeling lessons, Leading PLCs')
    // A native button: Enter and Space open it from the keyboard.
    expect(more.element.tagName).toBe('BUTTON')
    await more.trigger('click')
    expect(rowTitles(w)).toEqual(['Coaching cycles', 'Modeling lessons', 'Book study', 'Leading PLCs'])
    expect(moreButton(w)!.text()).toBe('Fewer rows')
    expect(moreButton(w)!.attributes('aria-expanded')).toBe('true')
    await moreButton(w)!.trigger('click')
    expect(rowTitles(w)).toHaveLength(2)
  })

  it('opens a new week on the planned rows, and on every row when there is nothing to go by', () => {
    expect(rowTitles(mountSheet({ planned: ['modeling', 'plc'] }))).toEqual(['Modeling lessons', 'Leading PLCs'])
    wrapper.unmount()
    const w = mountSheet()
    expect(rowTitles(w)).toHaveLength(4)
    expect(moreButton(w)).toBeUndefined()
  })

  it('never hides a row that gets hours', async () => {
    const w = mountSheet({ lastWeek: ['cycles'] })
    expect(rowTitles(w)).toEqual(['Coaching cycles'])
    await w.setProps({ hours: new Map([['plc|2026-11-24', 2]]) })
    expect(rowTitles(w)).toEqual(['Coaching cycles', 'Leading PLCs'])
    expect(moreButton(w)!.text()).toBe('More rows (2)')
  })

  it('“Add a row” offers the hidden rows, and an added row stays shown', async () => {
    const w = mountSheet({ lastWeek: ['cycles'] })
    const options = w
      .get('#add-row')
      .findAll('option')
      .map((o) => o.text())
    expect(options).toContain('Book study')
    expect(options).not.toContain('Coaching cycles')
    await w.get('#add-row').setValue('book')
    await w.get('form.add-row').trigger('submit')
    expect(rowTitles(w)).toEqual(['Coaching cycles', 'Book study'])
    expect(w.emitted('addRow')).toBeUndefined() // already a row of the sheet: shown, nothing written
    await w.get('#add-row').setValue('bucket:other')
    await w.get('form.add-row').trigger('submit')
    expect(w.emitted('addRow')).toEqual([['bucket:other']])
  })

  it('shows marked days as such in the grid', () => {
    const w = mountSheet()
    const heads = w.findAll('thead th.day').map((h) => h.text())
    expect(heads[3]).toBe('ThuNov 26No school')
    expect(heads[0]).toBe('MonNov 23')
  })

  it('lays the week out day by day on a narrow screen', () => {
    vi.stubGlobal(
      'matchMedia',
      vi.fn((query: string) => ({ matches: query === '(max-width: 40rem)', addEventListener: vi.fn(), removeEventListener: vi.fn() })),
    )
    const w = mountSheet({ lastWeek: ['cycles'] })
    expect(w.find('table').exists()).toBe(false)
    expect(w.findAll('fieldset.day-picker input[type="radio"]')).toHaveLength(5)
    expect(w.findAll('input.hours').map((i) => i.attributes('id'))).toHaveLength(1)
    expect(moreButton(w)!.text()).toBe('More rows (3)')
  })
})

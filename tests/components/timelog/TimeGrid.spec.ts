import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { nextTick } from 'vue'
import TimeGrid from '@/components/timelog/TimeGrid.vue'
import type { TimesheetRow } from '@/domain/timesheet'

const rows: TimesheetRow[] = [
  { rowKey: 'cycles', taskId: 'cycles', bucket: 'coaching', title: 'Coaching cycles', source: 'agreement', wontDo: false },
  { rowKey: 'book', taskId: 'book', bucket: 'learning', title: 'Book study', source: 'agreement', wontDo: false },
  { rowKey: 'lunch', taskId: 'lunch', bucket: 'other', title: 'Lunch duty', source: 'logged', wontDo: true },
  { rowKey: 'bucket:other', taskId: null, bucket: 'other', title: 'Other duties, no specific task', source: 'added', wontDo: false },
]
const days = ['2026-09-14', '2026-09-15', '2026-09-16']

let wrapper: VueWrapper
afterEach(() => wrapper?.unmount())

function mountGrid(hours: Record<string, number> = {}, save = vi.fn(async () => null as string | null)) {
  wrapper = mount(TimeGrid, {
    props: { rows, days, hours: new Map(Object.entries(hours)), save, caption: 'Hours this week' },
    attachTo: document.body,
  })
  return { wrapper, save }
}
const input = (w: VueWrapper, label: string) => w.get<HTMLInputElement>(`input[aria-label="${label}"]`)
const active = () => document.activeElement?.getAttribute('aria-label')

describe('TimeGrid', () => {
  it('groups rows by bucket with a heading and subtotal per bucket, and marks won’t-do rows in text', () => {
    const { wrapper } = mountGrid()
    const heads = wrapper.findAll('th[scope="colgroup"]').map((h) => h.text())
    expect(heads).toEqual(['Coaching', 'Professional learning', 'Other duties'])
    expect(wrapper.findAll('tbody th[scope="row"]').map((h) => h.text())).toEqual([
      'Coaching cycles',
      'Coaching total',
      'Book study',
      'Professional learning total',
      'Lunch duty⚠ Agreed won’t do',
      'Other duties, no specific task',
      'Other duties total',
    ])
    expect(wrapper.find('caption').text()).toBe('Hours this week')
    expect(wrapper.findAll('thead th').map((h) => h.text())).toEqual([
      'Task',
      'MonSep 14',
      'TueSep 15',
      'WedSep 16',
      'Total',
      'Row actions',
    ])
  })

  it('shows saved hours and totals per row, day, bucket and week', () => {
    const { wrapper } = mountGrid({
      'cycles|2026-09-14': 2,
      'cycles|2026-09-15': 1.5,
      'book|2026-09-14': 0.75,
      'lunch|2026-09-16': 1,
      'bucket:other|2026-09-16': 0.25,
    })
    expect(input(wrapper, 'Coaching cycles, Monday, September 14').element.value).toBe('2')
    expect(input(wrapper, 'Book study, Tuesday, September 15').element.value).toBe('')
    const rowTotals = wrapper
      .findAll('tbody tr')
      .map((tr) => tr.findAll('td.total').map((td) => td.text()))
      .filter((t) => t.length)
      .flat()
    expect(rowTotals).toEqual(['3.5', '3.5', '0.75', '0.75', '1', '0.25', '1.25'])
    expect(wrapper.get('[data-testid="day-total-2026-09-14"]').text()).toBe('2.75')
    expect(wrapper.get('[data-testid="day-total-2026-09-15"]').text()).toBe('1.5')
    expect(wrapper.get('[data-testid="day-total-2026-09-16"]').text()).toBe('1.25')
    expect(wrapper.get('[data-testid="week-total"]').text()).toBe('5.5')
  })

  it('saves a typed value when Enter is pressed and moves down', async () => {
    const { wrapper, save } = mountGrid()
    const monday = input(wrapper, 'Coaching cycles, Monday, September 14')
    monday.element.focus()
    await monday.setValue('1:15')
    await monday.trigger('keydown', { key: 'Enter' })
    expect(save).toHaveBeenCalledWith('cycles', '2026-09-14', 1.25)
    expect(active()).toBe('Book study, Monday, September 14')
    await nextTick()
    // Shown at once, before the stored value comes back, and counted in the totals.
    expect(monday.element.value).toBe('1.25')
    expect(wrapper.get('[data-testid="week-total"]').text()).toBe('1.25')
  })

  it('refuses bad input inline, keeps the previous value and saves nothing', async () => {
    const { wrapper, save } = mountGrid({ 'cycles|2026-09-14': 2 })
    const monday = input(wrapper, 'Coaching cycles, Monday, September 14')
    monday.element.focus()
    for (const [typed, message] of [
      ['abc', '“abc” is not a number of hours'],
      ['-2', 'Hours cannot be negative.'],
      ['30', 'A day has at most 24 hours.'],
      ['2.1', 'type 2 or 2.25.'],
    ]) {
      await monday.setValue(typed!)
      await monday.trigger('keydown', { key: 'Enter' })
      await nextTick()
      expect(wrapper.get('[role="alert"]').text()).toContain(message!)
      expect(wrapper.get('[role="alert"]').text()).toContain('Nothing was saved; the cell keeps 2 h.')
      expect(monday.element.value).toBe('2')
      expect(monday.attributes('aria-invalid')).toBe('true')
      expect(monday.attributes('aria-describedby')).toBe('timesheet-problem')
      expect(active()).toBe('Coaching cycles, Monday, September 14') // focus stays to fix it
    }
    expect(save).not.toHaveBeenCalled()
  })

  /** Types text the way a browser does: it replaces the selection, or goes in at the caret. */
  async function typeInto(cell: ReturnType<typeof input>, text: string) {
    const el = cell.element
    const start = el.selectionStart ?? el.value.length
    const end = el.selectionEnd ?? el.value.length
    await cell.setValue(el.value.slice(0, start) + text + el.value.slice(end))
  }

  // Issue 12: after "-1" was refused the old text was no longer selected, so "2" made 12.
  it('after a refusal the cell shows its saved value selected, so the next keystrokes replace it', async () => {
    const { wrapper, save } = mountGrid({ 'cycles|2026-09-14': 1 })
    const monday = input(wrapper, 'Coaching cycles, Monday, September 14')
    monday.element.focus()
    await monday.setValue('-1')
    await monday.trigger('keydown', { key: 'Enter' })
    await nextTick()
    expect(wrapper.get('[role="alert"]').text()).toBe(
      'Coaching cycles, Mon, Sep 14: Hours cannot be negative. Nothing was saved; the cell keeps 1 h.',
    )
    expect(monday.element.value).toBe('1')
    expect([monday.element.selectionStart, monday.element.selectionEnd]).toEqual([0, 1])
    await typeInto(monday, '2')
    await monday.trigger('keydown', { key: 'Enter' })
    expect(save).toHaveBeenCalledTimes(1)
    expect(save).toHaveBeenCalledWith('cycles', '2026-09-14', 2)
  })

  // Issue 15: "all morning" + Tab moved on, with the message off-screen below the grid.
  it('keeps focus on a refused cell when Tab is pressed, with the message in a line right under its row', async () => {
    const { wrapper, save } = mountGrid({ 'cycles|2026-09-14': 1 })
    const monday = input(wrapper, 'Coaching cycles, Monday, September 14')
    monday.element.focus()
    await monday.setValue('all morning')
    await monday.trigger('keydown', { key: 'Tab' })
    await nextTick()
    expect(active()).toBe('Coaching cycles, Monday, September 14')
    expect(save).not.toHaveBeenCalled()
    const rowsNow = wrapper.findAll('tbody tr')
    const at = rowsNow.findIndex((tr) => tr.find('th[scope="row"]').exists() && tr.get('th[scope="row"]').text() === 'Coaching cycles')
    const line = rowsNow[at + 1]!
    expect(line.classes()).toContain('problem-row')
    expect(line.text()).toContain('Coaching cycles, Mon, Sep 14:')
    expect(line.text()).toContain('Nothing was saved; the cell keeps 1 h.')
    expect(monday.attributes('aria-describedby')).toBe(line.get('.field-error').attributes('id'))
    // A good value then moves on as usual and the line goes away.
    await typeInto(monday, '2')
    await monday.trigger('keydown', { key: 'Tab' })
    expect(save).toHaveBeenCalledWith('cycles', '2026-09-14', 2)
    await nextTick()
    expect(wrapper.find('.problem-row').exists()).toBe(false)
  })

  it('keeps a refusal shown when a save started before it finishes afterwards', async () => {
    let finish: (v: string | null) => void = () => {}
    const save = vi.fn(
      () =>
        new Promise<string | null>((resolve) => {
          finish = resolve
        }),
    )
    const { wrapper } = mountGrid({ 'cycles|2026-09-14': 1 }, save)
    const tuesday = input(wrapper, 'Coaching cycles, Tuesday, September 15')
    await tuesday.setValue('1.5')
    await tuesday.trigger('blur')
    const monday = input(wrapper, 'Coaching cycles, Monday, September 14')
    monday.element.focus()
    await monday.setValue('-1')
    await monday.trigger('keydown', { key: 'Enter' })
    finish(null)
    await flushPromises()
    expect(wrapper.get('[role="alert"]').text()).toContain('Hours cannot be negative.')
  })

  // Issue 12: on a cell holding 1.5, "2" added to the text gave 1.52, silently saved as 1.5.
  it('refuses a value between two quarter hours instead of rounding it', async () => {
    const { wrapper, save } = mountGrid({ 'cycles|2026-09-14': 1.5 })
    const monday = input(wrapper, 'Coaching cycles, Monday, September 14')
    monday.element.focus()
    await monday.setValue('1.52')
    await monday.trigger('keydown', { key: 'Enter' })
    await nextTick()
    expect(wrapper.get('[role="alert"]').text()).toBe(
      'Coaching cycles, Mon, Sep 14: Hours are kept to the quarter hour (15 minutes): type 1.5 or 1.75. Nothing was saved; the cell keeps 1.5 h.',
    )
    expect(monday.element.value).toBe('1.5')
    expect([monday.element.selectionStart, monday.element.selectionEnd]).toEqual([0, 3])
    expect(save).not.toHaveBeenCalled()
  })

  it('shows the storage refusal (e.g. over 24 h across schools) and drops the unsaved value', async () => {
    const save = vi.fn(async () => 'Monday already has 20 hours logged.')
    const { wrapper } = mountGrid({}, save)
    const monday = input(wrapper, 'Coaching cycles, Monday, September 14')
    monday.element.focus()
    await monday.setValue('5')
    await monday.trigger('blur')
    await vi.waitFor(() => expect(wrapper.get('[role="alert"]').text()).toContain('Monday already has 20 hours logged.'))
    expect(monday.element.value).toBe('')
    expect(wrapper.get('[data-testid="week-total"]').text()).toBe('–')
  })

  it('clears a cell when it is emptied', async () => {
    const { wrapper, save } = mountGrid({ 'book|2026-09-15': 1 })
    const cell = input(wrapper, 'Book study, Tuesday, September 15')
    await cell.setValue('')
    await cell.trigger('blur')
    expect(save).toHaveBeenCalledWith('book', '2026-09-15', 0)
  })

  it('does not save a cell that did not change', async () => {
    const { wrapper, save } = mountGrid({ 'book|2026-09-15': 1.5 })
    const cell = input(wrapper, 'Book study, Tuesday, September 15')
    await cell.setValue('1:30')
    await cell.trigger('blur')
    expect(save).not.toHaveBeenCalled()
  })

  it('moves with the arrow keys like a spreadsheet, staying inside the grid', async () => {
    const { wrapper } = mountGrid()
    const start = input(wrapper, 'Book study, Tuesday, September 15')
    start.element.focus()
    await start.trigger('keydown', { key: 'ArrowRight' })
    expect(active()).toBe('Book study, Wednesday, September 16')
    await wrapper.get('input[aria-label="Book study, Wednesday, September 16"]').trigger('keydown', { key: 'ArrowRight' })
    expect(active()).toBe('Book study, Wednesday, September 16') // last column: stays
    await wrapper.get('input[aria-label="Book study, Wednesday, September 16"]').trigger('keydown', { key: 'ArrowDown' })
    expect(active()).toBe('Lunch duty, Wednesday, September 16')
    await wrapper.get('input[aria-label="Lunch duty, Wednesday, September 16"]').trigger('keydown', { key: 'Enter', shiftKey: true })
    expect(active()).toBe('Book study, Wednesday, September 16')
    await wrapper.get('input[aria-label="Book study, Wednesday, September 16"]').trigger('keydown', { key: 'ArrowUp' })
    await wrapper.get('input[aria-label="Coaching cycles, Wednesday, September 16"]').trigger('keydown', { key: 'ArrowUp' })
    expect(active()).toBe('Coaching cycles, Wednesday, September 16') // first row: stays
    await wrapper.get('input[aria-label="Coaching cycles, Wednesday, September 16"]').trigger('keydown', { key: 'ArrowLeft' })
    expect(active()).toBe('Coaching cycles, Tuesday, September 15')
  })

  it('after a click into the text, left and right move the caret until it reaches the edge', async () => {
    const { wrapper } = mountGrid({ 'cycles|2026-09-15': 1.5 })
    const cell = input(wrapper, 'Coaching cycles, Tuesday, September 15')
    cell.element.focus()
    await cell.trigger('mouseup')
    cell.element.setSelectionRange(1, 1)
    await cell.trigger('keydown', { key: 'ArrowLeft' })
    expect(active()).toBe('Coaching cycles, Tuesday, September 15')
    cell.element.setSelectionRange(0, 0)
    await cell.trigger('keydown', { key: 'ArrowLeft' })
    expect(active()).toBe('Coaching cycles, Monday, September 14')
  })

  it('Escape undoes the typing', async () => {
    const { wrapper, save } = mountGrid({ 'cycles|2026-09-14': 2 })
    const cell = input(wrapper, 'Coaching cycles, Monday, September 14')
    await cell.setValue('7')
    await cell.trigger('keydown', { key: 'Escape' })
    await nextTick()
    expect(cell.element.value).toBe('2')
    expect([cell.element.selectionStart, cell.element.selectionEnd]).toEqual([0, 1]) // typing replaces it
    await cell.trigger('blur')
    expect(save).not.toHaveBeenCalled()
  })

  it('offers to remove an added row only while it has no hours', async () => {
    const { wrapper } = mountGrid()
    const remove = wrapper.get('button[aria-label="Remove the row Other duties, no specific task"]')
    await remove.trigger('click')
    expect(wrapper.emitted('removeRow')).toEqual([['bucket:other']])
    expect(wrapper.findAll('button.remove')).toHaveLength(1)
    await wrapper.setProps({ hours: new Map([['bucket:other|2026-09-14', 1]]) })
    expect(wrapper.findAll('button.remove')).toHaveLength(0)
  })
})

import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import TimeDayList from '@/components/timelog/TimeDayList.vue'
import type { TimesheetRow } from '@/domain/timesheet'

const rows: TimesheetRow[] = [
  { rowKey: 'cycles', taskId: 'cycles', bucket: 'coaching', title: 'Coaching cycles', source: 'agreement', wontDo: false },
  { rowKey: 'book', taskId: 'book', bucket: 'learning', title: 'Book study', source: 'agreement', wontDo: false },
  { rowKey: 'lunch', taskId: 'lunch', bucket: 'other', title: 'Lunch duty', source: 'logged', wontDo: true },
]
const days = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27']
const marked = new Map([
  ['2026-11-26', 'Thanksgiving break'],
  ['2026-11-27', 'Thanksgiving break'],
])

let wrapper: VueWrapper
afterEach(() => wrapper?.unmount())

function mountList(hours: Record<string, number> = {}, save = vi.fn(async () => null as string | null), initialDay?: string) {
  wrapper = mount(TimeDayList, {
    props: { rows, days, hours: new Map(Object.entries(hours)), save, markedDays: marked, initialDay },
    attachTo: document.body,
  })
  return { wrapper, save }
}
const field = (w: VueWrapper, title: string) =>
  w.findAll<HTMLInputElement>('input.hours').find((i) =>
    w
      .get(`label[for="${i.attributes('id')}"]`)
      .text()
      .startsWith(title),
  )!
const choose = (w: VueWrapper, date: string) => w.get(`[data-testid="day-choice-${date}"] input`).setValue(true)

describe('TimeDayList (the week day by day)', () => {
  it('offers each day with its total, marks days with no school, and opens on the first school day', () => {
    const { wrapper } = mountList({ 'cycles|2026-11-23': 2, 'book|2026-11-23': 0.5, 'lunch|2026-11-24': 1 })
    const choices = wrapper.findAll('.day-choice').map((c) => c.text().replace(/\s+/g, ' '))
    expect(choices).toEqual([
      'Mon, Nov 23, 2.5 h',
      'Tue, Nov 24, 1 h',
      'Wed, Nov 25, 0 h',
      'Thu, Nov 26, 0 h, No school',
      'Fri, Nov 27, 0 h, No school',
    ])
    expect(wrapper.get<HTMLInputElement>('[data-testid="day-choice-2026-11-23"] input').element.checked).toBe(true)
    expect(wrapper.get('h3').text()).toContain('Monday, November 23')
    expect(field(wrapper, 'Coaching cycles').element.value).toBe('2')
    expect(field(wrapper, 'Coaching cycles').attributes('inputmode')).toBe('decimal')
    expect(wrapper.get('label[for="day-hours-0"]').text()).toBe('Coaching cycles')
    expect(wrapper.get('#day-hours-0').attributes('aria-label')).toBe('Coaching cycles, Monday, November 23')
    expect(wrapper.get('[data-testid="week-total"]').text()).toBe('3.5 h')
  })

  it('opens on the day asked for, and says when a chosen day has no school', async () => {
    const { wrapper } = mountList({}, undefined, '2026-11-27')
    expect(wrapper.get('h3').text()).toContain('Friday, November 27')
    expect(wrapper.text()).toContain('No school on this day: Thanksgiving break.')
    await choose(wrapper, '2026-11-24')
    expect(wrapper.text()).not.toContain('No school on this day')
  })

  it('saves a day’s hours when the field is left, on the day chosen', async () => {
    const { wrapper, save } = mountList()
    await choose(wrapper, '2026-11-25')
    const cycles = field(wrapper, 'Coaching cycles')
    await cycles.setValue('1:30')
    await cycles.trigger('blur')
    expect(save).toHaveBeenCalledWith('cycles', '2026-11-25', 1.5)
    await flushPromises()
    expect(wrapper.get('[role="status"]').text()).toBe('Saved 1.5 h on Coaching cycles, Wednesday, November 25.')
    expect(wrapper.get('[data-testid="day-choice-2026-11-25"]').text()).toContain('1.5 h')
  })

  it('refuses bad input at the field, keeps focus there, and saves nothing', async () => {
    const { wrapper, save } = mountList({ 'book|2026-11-23': 1 })
    const book = field(wrapper, 'Book study')
    book.element.focus()
    await book.setValue('lots')
    await book.trigger('keydown', { key: 'Enter' })
    expect(save).not.toHaveBeenCalled()
    expect(book.attributes('aria-invalid')).toBe('true')
    const message = wrapper.get(`#${book.attributes('aria-describedby')}`).text()
    expect(message).toMatch(/^Book study, Mon, Nov 23: .* Nothing was saved; the cell keeps 1 h\.$/)
    expect(document.activeElement).toBe(book.element)
    expect(book.element.value).toBe('1')
  })

  it('moves down the day’s rows with Enter, like the grid', async () => {
    const { wrapper, save } = mountList()
    const cycles = field(wrapper, 'Coaching cycles')
    cycles.element.focus()
    await cycles.setValue('2')
    await cycles.trigger('keydown', { key: 'Enter' })
    expect(save).toHaveBeenCalledWith('cycles', '2026-11-23', 2)
    expect(document.activeElement).toBe(field(wrapper, 'Book study').element)
  })

  it('passes on a refusal from the store at the field', async () => {
    const save = vi.fn(async () => 'Monday, November 23 would pass 24 hours, so nothing was saved.')
    const { wrapper } = mountList({}, save)
    const lunch = field(wrapper, 'Lunch duty')
    await lunch.setValue('20')
    await lunch.trigger('blur')
    await flushPromises()
    expect(lunch.attributes('aria-invalid')).toBe('true')
    expect(wrapper.get(`#${lunch.attributes('aria-describedby')}`).text()).toContain('would pass 24 hours')
    expect(lunch.element.value).toBe('')
  })
})

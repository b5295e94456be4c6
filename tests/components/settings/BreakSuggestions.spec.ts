import { beforeEach, describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import BreakSuggestions from '@/components/settings/BreakSuggestions.vue'
import type { SchoolYear, WeekMark } from '@/domain/schemas'

const year: SchoolYear = {
  id: 'y1',
  label: '2026–27',
  startDate: '2026-08-17',
  endDate: '2027-06-11',
  firstDayOfWeek: 1,
  markedWeeks: [],
  createdAt: 1,
  updatedAt: 1,
}

beforeEach(() => localStorage.clear())

describe('BreakSuggestions', () => {
  it('lists the usual breaks, says spring break is a guess, and marks nothing by itself', () => {
    const wrapper = mount(BreakSuggestions, { props: { year } })
    const items = wrapper.findAll('li').map((li) => li.text())
    expect(items).toHaveLength(6)
    expect(items[0]).toContain('Labor Day · Mon, Sep 7')
    expect(items[1]).toContain('Thanksgiving · Thu, Nov 26 – Fri, Nov 27')
    expect(items[4]).toContain('a guess')
    expect(wrapper.text()).toContain('Spring break is a guess')
    expect(wrapper.emitted('mark')).toBeUndefined()
  })

  it('confirms one suggestion: a holiday mark for its week, with the year’s other marks kept', async () => {
    const other: WeekMark = { weekStart: '2027-04-19', kind: 'testing', label: 'State tests' }
    const wrapper = mount(BreakSuggestions, { props: { year: { ...year, markedWeeks: [other] } } })
    const labor = wrapper.findAll('li')[0]!.get('button')
    expect(labor.text()).toContain('Mark Labor Day')
    await labor.trigger('click')
    const [marks, message] = wrapper.emitted<[WeekMark[], string]>('mark')![0]!
    expect(marks).toEqual([{ weekStart: '2026-09-07', kind: 'holiday', label: 'Labor Day', days: ['2026-09-07'] }, other])
    expect(message).toBe('Labor Day is marked as a holiday. Its week is no longer flagged in the time log.')
  })

  it('confirms all at once', async () => {
    const wrapper = mount(BreakSuggestions, { props: { year } })
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Mark all 6 breaks')!
      .trigger('click')
    const [marks, message] = wrapper.emitted<[WeekMark[], string]>('mark')![0]!
    expect(marks.map((m) => m.weekStart)).toEqual(['2026-09-07', '2026-11-23', '2026-12-21', '2026-12-28', '2027-03-15', '2027-05-31'])
    expect(message).toBe('6 breaks are marked as a holiday. Their weeks are no longer flagged in the time log.')
  })

  it('sets the suggestions aside on this device, and offers new ones when the dates change', async () => {
    const wrapper = mount(BreakSuggestions, { props: { year } })
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Not now')!
      .trigger('click')
    expect(wrapper.find('[data-testid="break-suggestions"]').exists()).toBe(false)
    expect(mount(BreakSuggestions, { props: { year } }).find('[data-testid="break-suggestions"]').exists()).toBe(false)
    // A year edited to Sunday weeks has new weeks to suggest.
    const sunday = mount(BreakSuggestions, { props: { year: { ...year, firstDayOfWeek: 0 } } })
    expect(sunday.findAll('li')).toHaveLength(6)
  })
})

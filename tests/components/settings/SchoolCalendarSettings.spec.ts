import { beforeEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import SchoolCalendarSettings from '@/components/settings/SchoolCalendarSettings.vue'
import { db } from '@/db/database'
import { freshSetup } from '../../db/support'

describe('SchoolCalendarSettings', () => {
  let schoolYearId: string
  beforeEach(async () => {
    ;({ schoolYearId } = await freshSetup())
  })

  it('marks only the days ticked (Thanksgiving Thursday and Friday), or the whole week when none are', async () => {
    const wrapper = mount(SchoolCalendarSettings, { global: { plugins: [createPinia()] } })
    await vi.waitFor(() => expect(wrapper.find('#mark-from').exists()).toBe(true))
    await wrapper.get('#mark-from').setValue('2026-11-23')
    await wrapper.get('#mark-label').setValue('Thanksgiving break')
    const box = (day: string) =>
      wrapper.findAll<HTMLInputElement>('input[type="checkbox"]').find((b) => b.element.parentElement?.textContent?.trim() === day)!
    await box('Thu').setValue(true)
    await box('Fri').setValue(true)
    await wrapper.get('form').trigger('submit')
    await vi.waitFor(async () =>
      expect((await db.schoolYears.get(schoolYearId))?.markedWeeks).toEqual([
        { weekStart: '2026-11-23', kind: 'holiday', label: 'Thanksgiving break', days: ['2026-11-26', '2026-11-27'] },
      ]),
    )
    await vi.waitFor(() => expect(wrapper.get('table.marked').text()).toContain('Thu and Fri'))
    expect(box('Thu').element.checked).toBe(false) // the form starts again

    await wrapper.get('#mark-from').setValue('2026-12-21')
    await wrapper.get('form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.get('table.marked').text()).toContain('Whole week'))
    expect((await db.schoolYears.get(schoolYearId))?.markedWeeks[1]).not.toHaveProperty('days')
    wrapper.unmount()
  })
})

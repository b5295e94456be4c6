import { mount } from '@vue/test-utils'
import { defineComponent, h, ref } from 'vue'
import { describe, expect, it } from 'vitest'
import SchoolYearFields from '@/components/settings/SchoolYearFields.vue'

function mountFields(errors: Record<string, string | undefined> = {}, required = false) {
  const start = ref('2026-08-24')
  const end = ref('2027-06-11')
  const firstDay = ref('1')
  const wrapper = mount(
    defineComponent({
      render: () =>
        h(SchoolYearFields, {
          ids: { start: 'y-start', end: 'y-end', firstDay: 'y-first' },
          errors,
          required,
          startDate: start.value,
          'onUpdate:startDate': (v: string) => (start.value = v),
          endDate: end.value,
          'onUpdate:endDate': (v: string) => (end.value = v),
          firstDayOfWeek: firstDay.value,
          'onUpdate:firstDayOfWeek': (v: string) => (firstDay.value = v),
        }),
    }),
  )
  return { wrapper, start, end, firstDay }
}

describe('SchoolYearFields', () => {
  it('shows the year under the ids it is given, labelled, and writes every change back', async () => {
    const { wrapper, start, end, firstDay } = mountFields()
    expect((wrapper.get('#y-start').element as HTMLInputElement).value).toBe('2026-08-24')
    expect(wrapper.get('label[for="y-end"]').text()).toContain('Last day')
    expect(wrapper.get('label[for="y-first"]').text()).toBe('Weeks start on')
    await wrapper.get('#y-start').setValue('2026-09-08')
    await wrapper.get('#y-end').setValue('2027-06-18')
    await wrapper.get('#y-first').setValue('0')
    expect([start.value, end.value, firstDay.value]).toEqual(['2026-09-08', '2027-06-18', '0'])
  })

  it('shows a refused date’s message at its field and marks required fields', () => {
    const { wrapper } = mountFields({ endDate: 'The last day must come after the first day.' }, true)
    expect(wrapper.text()).toContain('The last day must come after the first day.')
    expect(wrapper.get('#y-end').attributes('aria-invalid')).toBe('true')
    expect(wrapper.get('#y-start').attributes('required')).toBeDefined()
  })
})

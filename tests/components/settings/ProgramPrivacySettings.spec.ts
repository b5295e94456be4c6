import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import ProgramPrivacySettings from '@/components/settings/ProgramPrivacySettings.vue'
import { getSettings } from '@/db/repository'
import { freshSetup } from '../../db/support'

const MESSAGE = 'Enter a whole number of teachers from 3 to 30.'

async function mounted() {
  const wrapper = mount(ProgramPrivacySettings, { global: { plugins: [createPinia()] } })
  const input = () => wrapper.get<HTMLInputElement>('#settings-minTeachers')
  await vi.waitFor(() => expect(input().element.value).toBe('3'))
  return { wrapper, input }
}

describe('ProgramPrivacySettings', () => {
  beforeEach(async () => {
    await freshSetup()
  })

  it('starts at 3 with a label and help, and saves a whole number in range', async () => {
    const { wrapper, input } = await mounted()
    expect(wrapper.get('label').text()).toBe('Smallest group of teachers a figure may describe')
    expect(input().attributes('aria-describedby')).toContain('settings-minTeachers-hint')
    expect(wrapper.get('#settings-minTeachers-hint').text()).toContain('withheld')
    await input().setValue('5')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    await vi.waitFor(async () => expect((await getSettings())?.minTeachers).toBe(5))
    expect(wrapper.find('.field-error').exists()).toBe(false)
  })

  it.each(['2', '31', '3.5', 'three'])('refuses %s with a message at the field, keeps the text and saves nothing', async (typed) => {
    const { wrapper, input } = await mounted()
    await input().setValue(typed)
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.get('#settings-minTeachers-error').text()).toBe(MESSAGE)
    expect(input().attributes('aria-invalid')).toBe('true')
    expect(input().attributes('aria-describedby')).toContain('settings-minTeachers-error')
    expect(input().element.value).toBe(typed)
    expect((await getSettings())?.minTeachers).toBeUndefined()
  })
})

import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import SchoolSettings from '@/components/settings/SchoolSettings.vue'
import { db } from '@/db/database'
import { freshSetup } from '../../db/support'

async function mounted() {
  const wrapper = mount(SchoolSettings, { global: { plugins: [createPinia()] }, attachTo: document.body })
  await vi.waitFor(() => expect(wrapper.findAll('tbody tr')).toHaveLength(1))
  return wrapper
}

describe('SchoolSettings', () => {
  let schoolId: string
  beforeEach(async () => {
    ;({ schoolId } = await freshSetup())
  })

  it('renames a school and changes its principal, keeping the rows its timesheet added', async () => {
    await db.schools.update(schoolId, { timesheetRows: ['bucket:other'] })
    const wrapper = await mounted()
    await wrapper.get(`#edit-button-${schoolId}`).trigger('click')
    await flushPromises()
    const name = wrapper.get<HTMLInputElement>(`#edit-${schoolId}-name`)
    expect(document.activeElement).toBe(name.element)
    await name.setValue('Lincoln Middle School')
    await wrapper.get<HTMLInputElement>(`#edit-${schoolId}-principal`).setValue('Ana Ruiz')
    await wrapper.get('form.names').trigger('submit')
    await vi.waitFor(async () => expect((await db.schools.get(schoolId))?.name).toBe('Lincoln Middle School'))
    const school = await db.schools.get(schoolId)
    expect(school).toMatchObject({ principalName: 'Ana Ruiz', timesheetRows: ['bucket:other'] })
    await vi.waitFor(() => expect(wrapper.find('form.names').exists()).toBe(false))
    await vi.waitFor(() => expect(wrapper.get('tbody').text()).toContain('Ana Ruiz'))
    expect(document.activeElement?.id).toBe(`edit-button-${schoolId}`)
    wrapper.unmount()
  })

  it('refuses an empty name at the field, keeps the other text and saves nothing', async () => {
    const before = await db.schools.get(schoolId)
    const wrapper = await mounted()
    await wrapper.get(`#edit-button-${schoolId}`).trigger('click')
    await flushPromises()
    await wrapper.get<HTMLInputElement>(`#edit-${schoolId}-name`).setValue('   ')
    await wrapper.get<HTMLInputElement>(`#edit-${schoolId}-principal`).setValue('Ana Ruiz')
    await wrapper.get('form.names').trigger('submit')
    await vi.waitFor(() => expect(wrapper.find(`#edit-${schoolId}-name-error`).exists()).toBe(true))
    expect(wrapper.get<HTMLInputElement>(`#edit-${schoolId}-principal`).element.value).toBe('Ana Ruiz')
    expect(await db.schools.get(schoolId)).toEqual(before)
    // Cancel leaves it as it was.
    await wrapper
      .findAll('form.names button')
      .find((b) => b.text() === 'Cancel')!
      .trigger('click')
    await flushPromises()
    expect(wrapper.find('form.names').exists()).toBe(false)
    wrapper.unmount()
  })
})

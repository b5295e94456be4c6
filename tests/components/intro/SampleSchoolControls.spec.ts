import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import SampleSchoolControls from '@/components/intro/SampleSchoolControls.vue'
import SampleSchoolNote from '@/components/intro/SampleSchoolNote.vue'
import SchoolSwitcher from '@/components/timelog/SchoolSwitcher.vue'
import { db } from '@/db/database'
import { ensureCatalog } from '@/db/catalog'
import { findSampleSchool } from '@/db/sampleSchool'
import { mountWithRouter } from '../../support/mountWithRouter'
import { freshSetup } from '../../db/support'

const button = (wrapper: Awaited<ReturnType<typeof mountWithRouter>>['wrapper'], text: string) =>
  wrapper.findAll('button').find((b) => b.text() === text)

let realSchoolId = ''
beforeEach(async () => {
  document.body.innerHTML = ''
  realSchoolId = (await freshSetup()).schoolId
  await ensureCatalog()
})

describe('the sample school controls', () => {
  it('add the sample school in one action and show its badge', async () => {
    const { wrapper } = await mountWithRouter(SampleSchoolControls, '/settings')
    await vi.waitFor(() => expect(button(wrapper, 'Add the sample school')?.attributes('disabled')).toBeUndefined())
    await button(wrapper, 'Add the sample school')!.trigger('click')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="sample-badge"]').text()).toBe('Sample school'))
    expect(wrapper.text()).toContain('Maple Grove Elementary')
    expect(await findSampleSchool()).toBeDefined()
    wrapper.unmount()
  })

  it('ask before removing, say what goes, and cancel back to the button', async () => {
    const { wrapper } = await mountWithRouter(SampleSchoolControls, '/settings')
    await vi.waitFor(() => expect(button(wrapper, 'Add the sample school')?.attributes('disabled')).toBeUndefined())
    await button(wrapper, 'Add the sample school')!.trigger('click')
    await vi.waitFor(() => expect(button(wrapper, 'Remove the sample school')).toBeDefined())
    await button(wrapper, 'Remove the sample school')!.trigger('click')
    await vi.waitFor(() => expect(wrapper.find('#sample-remove-heading').exists()).toBe(true))
    const question = wrapper.get('#sample-remove-heading')
    expect(question.text()).toMatch(
      /^Remove Maple Grove Elementary\? This deletes the school, its agreement \(\d+ task decisions\), \d+ logged time entries, 3 coaching cycles\./,
    )
    expect(document.activeElement).toBe(question.element)
    expect(wrapper.get('[role="group"]').attributes('aria-labelledby')).toBe('sample-remove-heading')
    await button(wrapper, 'Cancel')!.trigger('click')
    await flushPromises()
    expect(document.activeElement?.textContent).toBe('Remove the sample school')
    expect(await findSampleSchool()).toBeDefined()

    await button(wrapper, 'Remove the sample school')!.trigger('click')
    await vi.waitFor(() => expect(button(wrapper, 'Remove the sample school and its records')).toBeDefined())
    await button(wrapper, 'Remove the sample school and its records')!.trigger('click')
    await vi.waitFor(() => expect(button(wrapper, 'Add the sample school')).toBeDefined())
    expect(await findSampleSchool()).toBeUndefined()
    expect((await db.schools.toArray()).map((s) => s.id)).toEqual([realSchoolId])
    wrapper.unmount()
  })

  it('keep the sample as a real school', async () => {
    const { wrapper } = await mountWithRouter(SampleSchoolControls, '/settings')
    await vi.waitFor(() => expect(button(wrapper, 'Add the sample school')?.attributes('disabled')).toBeUndefined())
    await button(wrapper, 'Add the sample school')!.trigger('click')
    await vi.waitFor(() => expect(button(wrapper, 'Keep as a real school')).toBeDefined())
    await button(wrapper, 'Keep as a real school')!.trigger('click')
    await vi.waitFor(() => expect(button(wrapper, 'Add the sample school')).toBeDefined())
    const schools = await db.schools.toArray()
    expect(schools).toHaveLength(2)
    expect(schools.every((s) => s.sample === undefined)).toBe(true)
    wrapper.unmount()
  })

  it('label the sample school in the school switcher and under its name', async () => {
    const schools = [
      { id: 'a', name: 'Lincoln Elementary', principalName: 'A', createdAt: 1, updatedAt: 1 },
      { id: 'b', name: 'Maple Grove Elementary', principalName: 'B', sample: true, createdAt: 1, updatedAt: 1 },
    ]
    const switcher = { wrapper: mount(SchoolSwitcher, { props: { schools, modelValue: 'b', allowAll: true } }) }
    expect(switcher.wrapper.findAll('option').map((o) => o.text())).toEqual([
      'Lincoln Elementary',
      'Maple Grove Elementary (Sample school)',
      'All schools together, without the sample',
    ])
    switcher.wrapper.unmount()
    const note = await mountWithRouter(SampleSchoolNote, '/time')
    expect(note.wrapper.find('[data-testid="sample-note"]').exists()).toBe(false)
    await note.wrapper.setProps({ school: schools[1] })
    expect(note.wrapper.get('[data-testid="sample-badge"]').text()).toBe('Sample school')
    await note.wrapper.setProps({ school: schools[0] })
    expect(note.wrapper.find('[data-testid="sample-note"]').exists()).toBe(false)
    note.wrapper.unmount()
  })
})

import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import SetupView from '@/views/SetupView.vue'
import { db } from '@/db/database'
import { resetDatabase } from '../support/database'
import { mountWithRouter } from '../support/mountWithRouter'

async function mountSetup() {
  return mountWithRouter(SetupView, '/setup')
}

beforeEach(async () => {
  await resetDatabase()
  document.body.innerHTML = ''
})

describe('SetupView', () => {
  it('shows every problem inline and saves nothing', async () => {
    const { wrapper } = await mountSetup()
    await wrapper.get('#startDate').setValue('2026-08-17')
    await wrapper.get('#endDate').setValue('2026-07-01')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.get('#coachName-error').text()).toBe('Enter the coach’s name.')
    expect(wrapper.get('#schoolName-error').text()).toBe('Enter the school’s name.')
    expect(wrapper.get('#endDate-error').text()).toBe('The last day must come after the first day.')
    expect(document.activeElement?.id).toBe('coachName')
    expect(await db.settings.count()).toBe(0)
  })

  it('saves the first school and year, then shows the introduction, which opens the meeting', async () => {
    const { wrapper, router } = await mountSetup()
    await wrapper.get('#coachName').setValue('Renée Okafor')
    await wrapper.get('#schoolName').setValue('Lincoln Elementary')
    await wrapper.get('#principalName').setValue('José Martínez')
    await wrapper.get('#firstDayOfWeek').setValue('0')
    await wrapper.get('form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="first-run-intro"]').exists()).toBe(true))
    expect(wrapper.get('h1').text()).toBe('Welcome, Renée Okafor')
    expect(document.activeElement?.tagName).toBe('H1')
    const start = wrapper.findAll('button').find((b) => b.text() === 'Start the meeting')!
    await start.trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('meeting'))
    expect(localStorage.getItem('crp.intro.dismissed')).toBe('yes')
    const year = (await db.schoolYears.toArray())[0]
    expect(year?.firstDayOfWeek).toBe(0)
    expect((await db.schools.toArray())[0]?.principalName).toBe('José Martínez')
  })
})

import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import FirstRunIntro from '@/components/intro/FirstRunIntro.vue'
import DashboardIntro from '@/components/intro/DashboardIntro.vue'
import GettingStartedSettings from '@/components/settings/GettingStartedSettings.vue'
import { introDismissed, setIntroDismissed } from '@/db/introPreferences'
import { mountWithRouter } from '../../support/mountWithRouter'
import { freshSetup } from '../../db/support'

beforeEach(async () => {
  localStorage.clear()
  document.body.innerHTML = ''
  await freshSetup()
})

describe('the first-run introduction', () => {
  it('names the three steps in order, links each and the targets page, in a labeled region', async () => {
    const { wrapper } = await mountWithRouter(FirstRunIntro, '/setup')
    const region = wrapper.get('section')
    expect(region.attributes('aria-labelledby')).toBe('intro-heading')
    expect(wrapper.get('#intro-heading').text()).toBe('Getting started in three steps')
    expect(wrapper.findAll('ol > li h3').map((h) => h.text())).toEqual(['The meeting', 'The time log', 'The agreement'])
    const links = wrapper.findAll('a').map((a) => [a.text(), a.attributes('href')])
    expect(links).toEqual([
      ['Open the meeting', '/meeting'],
      ['Open the time log', '/time'],
      ['Open the agreement', '/agreement'],
      ['Why 60% and 10%?', '/why-targets'],
    ])
    // Every step is one or two whole sentences.
    for (const p of wrapper.findAll('ol > li p')) expect(p.text()).toMatch(/^[A-Z].*\.$/)
    await vi.waitFor(() => expect(wrapper.text()).toContain('Add the sample school'))
    wrapper.unmount()
  })

  it('closes, and remembers that on this device', async () => {
    const { wrapper } = await mountWithRouter(FirstRunIntro, '/setup')
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Close the introduction')!
      .trigger('click')
    expect(wrapper.emitted('close')).toHaveLength(1)
    expect(introDismissed()).toBe(true)
    expect(wrapper.findAll('button').some((b) => b.text() === 'Start the meeting')).toBe(false)
    wrapper.unmount()
  })

  it('after setup, starts the meeting', async () => {
    const { wrapper, router } = await mountWithRouter(FirstRunIntro, '/setup')
    await wrapper.setProps({ afterSetup: true })
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Start the meeting')!
      .trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('meeting'))
    expect(introDismissed()).toBe(true)
    wrapper.unmount()
  })

  it('shows on the dashboard until closed, then not again on this device', async () => {
    const first = await mountWithRouter(DashboardIntro, '/dashboard')
    await vi.waitFor(() => expect(first.wrapper.find('[data-testid="first-run-intro"]').exists()).toBe(true))
    await first.wrapper
      .findAll('button')
      .find((b) => b.text() === 'Close the introduction')!
      .trigger('click')
    await flushPromises()
    expect(first.wrapper.find('[data-testid="first-run-intro"]').exists()).toBe(false)
    first.wrapper.unmount()
    const again = await mountWithRouter(DashboardIntro, '/dashboard')
    await flushPromises()
    expect(again.wrapper.find('[data-testid="first-run-intro"]').exists()).toBe(false)
    again.wrapper.unmount()
  })

  it('is shown again from Settings, with focus on its heading, and closing returns focus to the button', async () => {
    setIntroDismissed(true)
    const { wrapper } = await mountWithRouter(GettingStartedSettings, '/settings')
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Show the introduction')!
      .trigger('click')
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('settings-intro-heading'))
    expect(introDismissed()).toBe(false)
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Close the introduction')!
      .trigger('click')
    await flushPromises()
    expect(document.activeElement?.textContent).toBe('Show the introduction')
    wrapper.unmount()
  })
})

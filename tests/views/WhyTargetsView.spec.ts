import { describe, expect, it } from 'vitest'
import WhyTargetsView from '@/views/WhyTargetsView.vue'
import { routes } from '@/router'
import { mountWithRouter } from '../support/mountWithRouter'

describe('WhyTargetsView', () => {
  it('explains both targets under one heading and links back to the three screens that link here', async () => {
    const { wrapper } = await mountWithRouter(WhyTargetsView, '/why-targets', { attach: false })
    const headings = wrapper.findAll('h1')
    expect(headings.map((h) => h.text())).toEqual(['Why 60% and 10%?'])
    const text = wrapper.text().replace(/\s+/g, ' ')
    expect(text).toContain('60% coaching target')
    expect(text).toContain('10% professional learning target')
    expect(text).toContain('changed in the meeting’s details')
    expect(text).toContain('flags any week')
    const links = wrapper.findAll('a').map((a) => [a.text(), a.attributes('href')])
    expect(links).toEqual([
      ['the meeting', '/meeting'],
      ['the time log', '/time'],
      ['Settings', '/settings'],
    ])
    wrapper.unmount()
  })

  it('is its own screen, loaded on demand, with a page title', () => {
    const route = routes.find((r) => r.name === 'why-targets')
    expect(route?.path).toBe('/why-targets')
    expect(route?.meta?.title).toBe('Why 60% and 10%?')
    expect(typeof route?.component).toBe('function')
  })
})

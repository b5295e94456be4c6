import { readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import type { Router } from 'vue-router'
import StatusMessage from '@/components/StatusMessage.vue'
import { CONFIRMATION_MS, FADE_MS, useAppStore } from '@/stores/app'
import { mountWithRouter } from '../support/mountWithRouter'

// The message on the app's real routes (memory history): it fades, waits while held, and belongs to its page.
describe('StatusMessage on the pages', () => {
  let wrapper: VueWrapper
  let router: Router
  let app: ReturnType<typeof useAppStore>
  const notice = () => wrapper.find('.notice')

  beforeEach(async () => {
    ;({ wrapper, router } = await mountWithRouter(StatusMessage, '/meeting'))
    app = useAppStore()
    vi.useFakeTimers()
  })
  afterEach(() => {
    wrapper.unmount()
    vi.useRealTimers()
  })

  it('shows a confirmation long enough to read, then fades it and removes it', async () => {
    app.announce('success', 'Meeting details are saved.')
    await wrapper.vm.$nextTick()
    expect(CONFIRMATION_MS).toBeGreaterThanOrEqual(5000)
    vi.advanceTimersByTime(CONFIRMATION_MS - 100)
    await wrapper.vm.$nextTick()
    expect(notice().text()).toContain('Meeting details are saved.')
    expect(notice().classes()).not.toContain('leaving')
    vi.advanceTimersByTime(100)
    await wrapper.vm.$nextTick()
    expect(notice().classes()).toContain('leaving')
    vi.advanceTimersByTime(FADE_MS)
    await wrapper.vm.$nextTick()
    expect(notice().exists()).toBe(false)
    expect(app.status).toBeNull()
  })

  it('keeps a confirmation while it has focus, and while focused even when the pointer leaves', async () => {
    app.announce('info', 'Now working on Lincoln Elementary.')
    await wrapper.vm.$nextTick()
    const region = wrapper.get('.status-region')
    await region.trigger('focusin')
    await region.trigger('mouseenter')
    await region.trigger('mouseleave')
    vi.advanceTimersByTime(CONFIRMATION_MS * 5)
    await wrapper.vm.$nextTick()
    expect(notice().text()).toContain('Now working on Lincoln Elementary.')
    expect(notice().classes()).not.toContain('leaving')
    await region.trigger('focusout')
    vi.advanceTimersByTime(CONFIRMATION_MS + FADE_MS)
    await wrapper.vm.$nextTick()
    expect(notice().exists()).toBe(false)
  })

  it('forgets a hold when its message goes without focusout, so the next one still fades', async () => {
    app.announce('success', 'Note saved.')
    await wrapper.vm.$nextTick()
    await wrapper.get('.status-region').trigger('focusin')
    app.clearStatus() // dismissed: the focused button is gone, and no focusout came
    await wrapper.vm.$nextTick()
    app.announce('success', 'Meeting details are saved.')
    await wrapper.vm.$nextTick()
    await wrapper.get('.status-region').trigger('mouseenter')
    await wrapper.get('.status-region').trigger('mouseleave')
    vi.advanceTimersByTime(CONFIRMATION_MS + FADE_MS)
    await wrapper.vm.$nextTick()
    expect(notice().exists()).toBe(false)
  })

  it('brings a fading confirmation back when pointed at', async () => {
    app.announce('success', 'Note saved.')
    vi.advanceTimersByTime(CONFIRMATION_MS + FADE_MS / 2)
    await wrapper.vm.$nextTick()
    expect(notice().classes()).toContain('leaving')
    await wrapper.get('.status-region').trigger('mouseenter')
    vi.advanceTimersByTime(CONFIRMATION_MS * 3)
    await wrapper.vm.$nextTick()
    expect(notice().classes()).not.toContain('leaving')
    expect(notice().text()).toContain('Note saved.')
  })

  it('never fades an error: it stays until dismissed', async () => {
    app.announce('danger', 'The meeting could not be saved.')
    vi.advanceTimersByTime(CONFIRMATION_MS * 20)
    await wrapper.vm.$nextTick()
    expect(notice().text()).toContain('The meeting could not be saved.')
    expect(notice().classes()).not.toContain('leaving')
    await wrapper.get('.status-region').trigger('mouseleave')
    vi.advanceTimersByTime(CONFIRMATION_MS * 20)
    await wrapper.vm.$nextTick()
    expect(notice().exists()).toBe(true)
    await wrapper.get('button').trigger('click')
    expect(app.status).toBeNull()
  })

  it.each([
    ['success', 'Meeting details are saved.'],
    ['danger', 'The meeting could not be saved.'],
  ] as const)('clears a %s message when the coach goes to another page', async (kind, text) => {
    app.announce(kind, text)
    await wrapper.vm.$nextTick()
    expect(wrapper.text()).toContain(text)
    vi.useRealTimers()
    await router.push('/settings')
    await wrapper.vm.$nextTick()
    expect(wrapper.text()).not.toContain(text)
    expect(app.status).toBeNull()
    await router.push('/meeting')
    await wrapper.vm.$nextTick()
    expect(wrapper.text()).not.toContain(text)
  })

  it('shows a message made right after a move on the page moved to', async () => {
    vi.useRealTimers()
    await router.push('/settings')
    app.announce('success', 'Welcome, Dana.')
    await wrapper.vm.$nextTick()
    expect(app.status?.path).toBe('/settings')
    expect(wrapper.text()).toContain('Welcome, Dana.')
  })

  it('announces to screen readers through a polite live region', async () => {
    const region = wrapper.get('.status-region')
    expect(region.attributes('role')).toBe('status')
    expect(region.attributes('aria-live')).toBe('polite')
    app.announce('success', 'Note saved.')
    await wrapper.vm.$nextTick()
    expect(region.text()).toContain('Note saved.')
  })

  it('is never printed, and does not animate for a coach who prefers reduced motion', () => {
    expect(wrapper.get('.status-region').classes()).toContain('no-print')
    const printCss = readFileSync('src/styles/print.css', 'utf8')
    const statusSource = readFileSync('src/components/StatusMessage.vue', 'utf8')
    const printBlock = printCss.slice(printCss.indexOf('@media print'))
    expect(printBlock).toMatch(/\.no-print,[^{]*\{\s*display: none !important;/)
    const reduced = statusSource.slice(statusSource.indexOf('@media (prefers-reduced-motion: reduce)'))
    expect(reduced).toMatch(/^@media \(prefers-reduced-motion: reduce\) \{\s*\.notice \{\s*transition: none;/)
  })
})

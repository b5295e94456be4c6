import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { reactive } from 'vue'
import StatusMessage from '@/components/StatusMessage.vue'
import { CONFIRMATION_MS, FADE_MS, useAppStore } from '@/stores/app'

const route = reactive({ path: '/meeting' })
vi.mock('vue-router', () => ({ useRoute: () => route }))

describe('StatusMessage', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    setActivePinia(createPinia())
    route.path = '/meeting'
    history.replaceState({}, '', '/meeting')
  })
  afterEach(() => vi.useRealTimers())

  it('fades a confirmation by itself, held while pointed at', async () => {
    const app = useAppStore()
    const w = mount(StatusMessage)
    app.announce('success', 'Meeting details are saved.')
    await w.vm.$nextTick()
    expect(w.text()).toContain('Meeting details are saved.')
    await w.get('.status-region').trigger('mouseenter')
    vi.advanceTimersByTime(CONFIRMATION_MS + 100)
    expect(app.status).not.toBeNull()
    await w.get('.status-region').trigger('mouseleave')
    vi.advanceTimersByTime(CONFIRMATION_MS + FADE_MS + 100)
    expect(app.status).toBeNull()
  })

  it('keeps an error until dismissed', async () => {
    const app = useAppStore()
    const w = mount(StatusMessage)
    app.announce('danger', 'The week could not be copied.')
    vi.advanceTimersByTime(CONFIRMATION_MS * 3)
    await w.vm.$nextTick()
    expect(w.text()).toContain('The week could not be copied.')
    await w.get('button').trigger('click')
    expect(app.status).toBeNull()
  })

  it('belongs to the page that made it: gone after moving to another page, and never printed', async () => {
    const app = useAppStore()
    const w = mount(StatusMessage)
    app.announce('danger', 'Downloaded nothing.')
    await w.vm.$nextTick()
    expect(w.get('.status-region').classes()).toContain('no-print')
    route.path = '/settings'
    await w.vm.$nextTick()
    expect(w.text()).not.toContain('Downloaded nothing.')
    expect(app.status).toBeNull()
  })
})

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import UpdatePrompt from '@/components/UpdatePrompt.vue'
import { useAppUpdate } from '@/stores/appUpdate'
import { registerSaveFlusher, registerUnsavedText, settleSaves } from '@/db/pendingSaves'

let pinia: Pinia
let wrapper: VueWrapper | undefined
const reload = vi.fn()
const disposers: Array<() => void> = []

beforeEach(() => {
  pinia = createPinia()
  setActivePinia(pinia)
  reload.mockReset()
  useAppUpdate().configure({ reload, settleSaves: () => settleSaves(5), takeOverTimeoutMs: 60_000 })
})
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  disposers.splice(0).forEach((dispose) => dispose())
  document.body.innerHTML = ''
})

function mountPrompt() {
  wrapper = mount(UpdatePrompt, { global: { plugins: [pinia] }, attachTo: document.body })
  return wrapper
}
const button = (w: VueWrapper, name: string) => w.findAll('button').find((b) => b.text() === name)!

describe('UpdatePrompt', () => {
  it('shows nothing until a new version is ready, inside a live region that is always there', () => {
    const w = mountPrompt()
    expect(w.find('[role=status]').exists()).toBe(true)
    expect(w.find('[data-testid=update-prompt]').exists()).toBe(false)
  })

  it('never reloads while the user types when another tab starts the new version; it offers the reload instead', async () => {
    const w = mountPrompt()
    const field = document.createElement('textarea')
    document.body.append(field)
    field.focus()
    useAppUpdate().tookOver()
    await flushPromises()
    expect(reload).not.toHaveBeenCalled()
    expect(w.get('[data-testid=update-prompt]').text()).toContain('A new version is ready.')
    expect(document.activeElement, 'the prompt takes no focus').toBe(field)

    await button(w, 'Update now').trigger('click')
    await vi.waitFor(() => expect(reload).toHaveBeenCalledTimes(1))
  })

  it('waits for a pending save before the new version takes over, then reloads when it has', async () => {
    const w = mountPrompt()
    let finishSave!: () => void
    const saved = new Promise<void>((resolve) => {
      finishSave = resolve
    })
    disposers.push(registerSaveFlusher(() => saved))
    const activate = vi.fn(async () => undefined)
    useAppUpdate().offer(activate)
    await flushPromises()

    await button(w, 'Update now').trigger('click')
    await flushPromises()
    expect(w.text()).toContain('Saving your changes first…')
    expect(button(w, 'Update now').attributes('disabled')).toBeDefined()
    await new Promise((resolve) => setTimeout(resolve, 30))
    expect(activate, 'nothing happens while the save is pending').not.toHaveBeenCalled()

    finishSave()
    await vi.waitFor(() => expect(activate).toHaveBeenCalledTimes(1))
    expect(reload).not.toHaveBeenCalled()
    useAppUpdate().tookOver() // the new version now controls the page, as this tab asked
    expect(reload).toHaveBeenCalledTimes(1)
  })

  it('does not reload over text that cannot be saved yet, and says why', async () => {
    const w = mountPrompt()
    let overLimit = true
    disposers.push(registerUnsavedText(() => overLimit))
    const activate = vi.fn(async () => undefined)
    useAppUpdate().offer(activate)
    await flushPromises()

    await button(w, 'Update now').trigger('click')
    await vi.waitFor(() => expect(w.text()).toContain('Some text on this page is not saved yet'))
    expect(activate).not.toHaveBeenCalled()
    expect(reload).not.toHaveBeenCalled()

    overLimit = false
    await button(w, 'Update now').trigger('click')
    await vi.waitFor(() => expect(activate).toHaveBeenCalledTimes(1))
  })

  it('"Later" puts the prompt away and changes nothing', async () => {
    const w = mountPrompt()
    const activate = vi.fn(async () => undefined)
    useAppUpdate().offer(activate)
    await flushPromises()
    await button(w, 'Later').trigger('click')
    expect(w.find('[data-testid=update-prompt]').exists()).toBe(false)
    expect(activate).not.toHaveBeenCalled()
    expect(reload).not.toHaveBeenCalled()
  })

  it('reloads anyway when the new version never reports taking over, since the user asked', async () => {
    useAppUpdate().configure({ reload, settleSaves: () => settleSaves(0), takeOverTimeoutMs: 20 })
    const w = mountPrompt()
    useAppUpdate().offer(async () => undefined)
    await flushPromises()
    await button(w, 'Update now').trigger('click')
    await vi.waitFor(() => expect(reload).toHaveBeenCalledTimes(1))
  })
})

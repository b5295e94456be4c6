import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import StorageSettings from '@/components/settings/StorageSettings.vue'

function stubStorage(persisted: boolean, grant: boolean) {
  vi.stubGlobal('navigator', { ...navigator, storage: { persisted: vi.fn(async () => persisted), persist: vi.fn(async () => grant) } })
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('StorageSettings', () => {
  it('says plainly when the browser keeps the data', async () => {
    stubStorage(true, true)
    const wrapper = mount(StorageSettings, { global: { plugins: [createPinia()] } })
    await flushPromises()
    expect(wrapper.get('[data-testid=persistence]').text()).toContain('Persistent storage: granted.')
    expect(wrapper.find('button').exists()).toBe(false)
  })

  it('warns with text and icon when it may not, and can ask again', async () => {
    stubStorage(false, true)
    const wrapper = mount(StorageSettings, { global: { plugins: [createPinia()] } })
    await flushPromises()
    const notice = wrapper.get('[data-testid=persistence]')
    expect(notice.find('svg[data-sign="warning"]').exists()).toBe(true)
    expect(notice.text()).toContain('Keep regular backups')
    await wrapper.get('button').trigger('click')
    await flushPromises()
    expect(wrapper.get('[data-testid=persistence]').text()).toContain('Persistent storage: granted.')
  })

  it('copes with a browser without the storage API', async () => {
    vi.stubGlobal('navigator', { ...navigator, storage: undefined })
    const wrapper = mount(StorageSettings, { global: { plugins: [createPinia()] } })
    await flushPromises()
    expect(wrapper.get('[data-testid=persistence]').text()).toContain('cannot promise to keep the data')
  })
})

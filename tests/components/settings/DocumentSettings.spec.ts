import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import DocumentSettings from '@/components/settings/DocumentSettings.vue'
import { getSettings } from '@/db/repository'
import { freshSetup } from '../../db/support'

describe('DocumentSettings', () => {
  beforeEach(async () => {
    await freshSetup()
  })

  it('offers US Letter (the default) and A4, and remembers the choice', async () => {
    const wrapper = mount(DocumentSettings, { global: { plugins: [createPinia()] } })
    const letter = () => wrapper.get<HTMLInputElement>('input[value=letter]').element
    const a4 = () => wrapper.get<HTMLInputElement>('input[value=a4]').element
    await vi.waitFor(() => expect(letter().checked).toBe(true))
    expect(wrapper.get('legend').text()).toBe('Paper size for the agreement and the principal’s report')
    expect(wrapper.text()).toContain('US Letter')
    await wrapper.get('input[value=a4]').setValue(true)
    await flushPromises()
    await vi.waitFor(async () => expect((await getSettings())?.pdfPaper).toBe('a4'))
    await vi.waitFor(() => expect(a4().checked).toBe(true))
  })
})

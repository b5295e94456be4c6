import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ReplacedCharactersNotice from '@/components/pdf/ReplacedCharactersNotice.vue'

describe('ReplacedCharactersNotice', () => {
  it('names the characters and how they appear, and waits for the user to download or cancel', async () => {
    const wrapper = mount(ReplacedCharactersNotice, { props: { replaced: ['🎉', '中'], fileName: 'report.pdf' }, attachTo: document.body })
    const text = wrapper.get('[role=alert]').text()
    expect(text).toContain('Some characters cannot be shown in the PDF.')
    expect(text).toContain('The PDF font cannot draw 🎉 and 中, so they show as \uFFFD in the file.')
    expect(text).toContain('download report.pdf as it is.')
    const [download, cancel] = wrapper.findAll('button')
    await download!.trigger('click')
    await cancel!.trigger('click')
    expect(wrapper.emitted('download')).toHaveLength(1)
    expect(wrapper.emitted('cancel')).toHaveLength(1)
    wrapper.unmount()
  })
})

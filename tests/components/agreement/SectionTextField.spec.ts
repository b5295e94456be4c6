import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import SectionTextField from '@/components/agreement/SectionTextField.vue'

describe('SectionTextField', () => {
  it('names its hint, limit message and error for a screen reader, and says when the text is over its limit', async () => {
    const wrapper = mount(SectionTextField, {
      props: {
        id: 'learning-funding',
        label: 'Notes (optional)',
        limitLabel: 'Notes',
        hint: 'Who pays.',
        multiline: true,
        limit: { max: 10, trims: false },
        modelValue: '',
      },
    })
    const box = wrapper.get('textarea')
    expect(box.attributes('id')).toBe('learning-funding')
    expect(box.attributes('aria-describedby')).toBe('learning-funding-hint learning-funding-limit learning-funding-error')
    expect(box.attributes('aria-invalid')).toBeUndefined()
    await box.setValue('x'.repeat(12))
    expect(wrapper.emitted('update:modelValue')).toEqual([['x'.repeat(12)]])
    await wrapper.setProps({ modelValue: 'x'.repeat(12), error: 'Not saved.' })
    expect(wrapper.get('#learning-funding-limit').text()).toContain('“Notes” can be at most 10 characters')
    expect(wrapper.get('#learning-funding-error').text()).toBe('Not saved.')
    expect(box.attributes('aria-invalid')).toBe('true')
  })

  it('is a one-line input without a hint unless asked', () => {
    const wrapper = mount(SectionTextField, {
      props: { id: 'u-frequency', label: 'How often', limit: { max: 300, trims: false }, modelValue: undefined },
    })
    expect(wrapper.find('textarea').exists()).toBe(false)
    expect(wrapper.get('input').attributes('aria-describedby')).toBe('u-frequency-limit u-frequency-error')
    expect(wrapper.find('.hint').exists()).toBe(false)
  })
})

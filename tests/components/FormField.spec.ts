import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import FormField from '@/components/FormField.vue'

describe('FormField', () => {
  it('labels its input and ties hint and error to it', () => {
    const wrapper = mount(FormField, {
      props: { id: 'name', label: 'Your name', hint: 'As it should appear', error: 'Enter a name', modelValue: '' },
    })
    const input = wrapper.get('input')
    expect(wrapper.get('label').attributes('for')).toBe('name')
    expect(input.attributes('aria-invalid')).toBe('true')
    expect(input.attributes('aria-describedby')).toBe('name-hint name-error')
    expect(wrapper.get('#name-error').text()).toBe('Enter a name')
  })

  it('is valid and undescribed without hint or error, and emits what is typed', async () => {
    const wrapper = mount(FormField, { props: { id: 'n', label: 'Name', modelValue: '' } })
    const input = wrapper.get('input')
    expect(input.attributes('aria-invalid')).toBeUndefined()
    expect(input.attributes('aria-describedby')).toBeUndefined()
    await input.setValue('Zoë')
    expect(wrapper.emitted('update:modelValue')?.[0]).toEqual(['Zoë'])
  })
})
